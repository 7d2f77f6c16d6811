// The texts a stored session carries: digit runs masked (SessionRecord::scrub) and replays written as JSON
// (SessionReplay::toJson), both of which look at sixteen UTF-16 units at a time. Each is checked against a
// plain unit-by-unit reading of the same rule, on texts whose digits, escapes and non-ASCII units fall on
// every position of a block and across blocks.

#include "store/sessionrecord.h"
#include "store/sessionreplay.h"
#include "store/sqlitestatement.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestStoredText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrub_masksRunsOfMoreThanSixDigits_data();
    void scrub_masksRunsOfMoreThanSixDigits();
    void scrub_isTheUnitByUnitRule_onRandomTexts();
    void toJson_isQJsonDocument_onRandomTexts();
    void sqliteStatement_storesEveryTextAsItIs();
};

namespace {

// The rule read one unit at a time: every run of more than six digits (QChar::isDigit) becomes '*'s.
QString scrubbedOneByOne(const QString& text)
{
    QString out = text;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= out.size(); ++i) {
        const bool digit = i < out.size() && out.at(i).isDigit();
        if (digit && runStart < 0) {
            runStart = i;
        } else if (!digit && runStart >= 0) {
            if (i - runStart > 6) {
                for (qsizetype j = runStart; j < i; ++j) {
                    out[j] = QLatin1Char('*');
                }
            }
            runStart = -1;
        }
    }
    return out;
}

// Mostly letters and spaces, as prompts are, with digits in runs of 1 to 20, JSON's special characters,
// accents, an Arabic-Indic digit and CJK, each where the generator happens to put it.
QString randomText(QRandomGenerator& rng)
{
    static const char16_t others[] = { u'"', u'\\', u'\n', u'\t', 0x01, 0x7f, u'é', 0x0663, 0x4e2d, u'€' };
    QString text;
    const int length = rng.bounded(120);
    while (text.size() < length) {
        const int pick = rng.bounded(20);
        if (pick < 2) {
            const int run = 1 + rng.bounded(20);
            for (int i = 0; i < run; ++i) {
                text += QChar(u'0' + rng.bounded(10));
            }
        } else if (pick < 4) {
            text += QChar(others[rng.bounded(int(std::size(others)))]);
        } else {
            text += QChar(rng.bounded(4) == 0 ? u' ' : char16_t(u'a' + rng.bounded(26)));
        }
    }
    return text;
}

} // namespace

void TestStoredText::scrub_masksRunsOfMoreThanSixDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("no digits") << u"Please enter your card number."_qs
                               << u"Please enter your card number."_qs;
    QTest::newRow("six digits stay") << u"account 123456 ok"_qs << u"account 123456 ok"_qs;
    QTest::newRow("seven go") << u"ref 1234567"_qs << u"ref *******"_qs;
    QTest::newRow("a card number across the first block's end")
        << u"Your card number 4111111111111111 was read"_qs
        << u"Your card number **************** was read"_qs;
    QTest::newRow("runs on both sides of a block boundary, short each")
        << u"abcdefghijklm123 456nopqrstuvwxyz"_qs << u"abcdefghijklm123 456nopqrstuvwxyz"_qs;
    QTest::newRow("one run over a block boundary")
        << u"abcdefghijklmn1234567890zz"_qs << u"abcdefghijklmn**********zz"_qs;
    QTest::newRow("Arabic-Indic digits count")
        << QString::fromUtf16(u"x \u0661\u0662\u0663\u0664\u0665\u0666\u0667 y")
        << QString::fromUtf16(u"x ******* y");
    QTest::newRow("empty") << QString() << QString();
}

void TestStoredText::scrub_masksRunsOfMoreThanSixDigits()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QCOMPARE(SessionRecord::scrub(text), stored);
}

void TestStoredText::scrub_isTheUnitByUnitRule_onRandomTexts()
{
    QRandomGenerator rng(20261130);
    int masked = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomText(rng);
        const QString expected = scrubbedOneByOne(text);
        QCOMPARE(SessionRecord::scrub(text), expected);
        masked += expected != text;
    }
    QVERIFY2(masked > 1000, "the texts have long runs to mask");
}

void TestStoredText::toJson_isQJsonDocument_onRandomTexts()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        SessionReplay replay;
        replay.steps << SessionReplay::Step { u"card_number"_qs, { randomText(rng), randomText(rng) } };
        replay.closingPrompts << randomText(rng);
        replay.paymentReference = randomText(rng);
        QCOMPARE(replay.toJson(), QJsonDocument(replay.toJsonObject()).toJson(QJsonDocument::Compact));
    }
}

void TestStoredText::sqliteStatement_storesEveryTextAsItIs()
{
    // The writer narrows ASCII sixteen units at a time and encodes the rest as UTF-8: a non-ASCII unit at any
    // place of a block, or after one, must come back as it went in.
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("texts"));
        db.setDatabaseName(dir.filePath(QStringLiteral("texts.sqlite")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE texts (n INTEGER, body TEXT NOT NULL)"));
        QStringList texts { QString(), u"short"_qs, u"exactly sixteen!"_qs,
            u"thirty-two units, all of them AS"_qs };
        for (const int at : { 0, 7, 15, 16, 17, 31, 40 }) {
            QString text = u"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"_qs;
            text[at] = QChar(at % 2 ? 0x00e9 : 0x4e2d);
            texts << text;
        }
        QRandomGenerator rng(3);
        for (int i = 0; i < 200; ++i) {
            texts << randomText(rng);
        }
        SqliteStatement insert;
        QString error;
        QVERIFY(insert.prepare(sqliteHandle(db), u"INSERT INTO texts VALUES (?, ?)"_qs, &error));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            insert.bind(1, qint64(i));
            insert.bind(2, texts.at(i));
            QVERIFY2(insert.run(&error), qPrintable(error));
        }
        insert.finalize();
        QSqlQuery read(u"SELECT n, body FROM texts ORDER BY n"_qs, db);
        qsizetype rows = 0;
        while (read.next()) {
            QCOMPARE(read.value(1).toString(), texts.at(read.value(0).toInt()));
            ++rows;
        }
        QCOMPARE(rows, texts.size());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("texts"));
}

QTEST_GUILESS_MAIN(TestStoredText)
#include "tst_storedtext.moc"

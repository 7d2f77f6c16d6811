// The readings of every language, from tables written out by hand (tests/unit/readings/<language>.txt): whole
// numbers, amounts in currencies with 0, 2 and 3 decimals, expiry dates and digit strings. Each reading's
// segments must be in the language's vocabulary, with the same words, so that a prompt set can say them.
#include "money/currency.h"
#include "prompts/promptlanguage.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>
#include <limits>

using namespace voicepay;

class TestNumberReader : public QObject
{
    Q_OBJECT

    static Reading read(const NumberReader& reader, const QString& kind, const QString& input, QString* error)
    {
        if (kind == u"number") {
            return reader.number(input.toLongLong());
        }
        if (kind == u"amount") {
            const QStringList parts = input.split(QLatin1Char(' '));
            const auto currency = CurrencyTable::find(parts.value(1));
            const auto money
                = currency ? Money::fromDecimalString(parts.value(0), *currency, error) : std::nullopt;
            return money ? reader.amount(*money) : Reading();
        }
        if (kind == u"date") {
            const QStringList parts = input.split(QLatin1Char('-'));
            return reader.date(parts.value(1).toInt(), parts.value(0).toInt());
        }
        if (kind == u"digits") {
            return reader.digits(input);
        }
        *error = QStringLiteral("unknown kind ") + kind;
        return {};
    }

private slots:
    void reading_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const QString& language : PromptLanguage::available()) {
            QFile file(QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/unit/readings/") + language
                + QStringLiteral(".txt"));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            int numbers = 0;
            for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
                if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                    continue;
                }
                const QStringList f = line.split(QLatin1Char('|'));
                QCOMPARE(f.size(), 3);
                numbers += f.at(0) == u"number";
                QTest::addRow("%s %s %s", qPrintable(language), qPrintable(f.at(0)), qPrintable(f.at(1)))
                    << language << f.at(0) << f.at(1) << f.at(2);
            }
            QVERIFY2(numbers >= 200, qPrintable(language));
        }
    }

    void reading()
    {
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const NumberReader& reader = PromptLanguage::reader(language);
        QCOMPARE(reader.language(), language);
        QString error;
        const Reading r = read(reader, kind, input, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.text(), expected);

        QHash<QString, QString> vocabulary;
        for (const SpokenWord& w : reader.vocabulary()) {
            vocabulary.insert(w.id, w.words);
        }
        for (const SpokenWord& w : r.words) {
            QVERIFY2(vocabulary.contains(w.id), qPrintable(w.id));
            QCOMPARE(vocabulary.value(w.id), w.words);
        }
    }

    void vocabulary_hasUniqueValidIds()
    {
        for (const QString& language : PromptLanguage::available()) {
            QSet<QString> seen;
            for (const SpokenWord& w : PromptLanguage::reader(language).vocabulary()) {
                QVERIFY2(!seen.contains(w.id), qPrintable(language + QLatin1Char(' ') + w.id));
                seen.insert(w.id);
                for (QChar c : w.id) {
                    QVERIFY2((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-',
                        qPrintable(w.id));
                }
                QVERIFY2(!w.words.trimmed().isEmpty(), qPrintable(w.id));
            }
        }
    }

    void hugeAndNegativeNumbers_areSaidSafely()
    {
        for (const QString& language : PromptLanguage::available()) {
            const NumberReader& reader = PromptLanguage::reader(language);
            QCOMPARE(reader.number(-21).text(), reader.number(21).text());
            // From 10^12 on, digit by digit: thirteen digit segments.
            QCOMPARE(reader.number(1'000'000'000'000LL).words.size(), 13);
            QCOMPARE(reader.number(std::numeric_limits<qint64>::max()).words.size(), 19);
        }
    }

    void cardDigits_neverHoldMoreThanTheLastFour()
    {
        for (const QString& language : PromptLanguage::available()) {
            const Reading r = PromptLanguage::reader(language).cardDigits(16, QStringLiteral("1111"));
            QCOMPARE(r.words.size(), 16);
            QCOMPARE(r.ids().count(QStringLiteral("masked_digit")), 12);
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"

#include "audio/segmentbuilder.h"
#include "audio/segmenttable.h"
#include "money/money.h"
#include "prompts/promptcatalog.h"

#include <QSet>
#include <QTest>

using namespace voicepay;

namespace {

Money money(const char* decimal, const char* code)
{
    const auto currency = CurrencyTable::find(QString::fromLatin1(code));
    return *Money::fromDecimalString(QString::fromLatin1(decimal), *currency);
}

QStringList ids(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestSegmentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void number_inWords_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zero") << qint64(0) << ids("num_0");
        QTest::newRow("seven") << qint64(7) << ids("num_7");
        QTest::newRow("twenty five is one recording") << qint64(25) << ids("num_25");
        QTest::newRow("one hundred") << qint64(100) << ids("num_100");
        QTest::newRow("one hundred twenty five") << qint64(125) << ids("num_100 num_25");
        QTest::newRow("nine hundred nine") << qint64(909) << ids("num_900 num_9");
        QTest::newRow("one thousand") << qint64(1000) << ids("num_1 num_thousand");
        QTest::newRow("twelve thousand three hundred forty five")
            << qint64(12345) << ids("num_12 num_thousand num_300 num_45");
        QTest::newRow("two million and five") << qint64(2000005) << ids("num_2 num_million num_5");
        QTest::newRow("one billion one") << qint64(1000000001) << ids("num_1 num_billion num_1");
    }
    void number_inWords()
    {
        QFETCH(qint64, value);
        QFETCH(QStringList, expected);
        QCOMPARE(SegmentBuilder::number(value), expected);
    }

    void amount_followsTheMinorUnits_data()
    {
        QTest::addColumn<Money>("amount");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("USD 125.50") << money("125.50", "USD")
                                    << ids("num_100 num_25 cur_usd_many word_and num_50 cur_usd_minor_many");
        QTest::newRow("USD 125.00 has no and zero cents")
            << money("125", "USD") << ids("num_100 num_25 cur_usd_many");
        QTest::newRow("USD 1.01 in the singular")
            << money("1.01", "USD") << ids("num_1 cur_usd_one word_and num_1 cur_usd_minor_one");
        QTest::newRow("USD 0.75 says only the cents")
            << money("0.75", "USD") << ids("num_75 cur_usd_minor_many");
        QTest::newRow("USD 0.00") << money("0", "USD") << ids("num_0 cur_usd_many");
        QTest::newRow("JPY 1500 has no minor unit")
            << money("1500", "JPY") << ids("num_1 num_thousand num_500 cur_jpy_many");
        QTest::newRow("JPY 1") << money("1", "JPY") << ids("num_1 cur_jpy_one");
        QTest::newRow("KWD 3.125 reads three decimals")
            << money("3.125", "KWD") << ids("num_3 cur_kwd_many word_and num_100 num_25 cur_kwd_minor_many");
        QTest::newRow("KWD 1.001") << money("1.001", "KWD")
                                   << ids("num_1 cur_kwd_one word_and num_1 cur_kwd_minor_one");
        QTest::newRow("KWD 12.5 is five hundred fils")
            << money("12.5", "KWD") << ids("num_12 cur_kwd_many word_and num_500 cur_kwd_minor_many");
        QTest::newRow("GBP 2.01 in pence and penny")
            << money("2.01", "GBP") << ids("num_2 cur_gbp_many word_and num_1 cur_gbp_minor_one");
    }
    void amount_followsTheMinorUnits()
    {
        QFETCH(Money, amount);
        QFETCH(QStringList, expected);
        QCOMPARE(SegmentBuilder::amount(amount), expected);
        for (const QString& id : expected) {
            QVERIFY2(!SegmentTable::text(id).isEmpty(), qPrintable(id));
        }
    }

    void date_monthAndYear_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("December twenty twenty eight") << 12 << 2028 << ids("month_12 num_20 num_28");
        QTest::newRow("a two-digit year") << 1 << 30 << ids("month_1 num_20 num_30");
        QTest::newRow("May two thousand five") << 5 << 2005 << ids("month_5 num_2 num_thousand num_5");
        QTest::newRow("June two thousand") << 6 << 2000 << ids("month_6 num_2 num_thousand");
        QTest::newRow("July twenty ten") << 7 << 2010 << ids("month_7 num_20 num_10");
        QTest::newRow("March nineteen oh five") << 3 << 1905 << ids("month_3 num_19 word_oh num_5");
        QTest::newRow("April twenty one hundred") << 4 << 2100 << ids("month_4 num_21 num_hundred");
        QTest::newRow("no month") << 0 << 2031 << ids("num_20 num_31");
    }
    void date_monthAndYear()
    {
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        QCOMPARE(SegmentBuilder::date(month, year), expected);
    }

    void digitsAndCharacters_data()
    {
        QTest::addColumn<PromptSegment>("segment");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last four") << PromptSegment::digits(QStringLiteral("1109"))
                                   << ids("num_1 num_1 num_0 num_9");
        QTest::newRow("a reference with letters and a dash") << PromptSegment::characters(
            QStringLiteral("INV-10")) << ids("char_i char_n char_v char_dash num_1 num_0");
        QTest::newRow("a code name") << PromptSegment::characters(QStringLiteral("CVV"))
                                     << ids("char_c char_v char_v");
        QTest::newRow("a 16-digit card read back masks all but the last four")
            << PromptSegment::cardDigits(16, QStringLiteral("4242"))
            << ids("masked_digit masked_digit masked_digit masked_digit masked_digit masked_digit "
                   "masked_digit "
                   "masked_digit masked_digit masked_digit masked_digit masked_digit num_4 num_2 num_4 "
                   "num_2");
        QTest::newRow("a 15-digit card")
            << PromptSegment::cardDigits(15, QStringLiteral("0005"))
            << (QStringList(11, QStringLiteral("masked_digit")) + ids("num_0 num_0 num_0 num_5"));
        QTest::newRow("a brand by its id")
            << PromptSegment::brand(QStringLiteral("american-express")) << ids("brand_american-express");
        QTest::newRow("a number") << PromptSegment::numberOf(3) << ids("num_3");
        QTest::newRow("a phrase by id")
            << PromptSegment::phrase(QStringLiteral("card_ending")) << ids("card_ending");
    }
    void digitsAndCharacters()
    {
        QFETCH(PromptSegment, segment);
        QFETCH(QStringList, expected);
        QCOMPARE(SegmentBuilder::segment(segment), expected);
    }

    void build_theConfirmationReadBack()
    {
        PromptValues values;
        values.amount = money("125.50", "USD");
        values.brand = QStringLiteral("visa");
        values.lastFour = QStringLiteral("1111");
        values.expiryMonth = 12;
        values.expiryYear = 2028;
        const Prompt prompt = PromptCatalog::build(QStringLiteral("confirm.readback"), values);
        QCOMPARE(SegmentBuilder::build(prompt),
            ids("you_are_paying num_100 num_25 cur_usd_many word_and num_50 cur_usd_minor_many with_your "
                "brand_visa "
                "card_ending num_1 num_1 num_1 num_1 expiring month_12 num_20 num_28"));
    }

    // The prompt set must hold every segment any catalogue prompt can ask for, in every currency.
    void everyCataloguePrompt_hasItsSegmentsInTheTable()
    {
        QStringList missing;
        auto check = [&missing](const Prompt& prompt) {
            for (const QString& id : SegmentBuilder::build(prompt)) {
                if (SegmentTable::text(id).isEmpty() && !missing.contains(id)) {
                    missing << prompt.id + QLatin1Char(':') + id;
                }
            }
        };
        for (const PromptVariant& v : PromptCatalog::variants()) {
            check(PromptCatalog::example(v.id));
        }
        for (const Currency& c : CurrencyTable::all()) {
            for (qint64 minor : { qint64(1), qint64(101), qint64(123456789) }) {
                PromptValues values;
                values.amount = Money(minor, c);
                check(PromptCatalog::build(QStringLiteral("approved"), values));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    }

    void table_idsAreUniqueAndFileNameSafe()
    {
        QSet<QString> seen;
        for (const SpokenSegment& s : SegmentTable::all()) {
            QVERIFY2(!seen.contains(s.id), qPrintable(s.id));
            seen.insert(s.id);
            for (QChar c : s.id) {
                QVERIFY2(c.isLower() || c.isDigit() || c == u'_' || c == u'-', qPrintable(s.id));
            }
            QVERIFY(!s.text.isEmpty());
        }
        QCOMPARE(SegmentTable::text(QStringLiteral("num_25")), QStringLiteral("twenty five"));
        QCOMPARE(SegmentTable::text(QStringLiteral("cur_kwd_minor_many")), QStringLiteral("fils"));
        QCOMPARE(SegmentTable::text(QStringLiteral("month_12")), QStringLiteral("December"));
        QVERIFY(SegmentTable::text(QStringLiteral("cur_jpy_minor_one")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSegmentBuilder)
#include "tst_segmentbuilder.moc"

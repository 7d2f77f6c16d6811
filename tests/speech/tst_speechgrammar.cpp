// The grammars the recogniser runs per step, and the reading of what it hears into what the flow takes.
#include "cards/testcards.h"
#include "flow/voiceinput.h"
#include "speech/speechgrammar.h"
#include "speech/spokennumbers.h"

#include <QTest>

using namespace voicepay;

class TestSpeechGrammar : public QObject
{
    Q_OBJECT

private slots:
    void everyStep_hasAGrammarNamedAfterIt();
    void menuGrammars_holdTheFlowsOwnWords();
    void interpret_data();
    void interpret();
    void cardNumber_failingLuhn_isNoReading();
    void cardNumber_ofALengthItsBrandDoesNotIssue_isNoReading_data();
    void cardNumber_ofALengthItsBrandDoesNotIssue_isNoReading();
    void amounts_inTheFlowsCurrency();
    void cardinal_data();
    void cardinal();
};

void TestSpeechGrammar::everyStep_hasAGrammarNamedAfterIt()
{
    for (Step step : allSteps()) {
        const SpeechGrammar g = SpeechGrammar::forStep(step);
        QCOMPARE(g.name(), stepName(step));
        QVERIFY(g.jsgf().startsWith(QStringLiteral("#JSGF V1.0;\ngrammar ") + stepName(step) + u';'));
        QVERIFY2(g.jsgf().contains(QStringLiteral("public <answer> =")), qPrintable(g.jsgf()));
        QVERIFY(!g.words().isEmpty());
        for (const QString& w : g.words()) {
            QVERIFY2(!w.isEmpty() && w.front().isLetter(), qPrintable(w));
        }
    }
    QVERIFY(SpeechGrammar::forStep(Step::CardNumber).sensitive());
    QVERIFY(SpeechGrammar::forStep(Step::SecurityCode).sensitive());
    QVERIFY(SpeechGrammar::forStep(Step::Pin).sensitive());
    QVERIFY(!SpeechGrammar::forStep(Step::Confirm).sensitive());
    const QStringList digitWords = SpeechGrammar::forStep(Step::CardNumber).words();
    for (const char* w : { "zero", "oh", "double", "triple", "nine" }) {
        QVERIFY2(digitWords.contains(QLatin1String(w)), w);
    }
}

void TestSpeechGrammar::menuGrammars_holdTheFlowsOwnWords()
{
    for (Step step : { Step::Confirm, Step::AmountChoice, Step::CorrectionChoice }) {
        const QStringList words = SpeechGrammar::forStep(step).words();
        for (const auto& [phrases, key] : VoiceInput::menuChoices(step)) {
            for (const QString& phrase : phrases) {
                if (!phrase.front().isLetter()) {
                    continue;
                }
                for (const QString& w : phrase.split(u' ')) {
                    QVERIFY2(words.contains(w), qPrintable(stepName(step) + u": " + w));
                }
            }
        }
    }
    // Nothing of one menu leaks into another.
    QVERIFY(!SpeechGrammar::forStep(Step::Confirm).words().contains(QStringLiteral("balance")));
}

void TestSpeechGrammar::interpret_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("heard");
    QTest::addColumn<QString>("utterance"); // empty: no reading

    const int card = int(Step::CardNumber);
    const int code = int(Step::SecurityCode);
    const int expiry = int(Step::Expiry);
    const int amount = int(Step::AmountEntry);
    const int confirm = int(Step::Confirm);
    const int choice = int(Step::AmountChoice);
    const int correction = int(Step::CorrectionChoice);
    QTest::newRow("card digits") << card << "four one one one one one one one one one one one one one one one"
                                 << "4111111111111111";
    QTest::newRow("card with oh and double")
        << card << "four double one one one one one one one one one one one one one one"
        << "4111111111111111";
    QTest::newRow("card too short") << card << "four one one one"
                                    << "";
    QTest::newRow("code with zero") << code << "one zero three"
                                    << "103";
    QTest::newRow("code with oh") << code << "one oh three"
                                  << "103";
    QTest::newRow("code triple") << code << "triple seven"
                                 << "777";
    QTest::newRow("expiry month name and year") << expiry << "december twenty twenty eight"
                                                << "1228";
    QTest::newRow("expiry month of year") << expiry << "march of twenty thirty"
                                          << "0330";
    QTest::newRow("expiry two thousand") << expiry << "july two thousand twenty seven"
                                         << "0727";
    QTest::newRow("expiry numbers") << expiry << "twelve twenty eight"
                                    << "1228";
    QTest::newRow("expiry oh five") << expiry << "oh five twenty nine"
                                    << "0529";
    QTest::newRow("expiry four digits") << expiry << "one two two eight"
                                        << "1228";
    QTest::newRow("expiry month thirteen") << expiry << "thirteen twenty eight"
                                           << "";
    QTest::newRow("expiry month only") << expiry << "december"
                                       << "";
    QTest::newRow("amount dollars and cents") << amount << "one hundred twenty five dollars fifty"
                                              << "125 point 50";
    QTest::newRow("amount and cents") << amount << "seventy five dollars and twenty cents"
                                      << "75 point 20";
    QTest::newRow("amount whole") << amount << "forty dollars"
                                  << "40";
    QTest::newRow("amount thousands") << amount << "two thousand and five dollars"
                                      << "2005";
    QTest::newRow("amount a hundred") << amount << "a hundred dollars"
                                      << "100";
    QTest::newRow("amount point") << amount << "twelve point five oh"
                                  << "12 point 50";
    QTest::newRow("amount bare number") << amount << "three hundred and nine"
                                        << "309";
    QTest::newRow("amount nonsense order") << amount << "five twenty dollars"
                                           << "";
    QTest::newRow("yes") << confirm << "yes"
                         << "yes";
    QTest::newRow("that is right") << confirm << "that is right"
                                   << "that is right";
    QTest::newRow("no") << confirm << "nope"
                        << "nope";
    QTest::newRow("full amount") << choice << "the full amount"
                                 << "the full amount";
    QTest::newRow("other amount") << choice << "other amount"
                                  << "other amount";
    QTest::newRow("correct the card") << correction << "card number"
                                      << "card number";
    QTest::newRow("menu word of another step") << choice << "yes"
                                               << "";
}

void TestSpeechGrammar::interpret()
{
    QFETCH(int, step);
    QFETCH(QString, heard);
    QFETCH(QString, utterance);
    const auto reading = SpeechGrammar::forStep(Step(step)).interpret(heard);
    QCOMPARE(reading.value_or(QString()), utterance);
}

void TestSpeechGrammar::cardNumber_failingLuhn_isNoReading()
{
    const SpeechGrammar g = SpeechGrammar::forStep(Step::CardNumber);
    QVERIFY(!g.interpret(QStringLiteral("four one one one one one one one one one one one one one one two")));
    QCOMPARE(
        g.interpret(QStringLiteral("five five five five five five five five five five five five four four "
                                   "four four"))
            .value_or(QString()),
        QStringLiteral("5555555555554444"));
}

namespace {
QString spoken(const QString& digits)
{
    static const QStringList kWords { QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine") };
    QStringList out;
    for (QChar d : digits) {
        out << kWords.at(d.digitValue());
    }
    return out.join(u' ');
}
} // namespace

void TestSpeechGrammar::cardNumber_ofALengthItsBrandDoesNotIssue_isNoReading_data()
{
    // Every number passes the Luhn check; the card table's lengths decide (Visa 16, 18, 19; Mastercard 16;
    // American Express 15).
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("read");
    QTest::newRow("visa of 16 digits") << testcards::luhnComplete(QStringLiteral("4111"), 16) << true;
    QTest::newRow("visa of 15 digits, one dropped")
        << testcards::luhnComplete(QStringLiteral("4111"), 15) << false;
    QTest::newRow("visa of 17 digits, one doubled")
        << testcards::luhnComplete(QStringLiteral("4111"), 17) << false;
    QTest::newRow("visa of 19 digits") << testcards::luhnComplete(QStringLiteral("4111"), 19) << true;
    QTest::newRow("mastercard of 15 digits") << testcards::luhnComplete(QStringLiteral("5555"), 15) << false;
    QTest::newRow("american express of 15 digits") << QStringLiteral("378282246310005") << true;
    QTest::newRow("american express of 16 digits")
        << testcards::luhnComplete(QStringLiteral("3782"), 16) << false;
}

void TestSpeechGrammar::cardNumber_ofALengthItsBrandDoesNotIssue_isNoReading()
{
    QFETCH(QString, number);
    QFETCH(bool, read);
    const auto reading = SpeechGrammar::forStep(Step::CardNumber).interpret(spoken(number));
    QCOMPARE(reading.has_value(), read);
    if (read) {
        QCOMPARE(*reading, number);
    }
}

void TestSpeechGrammar::amounts_inTheFlowsCurrency()
{
    const SpeechGrammar euro
        = SpeechGrammar::forStep(Step::AmountEntry, SpeechGrammar::currencyWordsFor(QStringLiteral("EUR")));
    QVERIFY(euro.words().contains(QStringLiteral("euros")));
    QVERIFY(!euro.words().contains(QStringLiteral("dollars")));
    QCOMPARE(
        euro.interpret(QStringLiteral("ten euros fifty")).value_or(QString()), QStringLiteral("10 point 50"));
    QVERIFY(!euro.interpret(QStringLiteral("ten dollars fifty")));
}

void TestSpeechGrammar::cardinal_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("value"); // -1: not a number
    QTest::newRow("unit") << "seven" << 7;
    QTest::newRow("teen") << "thirteen" << 13;
    QTest::newRow("tens and unit") << "ninety nine" << 99;
    QTest::newRow("hundreds") << "one hundred twenty five" << 125;
    QTest::newRow("hundreds and") << "three hundred and nine" << 309;
    QTest::newRow("thousands") << "twelve thousand three hundred" << 12300;
    QTest::newRow("zero") << "zero" << 0;
    QTest::newRow("two units") << "one two" << -1;
    QTest::newRow("unit before tens") << "five twenty" << -1;
    QTest::newRow("dangling and") << "one hundred and" << -1;
    QTest::newRow("hundred of a teen") << "twelve hundred" << -1;
}

void TestSpeechGrammar::cardinal()
{
    QFETCH(QString, words);
    QFETCH(int, value);
    QCOMPARE(SpokenNumbers::cardinal(words.split(u' ')).value_or(-1), value);
}

QTEST_GUILESS_MAIN(TestSpeechGrammar)
#include "tst_speechgrammar.moc"

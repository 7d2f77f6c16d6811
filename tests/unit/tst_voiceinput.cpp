#include "flow/voiceinput.h"

#include <QTest>

using namespace voicepay;

class TestVoiceInput : public QObject
{
    Q_OBJECT

private slots:
    void digits_data();
    void digits();
    void yesNo_data();
    void yesNo();
    void menus_data();
    void menus();
    void expiry_data();
    void expiry();
};

void TestVoiceInput::digits_data()
{
    QTest::addColumn<QString>("utterance");
    QTest::addColumn<QString>("keys"); // empty: no match
    QTest::newRow("spoken digits") << "four one one one"
                                   << "4111";
    QTest::newRow("oh for zero") << "one oh two"
                                 << "102";
    QTest::newRow("double") << "double seven"
                            << "77";
    QTest::newRow("triple") << "triple nine one"
                            << "9991";
    QTest::newRow("numerals") << "4111 1111"
                              << "41111111";
    QTest::newRow("mixed case and commas") << "Four, Two."
                                           << "42";
    QTest::newRow("point for amounts") << "one two point five oh"
                                       << "12*50";
    QTest::newRow("a word that is no digit") << "four banana"
                                             << "";
    QTest::newRow("dangling double") << "one double"
                                     << "";
    QTest::newRow("silence") << ""
                             << "";
}

void TestVoiceInput::digits()
{
    QFETCH(QString, utterance);
    QFETCH(QString, keys);
    const auto result = VoiceInput::digits(utterance);
    QCOMPARE(result.value_or(QString()), keys);
}

void TestVoiceInput::yesNo_data()
{
    QTest::addColumn<QString>("utterance");
    QTest::addColumn<QString>("key");
    QTest::newRow("yes") << "yes"
                         << "1";
    QTest::newRow("yes that's right") << "yes that's right"
                                      << "1";
    QTest::newRow("correct") << "correct"
                             << "1";
    QTest::newRow("no") << "no"
                        << "2";
    QTest::newRow("change it") << "I want to change it"
                               << "2";
    QTest::newRow("yes and no is ambiguous") << "yes no"
                                             << "";
    QTest::newRow("unrelated") << "what is the weather"
                               << "";
}

void TestVoiceInput::yesNo()
{
    QFETCH(QString, utterance);
    QFETCH(QString, key);
    QCOMPARE(VoiceInput::yesNo(utterance).value_or(QString()), key);
}

void TestVoiceInput::menus_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("utterance");
    QTest::addColumn<QString>("key");
    QTest::newRow("full amount") << "amount"
                                 << "full amount"
                                 << "1";
    QTest::newRow("the balance") << "amount"
                                 << "pay the balance"
                                 << "1";
    QTest::newRow("other amount") << "amount"
                                  << "a different amount"
                                  << "2";
    QTest::newRow("amount correction") << "correction"
                                       << "the amount"
                                       << "1";
    QTest::newRow("card number correction") << "correction"
                                            << "card number"
                                            << "2";
    QTest::newRow("expiry correction") << "correction"
                                       << "the expiry date"
                                       << "3";
    QTest::newRow("security code correction") << "correction"
                                              << "security code"
                                              << "4";
    QTest::newRow("nonsense") << "correction"
                              << "pizza"
                              << "";
}

void TestVoiceInput::menus()
{
    QFETCH(QString, menu);
    QFETCH(QString, utterance);
    QFETCH(QString, key);
    const auto result
        = menu == u"amount" ? VoiceInput::amountChoice(utterance) : VoiceInput::correctionItem(utterance);
    QCOMPARE(result.value_or(QString()), key);
}

// The expiry as the caller says it, and in the words the prompt itself uses ("December twenty twenty eight").
void TestVoiceInput::expiry_data()
{
    QTest::addColumn<QString>("utterance");
    QTest::addColumn<QString>("keys"); // MMYY; empty: no match
    QTest::newRow("the prompt's own words") << "December twenty twenty eight"
                                            << "1228";
    QTest::newRow("month name and numerals") << "december 2028"
                                             << "1228";
    QTest::newRow("month name and two digits") << "may twenty nine"
                                               << "0529";
    QTest::newRow("month as a number") << "twelve twenty eight"
                                       << "1228";
    QTest::newRow("oh for the month's zero") << "oh five twenty nine"
                                             << "0529";
    QTest::newRow("digits") << "one two two eight"
                            << "1228";
    QTest::newRow("no month thirteen") << "thirteen twenty eight"
                                       << "";
    QTest::newRow("a month without a year") << "december"
                                            << "";
}

void TestVoiceInput::expiry()
{
    QFETCH(QString, utterance);
    QFETCH(QString, keys);
    QCOMPARE(VoiceInput::expiry(utterance).value_or(QString()), keys);
}

QTEST_GUILESS_MAIN(TestVoiceInput)
#include "tst_voiceinput.moc"

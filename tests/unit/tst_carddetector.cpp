#include "cards/carddetector.h"
#include "cards/luhn.h"
#include "testcards.h"

#include <QTest>
#include <cstring>
#include <functional>

using namespace voicepay;
using voicepay::test::breakLuhn;
using voicepay::test::luhnComplete;

namespace {
std::string_view sv(const QByteArray& b)
{
    return std::string_view(b.constData(), static_cast<std::size_t>(b.size()));
}

// Detection as it was before the prefix index: every range of every brand, in table order.
BrandDetection scanEveryRange(std::string_view digits)
{
    BrandDetection result;
    if (digits.empty()) {
        return result;
    }
    struct Fit
    {
        const CardBrand* brand;
        int matched = 0;
        int possible = 0;
    };
    QList<Fit> fits;
    int best = 0;
    for (const CardBrand& brand : CardBrandTable::standard().brands()) {
        Fit fit { &brand };
        for (const IinRange& range : brand.ranges) {
            if (range.matches(digits)) {
                fit.matched = std::max(fit.matched, range.digits());
            } else if (range.couldMatch(digits)) {
                fit.possible = std::max(fit.possible, range.digits());
            }
        }
        if (fit.matched > best) {
            best = fit.matched;
            result.brand = &brand;
        }
        fits << fit;
    }
    for (const Fit& fit : std::as_const(fits)) {
        if (fit.brand == result.brand || fit.possible > best
            || (!result.brand && (fit.matched > 0 || fit.possible > 0))) {
            result.candidates << fit.brand->id;
        }
    }
    return result;
}
} // namespace

class TestCardDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsBrand_data();
    void detectsBrand();
    void lengthRules_data();
    void lengthRules();
    void securityCode_data();
    void securityCode();
    void prefixDetection_data();
    void prefixDetection();
    void prefixIndexAgreesWithAFullScan();
    void notADigitFallsBackToEveryRange();
    void notAllowedBrand_isReportedAsItself();
    void problems_data();
    void problems();
    void maxLength_data();
    void maxLength();
    void settledLengthHoldsForEveryLongerPrefix();
    void everyBrandHasData();
};

void TestCardDetector::detectsBrand_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("brand");
    QTest::newRow("visa 4") << "4111111111111111"
                            << "visa";
    QTest::newRow("visa 19 digits") << luhnComplete(QStringLiteral("4"), 19) << "visa";
    QTest::newRow("mastercard 51") << luhnComplete(QStringLiteral("51"), 16) << "mastercard";
    QTest::newRow("mastercard 55") << "5555555555554444"
                                   << "mastercard";
    QTest::newRow("mastercard 2221") << luhnComplete(QStringLiteral("2221"), 16) << "mastercard";
    QTest::newRow("mastercard 2720") << luhnComplete(QStringLiteral("2720"), 16) << "mastercard";
    QTest::newRow("2721 is no mastercard") << luhnComplete(QStringLiteral("2721"), 16) << "";
    QTest::newRow("amex 34") << luhnComplete(QStringLiteral("34"), 15) << "american-express";
    QTest::newRow("amex 37") << "378282246310005"
                             << "american-express";
    QTest::newRow("discover 6011") << "6011111111111117"
                                   << "discover";
    QTest::newRow("discover 644") << luhnComplete(QStringLiteral("644"), 16) << "discover";
    QTest::newRow("discover 65") << luhnComplete(QStringLiteral("65"), 16) << "discover";
    QTest::newRow("diners 300") << luhnComplete(QStringLiteral("300"), 14) << "diners-club";
    QTest::newRow("diners 36") << "36227206271667"
                               << "diners-club";
    QTest::newRow("diners 38") << luhnComplete(QStringLiteral("38"), 16) << "diners-club";
    QTest::newRow("jcb 3528") << luhnComplete(QStringLiteral("3528"), 16) << "jcb";
    QTest::newRow("jcb 3589") << luhnComplete(QStringLiteral("3589"), 16) << "jcb";
    QTest::newRow("jcb 2131") << luhnComplete(QStringLiteral("2131"), 16) << "jcb";
    QTest::newRow("jcb 1800") << luhnComplete(QStringLiteral("1800"), 16) << "jcb";
    QTest::newRow("unionpay 620") << luhnComplete(QStringLiteral("620"), 16) << "unionpay";
    QTest::newRow("unionpay 622126 beats discover and maestro")
        << luhnComplete(QStringLiteral("622126"), 16) << "unionpay";
    QTest::newRow("unionpay 81") << luhnComplete(QStringLiteral("8110"), 16) << "unionpay";
    QTest::newRow("maestro 6759") << "6759649826438453"
                                  << "maestro";
    QTest::newRow("maestro 50") << luhnComplete(QStringLiteral("501800"), 16) << "maestro";
    QTest::newRow("maestro 63") << luhnComplete(QStringLiteral("6304"), 16) << "maestro";
    QTest::newRow("mir 2200") << luhnComplete(QStringLiteral("2200"), 16) << "mir";
    QTest::newRow("mir 2204") << luhnComplete(QStringLiteral("2204"), 16) << "mir";
    QTest::newRow("elo 401178 beats visa") << luhnComplete(QStringLiteral("401178"), 16) << "elo";
    QTest::newRow("elo 636368 beats maestro") << luhnComplete(QStringLiteral("636368"), 16) << "elo";
    QTest::newRow("elo 504175 inside a maestro gap") << luhnComplete(QStringLiteral("504175"), 16) << "elo";
    QTest::newRow("elo 650031 beats discover") << luhnComplete(QStringLiteral("650031"), 16) << "elo";
    QTest::newRow("unknown 9") << luhnComplete(QStringLiteral("9"), 16) << "";
    QTest::newRow("unknown 1") << luhnComplete(QStringLiteral("1"), 16) << "";
}

void TestCardDetector::detectsBrand()
{
    QFETCH(QString, number);
    QFETCH(QString, brand);
    const CardDetector detector;
    const QByteArray digits = number.toLatin1();
    const BrandDetection d = detector.detect(sv(digits));
    QCOMPARE(d.brand ? d.brand->id : QString(), brand);
}

void TestCardDetector::lengthRules_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QList<int>>("valid");
    QTest::newRow("visa") << "4" << QList<int> { 16, 18, 19 };
    QTest::newRow("mastercard") << "51" << QList<int> { 16 };
    QTest::newRow("american-express") << "37" << QList<int> { 15 };
    QTest::newRow("discover") << "6011" << QList<int> { 16, 19 };
    QTest::newRow("diners-club") << "36" << QList<int> { 14, 16, 19 };
    QTest::newRow("jcb") << "3530" << QList<int> { 16, 17, 18, 19 };
    QTest::newRow("unionpay") << "620" << QList<int> { 14, 15, 16, 17, 18, 19 };
    QTest::newRow("maestro") << "6759" << QList<int> { 12, 13, 14, 15, 16, 17, 18, 19 };
    QTest::newRow("mir") << "2201" << QList<int> { 16, 17, 18, 19 };
    QTest::newRow("elo") << "401178" << QList<int> { 16 };
}

void TestCardDetector::lengthRules()
{
    QFETCH(QString, prefix);
    QFETCH(QList<int>, valid);
    const CardDetector detector;
    for (int length = 11; length <= 20; ++length) {
        const QByteArray digits = luhnComplete(prefix, length).toLatin1();
        const CardCheck check = detector.check(sv(digits), {});
        QVERIFY(check.luhn);
        QCOMPARE(check.lengthOk, valid.contains(length));
        QCOMPARE(check.valid(), valid.contains(length));
        if (!valid.contains(length) && check.brand) {
            QCOMPARE(check.problem, CardProblem::WrongLength);
        }
    }
}

void TestCardDetector::securityCode_data()
{
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("length");
    QTest::newRow("visa CVV 3") << "visa"
                                << "CVV" << 3;
    QTest::newRow("mastercard CVC 3") << "mastercard"
                                      << "CVC" << 3;
    QTest::newRow("amex CID 4") << "american-express"
                                << "CID" << 4;
    QTest::newRow("discover CID 3") << "discover"
                                    << "CID" << 3;
    QTest::newRow("diners CVV 3") << "diners-club"
                                  << "CVV" << 3;
    QTest::newRow("jcb CVV 3") << "jcb"
                               << "CVV" << 3;
    QTest::newRow("unionpay CVN 3") << "unionpay"
                                    << "CVN" << 3;
    QTest::newRow("maestro CVC 3") << "maestro"
                                   << "CVC" << 3;
    QTest::newRow("mir CVP2 3") << "mir"
                                << "CVP2" << 3;
    QTest::newRow("elo CVE 3") << "elo"
                               << "CVE" << 3;
}

void TestCardDetector::securityCode()
{
    QFETCH(QString, brand);
    QFETCH(QString, name);
    QFETCH(int, length);
    const CardBrand* b = CardBrandTable::standard().find(brand);
    QVERIFY(b);
    QCOMPARE(b->securityCodeName, name);
    QCOMPARE(b->securityCodeLength, length);
    QVERIFY(b->needsSecurityCode());
}

void TestCardDetector::prefixDetection_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QStringList>("candidates");
    QTest::newRow("nothing yet") << ""
                                 << "" << QStringList {};
    QTest::newRow("4 is visa, may become maestro or elo")
        << "4"
        << "visa" << QStringList { "visa", "maestro", "elo" };
    QTest::newRow("4011 may still be elo") << "4011"
                                           << "visa" << QStringList { "visa", "elo" };
    QTest::newRow("4012 can only be visa") << "4012"
                                           << "visa" << QStringList { "visa" };
    QTest::newRow("401178 settles on elo") << "401178"
                                           << "elo" << QStringList { "elo" };
    QTest::newRow("3 may be several") << "3"
                                      << "" << QStringList { "american-express", "diners-club", "jcb" };
    QTest::newRow("37 is amex") << "37"
                                << "american-express" << QStringList { "american-express" };
    QTest::newRow("2 may be several") << "2"
                                      << "" << QStringList { "mastercard", "jcb", "mir" };
    QTest::newRow("22 mastercard or mir") << "22"
                                          << "" << QStringList { "mastercard", "mir" };
    QTest::newRow("2200 is mir") << "2200"
                                 << "mir" << QStringList { "mir" };
    QTest::newRow("6 is maestro until more comes")
        << "6"
        << "maestro" << QStringList { "discover", "unionpay", "maestro", "elo" };
    QTest::newRow("601 may be discover") << "601"
                                         << "maestro" << QStringList { "discover", "maestro" };
    QTest::newRow("6011 is discover") << "6011"
                                      << "discover" << QStringList { "discover" };
    QTest::newRow("9 is nothing") << "9"
                                  << "" << QStringList {};
}

void TestCardDetector::prefixDetection()
{
    QFETCH(QString, prefix);
    QFETCH(QString, brand);
    QFETCH(QStringList, candidates);
    const CardDetector detector;
    const QByteArray digits = prefix.toLatin1();
    const BrandDetection d = detector.detect(sv(digits));
    QCOMPARE(d.brand ? d.brand->id : QString(), brand);
    QCOMPARE(d.candidates, candidates);
}

void TestCardDetector::prefixIndexAgreesWithAFullScan()
{
    // Every prefix of up to four digits, and numbers at, just below and just above every range bound.
    QList<QByteArray> inputs;
    for (int length = 1; length <= 4; ++length) {
        int count = 1;
        for (int i = 0; i < length; ++i) {
            count *= 10;
        }
        for (int n = 0; n < count; ++n) {
            inputs << QByteArray::number(n).rightJustified(length, '0');
        }
    }
    for (const CardBrand& brand : CardBrandTable::standard().brands()) {
        for (const IinRange& range : brand.ranges) {
            for (const char* bound : { range.low, range.high }) {
                const qint64 value = QByteArray(bound).toLongLong();
                for (qint64 v : { value - 1, value, value + 1 }) {
                    const QByteArray head
                        = QByteArray::number(v).rightJustified(qsizetype(strlen(bound)), '0');
                    inputs << head << head + "0" << head.leftJustified(16, '7');
                }
            }
        }
    }
    const CardDetector detector;
    int settled = 0;
    for (const QByteArray& input : std::as_const(inputs)) {
        const BrandDetection fast = detector.detect(sv(input));
        const BrandDetection full = scanEveryRange(sv(input));
        QVERIFY2(fast.brand == full.brand, input.constData());
        QVERIFY2(fast.candidates == full.candidates, input.constData());
        settled += fast.brand ? 1 : 0;
    }
    QVERIFY(inputs.size() > 11000);
    QVERIFY(settled > 5000); // most inputs find a brand: the comparison is not between two empty answers
}

void TestCardDetector::notADigitFallsBackToEveryRange()
{
    const CardDetector detector;
    for (const QByteArray& input : { QByteArray("x4111"), QByteArray("4x"), QByteArray("#") }) {
        const BrandDetection fast = detector.detect(sv(input));
        const BrandDetection full = scanEveryRange(sv(input));
        QCOMPARE(fast.brand, full.brand);
        QCOMPARE(fast.candidates, full.candidates);
    }
    // "4x" is still visa by its first digit, as the full scan says.
    QCOMPARE(detector.detect(sv(QByteArray("4x"))).brand->id, QStringLiteral("visa"));
}

void TestCardDetector::notAllowedBrand_isReportedAsItself()
{
    const CardDetector detector;
    // 401178… is elo; with only visa allowed it must be refused as elo, not re-detected as visa.
    const QByteArray elo = luhnComplete(QStringLiteral("401178"), 16).toLatin1();
    const CardCheck check = detector.check(sv(elo), { QStringLiteral("visa") });
    QVERIFY(check.brand);
    QCOMPARE(check.brand->id, QStringLiteral("elo"));
    QCOMPARE(check.problem, CardProblem::BrandNotAllowed);
    QVERIFY(!check.valid());
}

void TestCardDetector::problems_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("problem");
    const QStringList visaOnly { QStringLiteral("visa") };
    QTest::newRow("good visa") << "4111111111111111" << visaOnly << "none";
    QTest::newRow("visa failing Luhn")
        << breakLuhn(QStringLiteral("4111111111111111")) << visaOnly << "luhn_failed";
    QTest::newRow("visa of 15 digits") << luhnComplete(QStringLiteral("4"), 15) << visaOnly << "wrong_length";
    QTest::newRow("amex not allowed") << "378282246310005" << visaOnly << "brand_not_allowed";
    QTest::newRow("not allowed wins over length")
        << luhnComplete(QStringLiteral("37"), 16) << visaOnly << "brand_not_allowed";
    QTest::newRow("unknown brand") << luhnComplete(QStringLiteral("9"), 16) << visaOnly << "unknown_brand";
    QTest::newRow("unknown and bad Luhn")
        << breakLuhn(luhnComplete(QStringLiteral("9"), 16)) << visaOnly << "luhn_failed";
    QTest::newRow("empty allowed list allows all") << "378282246310005" << QStringList {} << "none";
}

void TestCardDetector::problems()
{
    QFETCH(QString, number);
    QFETCH(QStringList, allowed);
    QFETCH(QString, problem);
    const CardDetector detector;
    const QByteArray digits = number.toLatin1();
    const CardCheck check = detector.check(sv(digits), QSet<QString>(allowed.begin(), allowed.end()));
    QCOMPARE(cardProblemName(check.problem), problem);
}

void TestCardDetector::maxLength_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("max");
    QTest::newRow("unknown waits for 19") << "" << 19;
    QTest::newRow("amex stops at 15") << "37" << 15;
    QTest::newRow("mastercard stops at 16") << "55" << 16;
    QTest::newRow("visa may run to 19") << "4111" << 19;
    QTest::newRow("elo stops at 16") << "401178" << 16;
    QTest::newRow("ambiguous 4011 waits") << "4011" << 19;
}

void TestCardDetector::maxLength()
{
    QFETCH(QString, prefix);
    QFETCH(int, max);
    const CardDetector detector;
    const QByteArray digits = prefix.toLatin1();
    QCOMPARE(detector.maxLengthFor(sv(digits)), max);
}

// The flow stops asking once the length is settled: every longer prefix (up to the six digits issuer ranges
// have) must then be settled with the same length. Checked for every prefix of up to five digits.
void TestCardDetector::settledLengthHoldsForEveryLongerPrefix()
{
    const CardDetector detector;
    int settledPrefixes = 0;
    QString firstBreak;
    std::string prefix;
    std::function<void()> visit = [&] {
        bool settled = false;
        const int max = detector.maxLengthFor(prefix, &settled);
        for (char d = '0'; d <= '9' && prefix.size() < 6; ++d) {
            prefix.push_back(d);
            if (settled) {
                bool stillSettled = false;
                const int longer = detector.maxLengthFor(prefix, &stillSettled);
                if ((!stillSettled || longer != max) && firstBreak.isEmpty()) {
                    firstBreak = QStringLiteral("%1: settled at %2, then %3 (%4)")
                                     .arg(QString::fromStdString(prefix))
                                     .arg(max)
                                     .arg(longer)
                                     .arg(stillSettled ? QStringLiteral("settled") : QStringLiteral("open"));
                }
            }
            if (prefix.size() < 6) {
                visit();
            }
            prefix.pop_back();
        }
        settledPrefixes += settled ? 1 : 0;
    };
    visit();
    QVERIFY2(firstBreak.isEmpty(), qPrintable(firstBreak));
    QVERIFY(settledPrefixes > 10000); // most prefixes name one brand; the check above is not vacuous
    bool settled = true;
    QCOMPARE(detector.maxLengthFor("4011", &settled), 19); // Visa or Elo: open
    QVERIFY(!settled);
    QCOMPARE(detector.maxLengthFor("37", &settled), 15);
    QVERIFY(settled);
}

void TestCardDetector::everyBrandHasData()
{
    const QStringList expected { "visa", "mastercard", "american-express", "diners-club", "discover", "jcb",
        "unionpay", "maestro", "mir", "elo" };
    QCOMPARE(CardBrandTable::standard().ids(), expected);
    for (const CardBrand& b : CardBrandTable::standard().brands()) {
        QVERIFY2(!b.ranges.isEmpty() && !b.lengths.isEmpty() && !b.displayName.isEmpty(), qPrintable(b.id));
        QVERIFY(std::is_sorted(b.lengths.begin(), b.lengths.end()));
    }
}

QTEST_GUILESS_MAIN(TestCardDetector)
#include "tst_carddetector.moc"

#include "cards/carddetector.h"
#include "runsetup.h"
#include "secure/securewipe.h"
#include "secure/sensitivedigits.h"
#include "simcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace voicepay::sim {

namespace {
// `card -` reads the number from standard input, so that it never stands in a command line (which every user
// of the machine can read in `ps`); `card DIGITS` is for the published test cards.
QByteArray readNumber(const QString& arg)
{
    if (arg != u"-") {
        return arg.toLatin1();
    }
    char buffer[128] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    QByteArray keys = got ? QByteArray(buffer).trimmed() : QByteArray();
    secureWipe(buffer, sizeof buffer);
    return keys;
}

int runCard(const QStringList& args)
{
    if (args.size() != 1) {
        return usageError(QStringLiteral("usage: voicepay-sim card DIGITS|-"));
    }
    QByteArray keys = readNumber(args.first());
    for (char c : std::as_const(keys)) {
        if ((c < '0' || c > '9') && c != ' ') {
            secureWipe(keys.data(), static_cast<std::size_t>(keys.size()));
            return usageError(QStringLiteral("a card number has digits only"));
        }
    }
    const SensitiveDigits digits = SensitiveDigits::fromKeys(std::string_view(keys.constData(), keys.size()));
    secureWipe(keys.data(), static_cast<std::size_t>(keys.size()));
    if (digits.isEmpty() || digits.size() > 19) {
        return usageError(QStringLiteral("a card number has 1 to 19 digits"));
    }
    const CardDetector detector;
    const CardCheck check = detector.check(digits.view(), {});
    const QJsonObject o {
        { QStringLiteral("brand"), check.brand ? check.brand->id : QStringLiteral("unknown") },
        { QStringLiteral("luhn"), check.luhn },
        { QStringLiteral("valid"), check.luhn && check.lengthOk && check.brand },
        { QStringLiteral("lengthValid"), check.lengthOk },
        { QStringLiteral("securityCodeLength"), check.brand ? check.brand->securityCodeLength : 0 },
        { QStringLiteral("securityCodeName"), check.brand ? check.brand->securityCodeName : QString() },
        { QStringLiteral("masked"), digits.masked() },
        { QStringLiteral("last4"), digits.lastFour() },
        { QStringLiteral("length"), digits.size() },
        { QStringLiteral("candidates"),
            QJsonArray::fromStringList(detector.detect(digits.view()).candidates) },
    };
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int cardCommand(const QStringList& args)
{
    return runCard(args);
}

} // namespace voicepay::sim

#include "cards/carddetector.h"
#include "runsetup.h"
#include "secure/sensitivedigits.h"
#include "simcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voicepay::sim {

int cardCommand(const QStringList& args)
{
    if (args.size() != 1) {
        return usageError(QStringLiteral("usage: voicepay-sim card DIGITS"));
    }
    QByteArray keys = args.first().toLatin1();
    for (char c : std::as_const(keys)) {
        if ((c < '0' || c > '9') && c != ' ') {
            return usageError(QStringLiteral("a card number has digits only"));
        }
    }
    const SensitiveDigits digits = SensitiveDigits::fromKeys(std::string_view(keys.constData(), keys.size()));
    keys.fill('\0');
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

} // namespace voicepay::sim

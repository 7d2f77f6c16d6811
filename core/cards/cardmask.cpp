#include "cardmask.h"

#include <QCoreApplication>

namespace voicepay {

QString lastFourOf(const QString& digitsOrLastFour)
{
    return digitsOrLastFour.right(4);
}

QString maskedCard(const QString& brand, const QString& lastFour)
{
    if (lastFour.isEmpty()) {
        return QString();
    }
    return brand + QStringLiteral(" ending ") + lastFourOf(lastFour);
}

QString maskedCardForDisplay(const QString& brand, const QString& lastFour)
{
    return QCoreApplication::translate("CardMask", "%1 ending %2").arg(brand, lastFourOf(lastFour));
}

QString brandAndLastFour(const QString& brand, const QString& lastFour)
{
    return brand + QLatin1Char(' ') + lastFourOf(lastFour);
}

QString maskedAccountNumber(const QString& lastFour)
{
    return QStringLiteral("XXXX") + lastFourOf(lastFour);
}

} // namespace voicepay

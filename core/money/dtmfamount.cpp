#include "dtmfamount.h"

#include <QCoreApplication>

namespace voicepay {

DtmfAmountResult parseDtmfAmount(const QString& keys, const Currency& currency)
{
    QString body = keys;
    if (body.endsWith(QLatin1Char('#'))) {
        body.chop(1);
    }
    if (body.contains(QLatin1Char('#'))) {
        return { std::nullopt, QCoreApplication::translate("Money", "the hash key may only end the amount") };
    }
    const qsizetype star = body.indexOf(QLatin1Char('*'));
    if (star >= 0) {
        if (currency.decimals == 0) {
            return { std::nullopt,
                QCoreApplication::translate("Money", "%1 has no decimals; the star key is not accepted")
                    .arg(currency.code) };
        }
        if (body.indexOf(QLatin1Char('*'), star + 1) >= 0) {
            return { std::nullopt,
                QCoreApplication::translate("Money", "only one star key may mark the decimals") };
        }
        body[star] = QLatin1Char('.');
        if (star == 0) {
            body.prepend(QLatin1Char('0'));
        }
        if (body.endsWith(QLatin1Char('.'))) {
            body.chop(1);
        }
    }
    QString error;
    auto money = Money::fromDecimalString(body, currency, &error);
    if (!money) {
        return { std::nullopt, error };
    }
    return { money, QString() };
}

} // namespace voicepay

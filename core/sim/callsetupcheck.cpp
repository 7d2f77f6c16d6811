#include "sim/callsetupcheck.h"

#include "cards/cardbrand.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace voicepay {

namespace {
// Not named tr(): lupdate would take the call for one and miss the QT_TRANSLATE_NOOP inside it.
QString translated(const char* text)
{
    return QCoreApplication::translate("CallSetupCheck", text);
}
} // namespace

QStringList CallSetupCheck::errors(const CallContext& context, const FlowConfig& config)
{
    QStringList out;
    if (context.accountId.trimmed().isEmpty()) {
        out << translated(QT_TRANSLATE_NOOP("CallSetupCheck", "The account is missing."));
    }
    const Currency currency = config.currencyInfo();
    QString why;
    if (!Money::fromDecimalString(context.amountDue, currency, &why)) {
        out << QCoreApplication::translate("CallSetupCheck",
            "The amount due \"%1\" is not an amount in %2, which has %n decimal(s): %3", nullptr,
            currency.decimals)
                   .arg(context.amountDue, currency.code, why);
    }
    return out;
}

QStringList CallSetupCheck::notes(const CallContext& context, const FlowConfig& config)
{
    const auto due = Money::fromDecimalString(context.amountDue, config.currencyInfo());
    if (!due) {
        return {};
    }
    const auto min = config.minimum();
    const auto max = config.maximum();
    if (min && due->minorUnits() < min->minorUnits()) {
        return { translated(
            QT_TRANSLATE_NOOP("CallSetupCheck",
                "The amount due is below the minimum of %1: the caller will be asked for an amount."))
                     .arg(min->toDecimalString()) };
    }
    if (max && due->minorUnits() > max->minorUnits()) {
        return { translated(
            QT_TRANSLATE_NOOP("CallSetupCheck",
                "The amount due is above the maximum of %1: the caller will be asked for an amount."))
                     .arg(max->toDecimalString()) };
    }
    return {};
}

QString CallSetupCheck::summary(const FlowConfig& config)
{
    const Currency currency = config.currencyInfo();
    const auto min = config.minimum();
    const auto max = config.maximum();
    const QString limits = max
        ? translated(QT_TRANSLATE_NOOP("CallSetupCheck", "%1 to %2"))
              .arg(min ? min->toDecimalString() : QStringLiteral("0"), max->toDecimalString())
        : translated(QT_TRANSLATE_NOOP("CallSetupCheck", "from %1"))
              .arg(min ? min->toDecimalString() : QStringLiteral("0"));
    const QString mode = config.amountMode == AmountMode::Fixed
        ? translated(QT_TRANSLATE_NOOP("CallSetupCheck", "the amount due is fixed"))
        : translated(QT_TRANSLATE_NOOP("CallSetupCheck", "the caller chooses the amount"));
    QStringList brands;
    for (const QString& id : config.allowedBrands) {
        const CardBrand* brand = CardBrandTable::standard().find(id);
        brands << (brand ? brand->displayName : id);
    }
    const QString input = config.inputMode == InputMode::Dtmf
        ? translated(QT_TRANSLATE_NOOP("CallSetupCheck", "keys"))
        : config.inputMode == InputMode::Voice
        ? translated(QT_TRANSLATE_NOOP("CallSetupCheck", "voice"))
        : translated(QT_TRANSLATE_NOOP("CallSetupCheck", "keys and voice"));
    return QCoreApplication::translate(
        "CallSetupCheck", "%1 (%n decimal(s)), %2, %3; %4; %5; %6; site %7", nullptr, currency.decimals)
        .arg(currency.code, limits, mode, QLocale().createSeparatedList(brands), input, config.language,
            config.site);
}

} // namespace voicepay

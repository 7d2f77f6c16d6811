#include "money.h"

#include <QCoreApplication>
#include <limits>

namespace voicepay {

namespace {
// Large enough for any payment, small enough that minor units never overflow.
constexpr qint64 maxMajorUnits = 999'999'999'999LL;
} // namespace

qint64 pow10(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

Money::Money(qint64 minorUnits, Currency currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{
}

qint64 Money::majorPart() const
{
    return m_minor / pow10(m_currency.decimals);
}

qint64 Money::minorPart() const
{
    return m_minor % pow10(m_currency.decimals);
}

QString Money::toDecimalString() const
{
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    const qint64 scale = pow10(m_currency.decimals);
    QString text = QString::number(absMinor / scale);
    if (m_currency.decimals > 0) {
        text += QLatin1Char('.')
            + QString::number(absMinor % scale).rightJustified(m_currency.decimals, QLatin1Char('0'));
    }
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toDisplayString() const
{
    const bool one = m_minor == pow10(m_currency.decimals);
    return toDecimalString() + QLatin1Char(' ') + (one ? m_currency.name : m_currency.pluralName);
}

std::optional<Money> Money::fromDecimalString(const QString& text, const Currency& currency, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Money> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(QCoreApplication::translate("Money", "the amount is empty"));
    }
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QString fraction = dot < 0 ? QString() : trimmed.mid(dot + 1);
    auto allDigits = [](const QString& s) {
        for (QChar ch : s) {
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
                return false;
            }
        }
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction) || (dot >= 0 && fraction.isEmpty())) {
        return fail(QCoreApplication::translate("Money", "\"%1\" is not a decimal amount").arg(trimmed));
    }
    if (fraction.size() > currency.decimals) {
        return fail(
            QCoreApplication::translate("Money", "%1 takes at most %n decimal(s)", nullptr, currency.decimals)
                .arg(currency.code));
    }
    if (whole.size() > 12 || whole.toLongLong() > maxMajorUnits) {
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large").arg(trimmed));
    }
    const qint64 major = whole.toLongLong();
    const qint64 minor
        = fraction.isEmpty() ? 0 : fraction.leftJustified(currency.decimals, QLatin1Char('0')).toLongLong();
    return Money(major * pow10(currency.decimals) + minor, currency);
}

} // namespace voicepay

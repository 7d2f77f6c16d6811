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
    // Views, not copies: limits and amounts are parsed on every call, and only a refusal needs a string.
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty()) {
        return fail(QCoreApplication::translate("Money", "the amount is empty"));
    }
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : trimmed.mid(dot + 1);
    auto allDigits = [](QStringView s) {
        for (QChar ch : s) {
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
                return false;
            }
        }
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction) || (dot >= 0 && fraction.isEmpty())) {
        return fail(
            QCoreApplication::translate("Money", "\"%1\" is not a decimal amount").arg(trimmed.toString()));
    }
    if (fraction.size() > currency.decimals) {
        return fail(
            QCoreApplication::translate("Money", "%1 takes at most %n decimal(s)", nullptr, currency.decimals)
                .arg(currency.code));
    }
    auto value = [](QStringView digits) {
        qint64 v = 0;
        for (QChar ch : digits) {
            v = v * 10 + (ch.unicode() - u'0');
        }
        return v;
    };
    // At most twelve digits: the value cannot overflow, and is checked against the largest amount.
    if (whole.size() > 12 || value(whole) > maxMajorUnits) {
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large").arg(trimmed.toString()));
    }
    const qint64 major = value(whole);
    // "12.5" in a two-decimal currency is 12 and 50 minor units: the fraction is padded on the right.
    const qint64 minor = value(fraction) * pow10(currency.decimals - static_cast<int>(fraction.size()));
    return Money(major * pow10(currency.decimals) + minor, currency);
}

} // namespace voicepay

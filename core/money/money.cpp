#include "money.h"

#include <QCoreApplication>
#include <algorithm>
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

Money::Money(qint64 minorUnits, const Currency& currency)
    : m_minor(minorUnits)
    , m_currency(CurrencyTable::intern(currency))
{
}

qint64 Money::majorPart() const
{
    return m_minor / pow10(m_currency->decimals);
}

qint64 Money::minorPart() const
{
    return m_minor % pow10(m_currency->decimals);
}

namespace {

// The decimal form written backwards from the end of `buffer` (at least 48 chars); answers its start. Every
// amount a prompt speaks comes through here: no intermediate strings.
char* writeDecimal(qint64 minor, int decimals, char* end)
{
    char* p = end;
    qint64 rest = minor < 0 ? -minor : minor;
    for (int i = 0; i < decimals; ++i) {
        *--p = char('0' + rest % 10);
        rest /= 10;
    }
    if (decimals > 0) {
        *--p = '.';
    }
    do {
        *--p = char('0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    if (minor < 0) {
        *--p = '-';
    }
    return p;
}

} // namespace

QString Money::toDecimalString() const
{
    char buffer[48];
    char* const end = buffer + sizeof buffer;
    const char* start = writeDecimal(m_minor, m_currency->decimals, end);
    return QString::fromLatin1(start, end - start);
}

QString Money::toDisplayString() const
{
    const bool one = m_minor == pow10(m_currency->decimals);
    const QString& unit = one ? m_currency->name : m_currency->pluralName;
    char buffer[48];
    char* const end = buffer + sizeof buffer;
    const char* start = writeDecimal(m_minor, m_currency->decimals, end);
    // Made at its size and written in place: every amount a prompt speaks comes through here, and three
    // appends cost more than the string's one allocation.
    QString text((end - start) + 1 + unit.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char* c = start; c != end; ++c) {
        *out++ = QLatin1Char(*c);
    }
    *out++ = QLatin1Char(' ');
    std::copy(unit.cbegin(), unit.cend(), out);
    return text;
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

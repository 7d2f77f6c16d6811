#include "testcards.h"

#include "cards/luhn.h"

namespace voicepay::test {

QString luhnComplete(const QString& prefix, int length)
{
    QString body = prefix.leftJustified(length - 1, QLatin1Char('0'), true);
    const QByteArray latin = body.toLatin1();
    const char check
        = luhnCheckDigit(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
    return body + QLatin1Char(check);
}

QString breakLuhn(const QString& number)
{
    QString out = number;
    const int last = out.back().digitValue();
    out.back() = QChar(u'0' + (last + 1) % 10);
    return out;
}

} // namespace voicepay::test

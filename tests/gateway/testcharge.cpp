#include "testcharge.h"

using namespace voicepay;

TestCharge::TestCharge(
    const QByteArray& cardNumber, const QString& invoice, qint64 cents, const QByteArray& securityCode)
{
    card
        = SensitiveDigits::fromKeys(std::string_view(cardNumber.constData(), std::size_t(cardNumber.size())));
    code = SensitiveDigits::fromKeys(
        std::string_view(securityCode.constData(), std::size_t(securityCode.size())));
    request.sessionId = invoice;
    request.invoiceNumber = invoice;
    request.amount = Money(cents, *CurrencyTable::find(QStringLiteral("USD")));
    request.brand = QStringLiteral("visa");
    request.cardNumber = &card;
    request.securityCode = securityCode.isEmpty() ? nullptr : &code;
    request.expiryMonth = 12;
    request.expiryYear = 2035;
    request.customerId = QStringLiteral("C-1001");
    request.description = QStringLiteral("Phone payment");
}

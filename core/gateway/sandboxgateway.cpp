#include "sandboxgateway.h"

#include "cards/cardmask.h"
#include "sandboxrules.h"

namespace voicepay {

SandboxGateway::SandboxGateway(quint64 firstTransactionId)
    : m_nextTransactionId(firstTransactionId)
{
}

void SandboxGateway::submit(const PaymentRequest& request, Completion done)
{
    if (!request.cardNumber || request.cardNumber->isEmpty()) {
        done(GatewayResult::error(QStringLiteral("no card number in the request"), QStringLiteral("E00027")));
        return;
    }
    if (auto it = m_ledger.constFind(request.invoiceNumber); it != m_ledger.constEnd()) {
        done(GatewayResult::approved(*it));
        return;
    }
    const SandboxOutcome outcome = sandboxOutcomeFor(*request.cardNumber);
    GatewayResult result;
    switch (outcome.status) {
    case GatewayResult::Status::Approved: {
        const quint64 id = m_nextTransactionId++;
        result = GatewayResult::approved(
            QString::number(id), QStringLiteral("A%1").arg(id % 100000, 5, 10, QLatin1Char('0')));
    }
        m_ledger.insert(request.invoiceNumber, result.transactionId);
        break;
    case GatewayResult::Status::Declined:
        result = GatewayResult::declined(outcome.reason, outcome.reasonCode, outcome.text);
        break;
    case GatewayResult::Status::Error:
        if (outcome.heldForReview) {
            result = GatewayResult::unconfirmed(GatewayResult::Confirmation::HeldForReview, outcome.text);
            result.transactionId = QString::number(m_nextTransactionId++);
            break;
        }
        result = GatewayResult::error(outcome.text, outcome.reasonCode);
        break;
    }
    result.accountNumber = maskedAccountNumber(request.cardNumber->lastFour());
    done(result);
}

} // namespace voicepay

#include "sandboxgateway.h"

#include "cards/cardmask.h"
#include "sandboxrules.h"

namespace voicepay {

SandboxGateway::SandboxGateway(quint64 firstTransactionId)
    : m_nextTransactionId(firstTransactionId)
{
}

namespace {

// "A" and the id's last five digits: "A00042".
QString authorizationCode(quint64 id)
{
    char16_t code[6] = { u'A' };
    for (int i = 5; i > 0; --i, id /= 10) {
        code[i] = char16_t(u'0' + id % 10);
    }
    return QString(reinterpret_cast<const QChar*>(code), 6);
}

} // namespace

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
        result = GatewayResult::approved(QString::number(id), authorizationCode(id));
    }
        ++m_charges;
        m_ledger.insert(request.invoiceNumber, result.transactionId);
        m_ledgerOrder.push_back(request.invoiceNumber);
        if (qsizetype(m_ledgerOrder.size()) > kLedgerSize) {
            m_ledger.remove(m_ledgerOrder.front());
            m_ledgerOrder.pop_front();
        }
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

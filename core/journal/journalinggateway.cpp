#include "journalinggateway.h"

#include "paymentjournal.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJournal, "voicepay.journal")

namespace voicepay {

JournalingGateway::JournalingGateway(
    std::unique_ptr<PaymentGateway> inner, std::shared_ptr<PaymentJournal> journal, JournalContext context)
    : m_inner(std::move(inner))
    , m_journal(std::move(journal))
    , m_context(std::move(context))
    , m_alive(std::make_shared<bool>(true))
{
}

JournalingGateway::~JournalingGateway()
{
    *m_alive = false;
}

QString JournalingGateway::name() const
{
    return m_inner->name();
}

qint64 JournalingGateway::now() const
{
    return m_context.nowMs ? m_context.nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString JournalingGateway::stateFor(const GatewayResult& result)
{
    switch (result.status) {
    case GatewayResult::Status::Approved:
        return JournalState::approved();
    case GatewayResult::Status::Declined:
        return JournalState::declined();
    case GatewayResult::Status::Error:
        break;
    }
    return result.confirmation == GatewayResult::Confirmation::Final ? JournalState::error()
                                                                     : JournalState::unknown();
}

void JournalingGateway::submit(const PaymentRequest& request, Completion done)
{
    JournalEntry e;
    e.invoice = request.invoiceNumber;
    e.sessionId = request.sessionId;
    e.amount = request.amount.toDecimalString();
    e.currency = request.amount.currency().code;
    e.brand = request.brand;
    e.last4 = request.cardNumber ? request.cardNumber->lastFour() : QString();
    e.merchantLogin = m_context.merchantLogin;
    e.gateway = m_inner->name();
    e.site = m_context.site;
    e.callType = m_context.callType;
    e.configVersion = m_context.configVersion;
    e.submittedAtMs = now();
    QString error;
    if (!m_journal->submitted(e, &error)) {
        qCWarning(lcJournal).noquote() << "invoice" << e.invoice << "not journalled, not sent:" << error;
        done(GatewayResult::error(
            QStringLiteral("the payment journal cannot be written (%1); nothing was charged").arg(error)));
        return;
    }
    const QString invoice = e.invoice;
    std::weak_ptr<bool> alive = m_alive;
    m_inner->submit(request, [this, alive, invoice, done = std::move(done)](const GatewayResult& r) {
        if (alive.expired()) {
            return;
        }
        QString why;
        const QString detail = r.status == GatewayResult::Status::Approved ? QString() : r.message;
        if (!m_journal->update(invoice, stateFor(r), r.transactionId, QString(), detail, now(), &why)) {
            // The row stays `submitted` and is reconciled later; the call still hears the answer.
            qCWarning(lcJournal).noquote() << "invoice" << invoice << "answer not journalled:" << why;
        }
        done(r);
    });
}

void JournalingGateway::cancel(const QString& invoiceNumber)
{
    m_inner->cancel(invoiceNumber);
}

void JournalingGateway::lookUp(const Lookup& lookup, Completion done)
{
    m_inner->lookUp(lookup, std::move(done));
}

} // namespace voicepay

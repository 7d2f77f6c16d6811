#pragma once

#include "gateway/paymentgateway.h"

#include <functional>
#include <memory>

namespace voicepay {

class PaymentJournal;

// What the journal records about the calls a gateway serves, besides each request's own fields.
struct JournalContext
{
    QString merchantLogin;
    QString site;
    QString callType = QStringLiteral("ivr");
    QString configVersion;
    std::function<qint64()> nowMs; // UTC milliseconds; the system clock when empty
};

// A PaymentGateway that journals every charge around another one (the decorator on the gateway seam): the
// row is written and committed in state `submitted` before the request is handed on, and moved to approved,
// declined, error or unknown when the answer comes. A charge whose row cannot be written is not sent: the
// call hears a technical error that charged nothing. A cancelled charge keeps its `submitted` row, for
// reconciliation.
class JournalingGateway : public PaymentGateway
{
public:
    JournalingGateway(std::unique_ptr<PaymentGateway> inner, std::shared_ptr<PaymentJournal> journal,
        JournalContext context);
    ~JournalingGateway() override;

    QString name() const override;
    void submit(const PaymentRequest& request, Completion done) override;
    void cancel(const QString& invoiceNumber) override;
    void lookUp(const Lookup& lookup, Completion done) override;

    PaymentGateway& inner() { return *m_inner; }
    PaymentJournal& journal() { return *m_journal; }

    // The journal state an answer leaves a row in.
    static QString stateFor(const GatewayResult& result);

private:
    qint64 now() const;

    std::unique_ptr<PaymentGateway> m_inner;
    std::shared_ptr<PaymentJournal> m_journal;
    JournalContext m_context;
    std::shared_ptr<bool> m_alive;
};

} // namespace voicepay

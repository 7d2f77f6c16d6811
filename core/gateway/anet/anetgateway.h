#pragma once

#include "config/flowconfig.h"
#include "gateway/paymentgateway.h"
#include "merchantcredentials.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace voicepay {

struct AnetReply;

// The payment gateway over the XML API (createTransactionRequest, POST over HTTPS), for the sandbox server
// and for a real endpoint.
//
// - HTTPS with full certificate checking (certificate errors are never ignored); plain HTTP only to a
// loopback address.
// - Two time-outs from GatewaySettings: connectTimeoutMs from submission until the request has been sent,
//   then transferTimeoutMs for the reply. The whole exchange, recovery included, ends within
//   GatewaySettings::exchangeBudgetMs() (inside the ScenarioRunner's own backstop).
// - No double charge. Each charge carries the flow's invoice number and the duplicate window, goes out once
//   (Qt never sends it again by itself: see docs/gateway.md) on a connection that is closed after it. When
//   its fate is unknown (time-out, dropped connection, HTTP error, unreadable reply) the client recovers in
//   this order: the same request again with the same invoice while the window holds (a charge that went
//   through answers as a duplicate with the original transaction id); getTransactionDetailsRequest when the
//   id is known; the unsettled transactions, newest first, page by page; the settled batches since the
//   submission, each batch's transactions page by page. Found: its outcome. Not found, or the gateway could
//   not be asked: unconfirmed (GatewayResult::isUnconfirmed), never "not charged". A reply that arrives after
//   the client gave up is never read.
// - responseCode 4 (held for review) is reported as GatewayResult::Confirmation::HeldForReview.
// - The card number and security code go from the session's buffers into the request at write time; that
//   request buffer is kept for the resend and wiped once the exchange is over. Once no exchange is under way
//   the network thread, with its connections and their buffers, is ended, so no copy of a request outlives
//   it there either.
class AnetGateway : public QObject, public PaymentGateway
{
    Q_OBJECT

public:
    static constexpr int inquiryAttempts = 3; // failed look-ups before the gateway counts as unreachable
    static constexpr int maxResends = 1;
    static constexpr int pageSize = 1000;
    static constexpr int maxPages = 200;
    static constexpr int lookUpBudgetFactor = 4; // reconciliation's look-ups: nobody is waiting on the line

    AnetGateway(const GatewaySettings& settings, MerchantCredentials merchant, QObject* parent = nullptr);
    ~AnetGateway() override;

    QString name() const override;
    void submit(const PaymentRequest& request, Completion done) override;
    void cancel(const QString& invoiceNumber) override;
    void lookUp(const Lookup& lookup, Completion done) override;

    // Certificate authorities trusted besides the system's (a private gateway's CA, a test CA).
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    int pendingCount() const { return int(m_pending.size()); }

    // https, or http to a loopback host; anything else is refused with the reason.
    static bool checkEndpoint(const QUrl& url, QString* error);

private:
    struct Submission;
    using SubmissionPtr = std::shared_ptr<Submission>;
    enum class Step { Charge, Details, Unsettled, Batches, BatchTransactions };

    void send(const SubmissionPtr& s, Step step, QByteArray body);
    void finished(const SubmissionPtr& s, QNetworkReply* reply);
    void chargeFinished(const SubmissionPtr& s, const QByteArray& data, const QString& failure);
    void complete(const SubmissionPtr& s, GatewayResult result);
    void dropConnectionsWhenIdle();
    int budgetMs(const Submission& s) const;
    int remainingMs(const Submission& s, int timeoutMs) const;

    // Recovery (anetrecovery.cpp)
    void recover(const SubmissionPtr& s, const QString& why);
    void search(const SubmissionPtr& s);
    void askDetails(const SubmissionPtr& s);
    void askUnsettled(const SubmissionPtr& s);
    void askBatches(const SubmissionPtr& s);
    void askBatchTransactions(const SubmissionPtr& s);
    void lookUpFinished(const SubmissionPtr& s, const QByteArray& data, const QString& failure);
    void listed(const SubmissionPtr& s, const AnetReply& reply);
    void detailed(const SubmissionPtr& s, const AnetReply& reply);
    bool retryOrGiveUp(const SubmissionPtr& s, const QString& why);
    void notFound(const SubmissionPtr& s);

    GatewaySettings m_settings;
    MerchantCredentials m_merchant;
    QUrl m_url;
    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCa;
    QHash<QString, std::shared_ptr<Submission>> m_pending; // by invoice number
};

} // namespace voicepay

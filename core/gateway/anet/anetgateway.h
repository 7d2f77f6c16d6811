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

// The payment gateway over the XML API (createTransactionRequest, POST over HTTPS), for the sandbox server
// and for a real endpoint.
//
// - HTTPS with full certificate checking (certificate errors are never ignored); plain HTTP only to a
// loopback address.
// - Two time-outs from GatewaySettings: connectTimeoutMs from submission until the request has been sent,
//   then transferTimeoutMs for the reply. The whole exchange, inquiries included, ends within
//   connectTimeoutMs + 2 x transferTimeoutMs (inside the ScenarioRunner's own backstop).
// - No double charge: each submission carries the flow's invoice number and the duplicate window. When the
//   fate of a charge is unknown (time-out, dropped connection, HTTP error, unreadable reply), the client asks
//   the gateway (getUnsettledTransactionListRequest, then getTransactionDetailsRequest for that invoice)
//   before it reports anything; a charge the gateway holds is reported approved, none is reported as a
//   technical error that charged nothing, and a failed inquiry is a technical error that says the outcome is
//   unknown. A reply that arrives after the client gave up is never read: the inquiry answers instead. A
//   repeat the gateway flags as a duplicate (responseCode 3, reason 11) is answered with the original
//   transaction's outcome.
// - The card number and security code go from the session's buffers into the request at write time; that
//   request buffer is wiped once the exchange is over.
class AnetGateway : public QObject, public PaymentGateway
{
    Q_OBJECT

public:
    static constexpr int inquiryAttempts = 3;

    AnetGateway(const GatewaySettings& settings, MerchantCredentials merchant, QObject* parent = nullptr);
    ~AnetGateway() override;

    QString name() const override;
    void submit(const PaymentRequest& request, Completion done) override;
    void cancel(const QString& invoiceNumber) override;

    // Certificate authorities trusted besides the system's (a private gateway's CA, a test CA).
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    int pendingCount() const { return int(m_pending.size()); }

    // https, or http to a loopback host; anything else is refused with the reason.
    static bool checkEndpoint(const QUrl& url, QString* error);

private:
    struct Submission;
    enum class Step { Charge, List, Details };

    void send(const std::shared_ptr<Submission>& s, Step step, QByteArray body);
    void finished(const std::shared_ptr<Submission>& s, QNetworkReply* reply);
    void chargeFinished(const std::shared_ptr<Submission>& s, const QByteArray& data, const QString& failure);
    void inquire(const std::shared_ptr<Submission>& s, const QString& why);
    void askDetails(const std::shared_ptr<Submission>& s, const QString& transactionId);
    void inquiryFinished(
        const std::shared_ptr<Submission>& s, const QByteArray& data, const QString& failure);
    void complete(const std::shared_ptr<Submission>& s, GatewayResult result);
    int budgetMs() const;
    int remainingMs(const Submission& s, int timeoutMs) const;

    GatewaySettings m_settings;
    MerchantCredentials m_merchant;
    QUrl m_url;
    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCa;
    QHash<QString, std::shared_ptr<Submission>> m_pending; // by invoice number
};

} // namespace voicepay

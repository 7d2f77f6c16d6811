#include "anetgateway.h"

#include "anetreply.h"
#include "anetreplyreader.h"
#include "anetrequestwriter.h"
#include "anetsubmission.h"
#include "secure/securewipe.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <cstring>

Q_LOGGING_CATEGORY(lcAnetGateway, "voicepay.gateway.anet")

namespace voicepay {

namespace {

// The charge's upload: read once, never rewound. Qt's HTTP channel sends a request again by itself when the
// connection closes while it waits for the reply (docs/gateway.md); it needs to rewind the upload for that,
// and this device refuses, so the reply fails with ContentReSendError instead and the client recovers
// knowingly.
class OnceOnlyDevice : public QIODevice
{
public:
    explicit OnceOnlyDevice(const QByteArray* data)
        : m_data(data)
    {
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data->size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data->size() - m_pos);
        if (n > 0) {
            std::memcpy(out, m_data->constData() + m_pos, static_cast<std::size_t>(n));
            m_pos += n;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const QByteArray* m_data;
    qint64 m_pos = 0;
};

} // namespace

AnetGateway::AnetGateway(const GatewaySettings& settings, MerchantCredentials merchant, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_merchant(std::move(merchant))
    , m_url(QUrl(settings.url))
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are refused (a gateway that redirects a payment POST is misconfigured or impersonated).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AnetGateway::~AnetGateway()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto& s : pending) {
        if (s->reply) {
            s->reply->disconnect(this);
            s->reply->abort();
        }
        wipe(s->body);
    }
}

QString AnetGateway::name() const
{
    return m_settings.mode + QLatin1Char(' ') + m_url.toString(QUrl::RemoveUserInfo);
}

void AnetGateway::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCa << certificates;
}

bool AnetGateway::checkEndpoint(const QUrl& url, QString* error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("the gateway URL \"%1\" is not a valid URL")
                     .arg(url.toString(QUrl::RemoveUserInfo));
        return false;
    }
    if (url.scheme() == u"https") {
        return true;
    }
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        if (url.host() == u"localhost" || (!address.isNull() && address.isLoopback())) {
            return true;
        }
        *error = QStringLiteral(
            "plain HTTP is refused for %1: card data travels over HTTPS only (HTTP is allowed "
            "to a loopback address)")
                     .arg(url.host());
        return false;
    }
    *error = QStringLiteral("the gateway URL must use https (or http to a loopback address), not \"%1\"")
                 .arg(url.scheme());
    return false;
}

void AnetGateway::submit(const PaymentRequest& request, Completion done)
{
    QString error;
    if (!checkEndpoint(m_url, &error)) {
        done(GatewayResult::error(error));
        return;
    }
    if (m_pending.contains(request.invoiceNumber)) {
        done(GatewayResult::error(
            QStringLiteral("invoice %1 is already being charged").arg(request.invoiceNumber)));
        return;
    }
    QByteArray body = AnetRequestWriter::createTransaction(
        m_merchant, request, m_settings.duplicateWindowSeconds, &error);
    if (body.isEmpty()) {
        done(GatewayResult::error(QStringLiteral("the charge cannot be sent: ") + error));
        return;
    }
    auto s = std::make_shared<Submission>();
    s->invoice = request.invoiceNumber;
    s->done = std::move(done);
    s->age.start();
    s->submittedUtc = QDateTime::currentDateTimeUtc();
    s->body = std::move(body);
    m_pending.insert(s->invoice, s);
    qCInfo(lcAnetGateway).noquote() << "charging invoice" << s->invoice << request.amount.toDecimalString()
                                    << (request.cardNumber ? request.brand + QLatin1Char(' ')
                                                   + request.cardNumber->lastFour()
                                                           : QString());
    send(s, Step::Charge, QByteArray());
}

void AnetGateway::cancel(const QString& invoiceNumber)
{
    const std::shared_ptr<Submission> s = m_pending.take(invoiceNumber);
    if (!s) {
        return;
    }
    s->timer.stop();
    if (s->reply) {
        s->reply->disconnect(this);
        s->reply->abort();
        s->reply->deleteLater();
    }
    wipe(s->body);
    dropConnectionsWhenIdle();
}

void AnetGateway::dropConnectionsWhenIdle()
{
    // Qt keeps a finished exchange's connection in its network thread's cache: the socket's and the TLS
    // session's buffers and the last chunk of the upload, which hold the charge request with the card number
    // and the security code. Clearing the cache ends that thread, and everything it held is freed (and so
    // wiped, see core/secure/securefree.cpp). Only when no exchange is under way, which would be cut off; the
    // next one starts a new thread and a new connection, as each charge does anyway (Connection: close).
    QTimer::singleShot(0, this, [this] {
        if (m_pending.isEmpty()) {
            m_network->clearConnectionCache();
        }
    });
}

int AnetGateway::budgetMs(const Submission& s) const
{
    return s.lookUpOnly ? lookUpBudgetFactor * m_settings.exchangeBudgetMs() : m_settings.exchangeBudgetMs();
}

int AnetGateway::remainingMs(const Submission& s, int timeoutMs) const
{
    // Inquiries share what is left of the budget, so the caller hears something within it.
    return int(std::clamp<qint64>(budgetMs(s) - s.age.elapsed(), 1, timeoutMs));
}

void AnetGateway::send(const SubmissionPtr& s, Step step, QByteArray body)
{
    s->step = step;
    s->sent = false;
    s->timedOut = false;
    s->oversize = false;
    s->received.clear();

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(0); // the two time-outs below bound the exchange
    if (m_url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_extraCa.isEmpty()) {
            tls.addCaCertificates(m_extraCa);
        }
        request.setSslConfiguration(tls);
    }

    // No connection is ever reused: a charge always travels on a connection of its own, closed after it.
    request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    QNetworkReply* reply = nullptr;
    if (step == Step::Charge) {
        // Streamed straight from the submission's buffer (no copy of the card data), once.
        request.setHeader(QNetworkRequest::ContentLengthHeader, s->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OnceOnlyDevice(&s->body);
        device->open(QIODevice::ReadOnly);
        reply = m_network->post(request, device);
        device->setParent(reply);
    } else {
        reply = m_network->post(request, body);
    }
    s->reply = reply;

    std::weak_ptr<Submission> weak = s;
    connect(reply, &QNetworkReply::requestSent, this, [this, weak, reply] {
        if (auto sub = weak.lock(); sub && sub->reply == reply) {
            sub->sent = true;
            sub->timer.start(remainingMs(*sub, m_settings.transferTimeoutMs));
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [weak, reply] {
        auto sub = weak.lock();
        if (!sub || sub->reply != reply) {
            return;
        }
        sub->received += reply->read(AnetReplyReader::maxReplyBytes + 1 - sub->received.size());
        if (sub->received.size() > AnetReplyReader::maxReplyBytes) {
            sub->oversize = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, weak, reply] {
        if (auto sub = weak.lock()) {
            finished(sub, reply);
        } else {
            reply->deleteLater();
        }
    });
    s->timer.setSingleShot(true);
    s->timer.disconnect();
    connect(&s->timer, &QTimer::timeout, this, [weak, reply] {
        auto sub = weak.lock();
        if (sub && sub->reply == reply) {
            sub->timedOut = true;
            reply->abort();
        }
    });
    s->timer.start(remainingMs(*s, m_settings.connectTimeoutMs));
}

void AnetGateway::finished(const SubmissionPtr& s, QNetworkReply* reply)
{
    reply->deleteLater();
    if (s->reply != reply || !m_pending.contains(s->invoice)) {
        return;
    }
    s->timer.stop();
    s->reply = nullptr;
    if (reply->isOpen() && !s->oversize && s->received.size() <= AnetReplyReader::maxReplyBytes) {
        s->received += reply->read(AnetReplyReader::maxReplyBytes + 1 - s->received.size());
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    QString failure;
    if (s->timedOut) {
        failure = s->sent
            ? QStringLiteral("no reply within %1 ms").arg(m_settings.transferTimeoutMs)
            : QStringLiteral("the request could not be sent within %1 ms").arg(m_settings.connectTimeoutMs);
    } else if (s->oversize || s->received.size() > AnetReplyReader::maxReplyBytes) {
        failure = QStringLiteral("the reply is over %1 bytes").arg(AnetReplyReader::maxReplyBytes);
    } else if (status != 0 && status != 200) {
        failure = QStringLiteral("HTTP status %1").arg(status);
    } else if (code != QNetworkReply::NoError) {
        failure = reply->errorString();
    }
    const QByteArray data = std::exchange(s->received, QByteArray());
    if (s->step == Step::Charge) {
        // Certain that nothing reached the gateway: it could not be reached, or its identity was refused
        // before any request byte was written. A time-out is never taken as proof: the request may have gone
        // out just before its "sent" notice arrived, so the gateway is asked instead.
        const bool nothingSent = !s->sent && !s->timedOut && s->resends == 0
            && (code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError
                || code == QNetworkReply::SslHandshakeFailedError);
        if (!failure.isEmpty() && nothingSent) {
            complete(s,
                GatewayResult::error(
                    QStringLiteral("the gateway could not be reached; nothing was charged: ") + failure));
            return;
        }
        chargeFinished(s, data, failure);
        return;
    }
    lookUpFinished(s, data, failure);
}

void AnetGateway::chargeFinished(const SubmissionPtr& s, const QByteArray& data, const QString& failure)
{
    if (!failure.isEmpty()) {
        recover(s, failure);
        return;
    }
    QString error;
    const std::optional<AnetReply> reply = AnetReplyReader::read(data, &error);
    if (!reply) {
        recover(s, error);
        return;
    }
    if (!reply->refId.isEmpty() && reply->refId != s->invoice) {
        recover(s, QStringLiteral("the reply names invoice %1").arg(reply->refId.left(20)));
        return;
    }
    if (reply->kind == AnetReply::Kind::Error) {
        // Refused as a whole (credentials, a request the gateway cannot read): no transaction was made.
        complete(s, reply->toGatewayResult());
        return;
    }
    if (reply->kind != AnetReply::Kind::CreateTransaction) {
        recover(s, QStringLiteral("the reply to a charge is not a createTransactionResponse"));
        return;
    }
    if (reply->responseCode == u"3" && reply->reasonCode == u"11" && !reply->transactionId.isEmpty()
        && reply->transactionId != u"0") {
        if (s->why.isEmpty()) {
            s->why = QStringLiteral("a duplicate of transaction %1").arg(reply->transactionId);
        }
        s->transactionId = reply->transactionId;
        wipe(s->body);
        askDetails(s);
        return;
    }
    GatewayResult result = reply->toGatewayResult();
    if (!s->why.isEmpty() && result.status == GatewayResult::Status::Approved && result.message.isEmpty()) {
        result.message = QStringLiteral("approved when sent again after %1").arg(s->why);
    }
    complete(s, std::move(result));
}

void AnetGateway::complete(const SubmissionPtr& s, GatewayResult result)
{
    if (m_pending.take(s->invoice) != s) {
        return;
    }
    s->timer.stop();
    wipe(s->body);
    qCInfo(lcAnetGateway).noquote() << "invoice" << s->invoice << "->"
                                    << (result.status == GatewayResult::Status::Approved
                                               ? QStringLiteral("approved")
                                               : result.status == GatewayResult::Status::Declined
                                               ? QStringLiteral("declined")
                                               : result.isHeldForReview() ? QStringLiteral("held for review")
                                               : result.isUnconfirmed()   ? QStringLiteral("unconfirmed")
                                                                          : QStringLiteral("error"))
                                    << result.transactionId << result.message;
    dropConnectionsWhenIdle();
    Completion done = std::move(s->done);
    if (done) {
        done(result);
    }
}

} // namespace voicepay

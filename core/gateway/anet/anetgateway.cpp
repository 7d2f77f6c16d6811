#include "anetgateway.h"

#include "anetreplyreader.h"
#include "anetrequestwriter.h"
#include "secure/securewipe.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAnetGateway, "voicepay.gateway.anet")

namespace voicepay {

namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

bool isChargeStatus(const QString& status)
{
    return status == u"capturedPendingSettlement" || status == u"authorizedPendingCapture"
        || status == u"settledSuccessfully" || status == u"FDSPendingReview"
        || status == u"FDSAuthorizedPendingReview";
}

} // namespace

struct AnetGateway::Submission
{
    QString invoice;
    Completion done;
    QByteArray body; // the charge request (card data): wiped as soon as the exchange is over
    QPointer<QNetworkReply> reply;
    QTimer timer;
    QElapsedTimer age; // since submission: the whole exchange has a budget
    Step step = Step::Charge;
    bool sent = false;
    bool timedOut = false;
    bool oversize = false;
    QByteArray received;
    int inquiries = 0;
    QString why; // what left the charge's fate unknown
    QString detailsFor; // the transaction being asked about

    ~Submission() { wipe(body); }
};

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
    m_pending.insert(s->invoice, s);
    qCInfo(lcAnetGateway).noquote() << "charging invoice" << s->invoice << request.amount.toDecimalString()
                                    << (request.cardNumber ? request.brand + QLatin1Char(' ')
                                                   + request.cardNumber->lastFour()
                                                           : QString());
    send(s, Step::Charge, std::move(body));
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
}

int AnetGateway::budgetMs() const
{
    return m_settings.connectTimeoutMs + 2 * m_settings.transferTimeoutMs;
}

int AnetGateway::remainingMs(const Submission& s, int timeoutMs) const
{
    // Inquiries share what is left of the budget, so the caller hears something within it.
    return int(std::clamp<qint64>(budgetMs() - s.age.elapsed(), 1, timeoutMs));
}

void AnetGateway::send(const std::shared_ptr<Submission>& s, Step step, QByteArray body)
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

    QNetworkReply* reply = nullptr;
    if (step == Step::Charge) {
        // The upload reads the request straight from this buffer, which is wiped once the exchange is over.
        wipe(s->body);
        s->body = std::move(body);
        auto* device = new QBuffer(&s->body);
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

void AnetGateway::finished(const std::shared_ptr<Submission>& s, QNetworkReply* reply)
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
        wipe(s->body);
        // Certain that nothing reached the gateway: it could not be reached, or its identity was refused
        // before any request byte was written. A time-out is never taken as proof: the request may have gone
        // out just before its "sent" notice arrived, so the gateway is asked instead.
        const bool nothingSent = !s->sent && !s->timedOut
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
    inquiryFinished(s, data, failure);
}

void AnetGateway::chargeFinished(
    const std::shared_ptr<Submission>& s, const QByteArray& data, const QString& failure)
{
    if (!failure.isEmpty()) {
        inquire(s, failure);
        return;
    }
    QString error;
    const std::optional<AnetReply> reply = AnetReplyReader::read(data, &error);
    if (!reply) {
        inquire(s, error);
        return;
    }
    if (!reply->refId.isEmpty() && reply->refId != s->invoice) {
        inquire(s, QStringLiteral("the reply names invoice %1").arg(reply->refId.left(20)));
        return;
    }
    if (reply->kind == AnetReply::Kind::Error) {
        // Refused as a whole (credentials, a request the gateway cannot read): no transaction was made.
        complete(s, reply->toGatewayResult());
        return;
    }
    if (reply->kind != AnetReply::Kind::CreateTransaction) {
        inquire(s, QStringLiteral("the reply to a charge is not a createTransactionResponse"));
        return;
    }
    if (reply->responseCode == u"3" && reply->reasonCode == u"11" && !reply->transactionId.isEmpty()
        && reply->transactionId != u"0") {
        s->why = QStringLiteral("a duplicate of transaction %1").arg(reply->transactionId);
        askDetails(s, reply->transactionId);
        return;
    }
    complete(s, reply->toGatewayResult());
}

void AnetGateway::inquire(const std::shared_ptr<Submission>& s, const QString& why)
{
    if (s->why.isEmpty()) {
        s->why = why;
        qCWarning(lcAnetGateway).noquote()
            << QStringLiteral("invoice %1: outcome unknown (%2); asking the gateway").arg(s->invoice, why);
    }
    if (++s->inquiries > inquiryAttempts || s->age.elapsed() >= budgetMs()) {
        complete(s,
            GatewayResult::error(
                QStringLiteral("the outcome of invoice %1 is unknown (%2) and the gateway could "
                               "not be asked (%3); check it before charging again")
                    .arg(s->invoice, s->why, why)));
        return;
    }
    QString error;
    send(s, Step::List, AnetRequestWriter::unsettledTransactionList(m_merchant, &error));
}

void AnetGateway::askDetails(const std::shared_ptr<Submission>& s, const QString& transactionId)
{
    s->detailsFor = transactionId;
    if (++s->inquiries > inquiryAttempts || s->age.elapsed() >= budgetMs()) {
        complete(s,
            GatewayResult::error(QStringLiteral("the outcome of invoice %1 is unknown (%2): transaction %3 "
                                                "could not be looked up; check it before charging again")
                                     .arg(s->invoice, s->why, transactionId)));
        return;
    }
    QString error;
    send(s, Step::Details, AnetRequestWriter::transactionDetails(m_merchant, transactionId, &error));
}

void AnetGateway::inquiryFinished(
    const std::shared_ptr<Submission>& s, const QByteArray& data, const QString& failure)
{
    QString error = failure;
    std::optional<AnetReply> reply;
    if (error.isEmpty()) {
        reply = AnetReplyReader::read(data, &error);
    }
    const AnetReply::Kind expected = s->step == Step::List ? AnetReply::Kind::UnsettledTransactionList
                                                           : AnetReply::Kind::TransactionDetails;
    if (reply && reply->kind != expected) {
        error = reply->messageText.isEmpty() ? QStringLiteral("an unexpected reply")
                                             : reply->messageCode + QLatin1Char(' ') + reply->messageText;
        reply.reset();
    }
    if (!reply) {
        if (s->step == Step::List) {
            inquire(s, error);
        } else {
            askDetails(s, s->detailsFor);
        }
        return;
    }
    if (s->step == Step::List) {
        const AnetTransactionSummary* found = nullptr;
        int charges = 0;
        for (const AnetTransactionSummary& t : reply->transactions) {
            if (t.invoiceNumber != s->invoice) {
                continue;
            }
            if (isChargeStatus(t.status)) {
                ++charges;
                if (!found || !isChargeStatus(found->status)) {
                    found = &t;
                }
            } else if (!found || !isChargeStatus(found->status)) {
                found = &t; // the latest non-charge, unless a charge turns up
            }
        }
        if (charges > 1) {
            qCCritical(lcAnetGateway).noquote()
                << "invoice" << s->invoice << "was charged" << charges << "times";
        }
        if (!found) {
            complete(s,
                GatewayResult::error(
                    QStringLiteral("no usable reply (%1); the gateway holds no transaction for "
                                   "invoice %2, so nothing was charged")
                        .arg(s->why, s->invoice)));
            return;
        }
        askDetails(s, found->transactionId);
        return;
    }
    if (!reply->invoiceNumber.isEmpty() && reply->invoiceNumber != s->invoice) {
        complete(s,
            GatewayResult::error(QStringLiteral("transaction %1 belongs to invoice %2, not %3")
                                     .arg(reply->transactionId, reply->invoiceNumber.left(20), s->invoice)));
        return;
    }
    GatewayResult result = reply->toGatewayResult();
    if (result.status == GatewayResult::Status::Error) {
        result.message = QStringLiteral("%1 (after %2)").arg(result.message, s->why);
    } else if (result.message.isEmpty()) {
        result.message = QStringLiteral("confirmed by the gateway after %1").arg(s->why);
    }
    complete(s, std::move(result));
}

void AnetGateway::complete(const std::shared_ptr<Submission>& s, GatewayResult result)
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
                                               : QStringLiteral("error"))
                                    << result.transactionId << result.message;
    Completion done = std::move(s->done);
    if (done) {
        done(result);
    }
}

} // namespace voicepay

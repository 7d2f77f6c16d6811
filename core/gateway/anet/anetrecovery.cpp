// AnetGateway's recovery after a charge whose fate is unknown, and its look-ups for reconciliation.
#include "anetgateway.h"
#include "anetreply.h"
#include "anetreplyreader.h"
#include "anetrequestwriter.h"
#include "anetsubmission.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAnetGateway)

namespace voicepay {

namespace {

constexpr int kDetailsRetryMs = 250;
// Lists come newest first: a page whose transactions are all this much older than the submission ends the
// list (the gateway's clock may differ a little from ours).
constexpr qint64 kClockSlackSecs = 60;

bool isChargeStatus(const QString& status)
{
    return status == u"capturedPendingSettlement" || status == u"authorizedPendingCapture"
        || status == u"settledSuccessfully" || status == u"FDSPendingReview"
        || status == u"FDSAuthorizedPendingReview";
}

} // namespace

void AnetGateway::lookUp(const Lookup& lookup, Completion done)
{
    if (m_pending.contains(lookup.invoiceNumber)) {
        done(GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable,
            QStringLiteral("invoice %1 is being charged right now").arg(lookup.invoiceNumber)));
        return;
    }
    auto s = std::make_shared<Submission>();
    s->invoice = lookup.invoiceNumber;
    s->transactionId = lookup.transactionId;
    s->submittedUtc = lookup.submittedUtc.isValid() ? lookup.submittedUtc : QDateTime::currentDateTimeUtc();
    s->why = QStringLiteral("reconciliation");
    s->lookUpOnly = true;
    s->done = std::move(done);
    s->age.start();
    m_pending.insert(s->invoice, s);
    search(s);
}

void AnetGateway::recover(const SubmissionPtr& s, const QString& why)
{
    if (s->why.isEmpty()) {
        s->why = why;
        qCWarning(lcAnetGateway).noquote()
            << QStringLiteral("invoice %1: outcome unknown (%2); recovering").arg(s->invoice, why);
    }
    // The same request again, only while the gateway's duplicate window will still recognise it: inside the
    // window a charge that went through answers as a duplicate and is not made twice.
    const qint64 windowMs = qint64(m_settings.duplicateWindowSeconds) * 1000;
    const qint64 resendEndsMs = s->age.elapsed() + m_settings.connectTimeoutMs + m_settings.transferTimeoutMs;
    if (!s->body.isEmpty() && s->resends < maxResends && resendEndsMs < windowMs
        && budgetMs(*s) - s->age.elapsed() > m_settings.connectTimeoutMs) {
        ++s->resends;
        qCInfo(lcAnetGateway).noquote() << "invoice" << s->invoice << "sent again (same invoice)";
        send(s, Step::Charge, QByteArray());
        return;
    }
    wipe(s->body);
    search(s);
}

void AnetGateway::search(const SubmissionPtr& s)
{
    wipe(s->body);
    s->page = 1;
    s->seen = 0;
    if (!s->transactionId.isEmpty()) {
        askDetails(s);
    } else {
        askUnsettled(s);
    }
}

void AnetGateway::askDetails(const SubmissionPtr& s)
{
    QString error;
    send(s, Step::Details, AnetRequestWriter::transactionDetails(m_merchant, s->transactionId, &error));
}

void AnetGateway::askUnsettled(const SubmissionPtr& s)
{
    QString error;
    send(s, Step::Unsettled,
        AnetRequestWriter::unsettledTransactionList(m_merchant, s->page, pageSize, &error));
}

void AnetGateway::askBatches(const SubmissionPtr& s)
{
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    send(s, Step::Batches,
        AnetRequestWriter::settledBatchList(
            m_merchant, s->submittedUtc.addSecs(-kClockSlackSecs), now.addSecs(kClockSlackSecs), &error));
}

void AnetGateway::askBatchTransactions(const SubmissionPtr& s)
{
    QString error;
    send(s, Step::BatchTransactions,
        AnetRequestWriter::transactionList(m_merchant, s->batches.at(s->batch), s->page, pageSize, &error));
}

bool AnetGateway::retryOrGiveUp(const SubmissionPtr& s, const QString& why)
{
    if (++s->failures <= inquiryAttempts && s->age.elapsed() < budgetMs(*s)) {
        return true;
    }
    GatewayResult r = GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable,
        QStringLiteral("the outcome of invoice %1 is unknown (%2) and the gateway could not be asked (%3); "
                       "check it before charging again (reconciliation settles it)")
            .arg(s->invoice, s->why, why));
    r.transactionId = s->transactionId;
    complete(s, std::move(r));
    return false;
}

void AnetGateway::notFound(const SubmissionPtr& s)
{
    GatewayResult r = GatewayResult::unconfirmed(GatewayResult::Confirmation::NotFound,
        s->transactionId.isEmpty()
            ? QStringLiteral("the outcome of invoice %1 is unknown (%2) and the gateway lists no transaction "
                             "for it yet; do not charge again until it is reconciled")
                  .arg(s->invoice, s->why)
            : QStringLiteral("the outcome of invoice %1 is unknown (%2): transaction %3 cannot be looked up "
                             "yet; do not charge again until it is reconciled")
                  .arg(s->invoice, s->why, s->transactionId));
    r.transactionId = s->transactionId;
    complete(s, std::move(r));
}

void AnetGateway::lookUpFinished(const SubmissionPtr& s, const QByteArray& data, const QString& failure)
{
    QString error = failure;
    std::optional<AnetReply> reply;
    if (error.isEmpty()) {
        reply = AnetReplyReader::read(data, &error);
    }
    if (reply && s->step == Step::Details && reply->kind == AnetReply::Kind::Error
        && reply->messageCode == u"E00040") {
        // The gateway named this transaction (a duplicate), but does not show it yet: it is still being
        // processed. Ask again while the budget lasts.
        if (s->age.elapsed() + kDetailsRetryMs + m_settings.transferTimeoutMs / 4 >= budgetMs(*s)) {
            notFound(s);
            return;
        }
        std::weak_ptr<Submission> weak = s;
        QTimer::singleShot(kDetailsRetryMs, this, [this, weak] {
            if (auto sub = weak.lock(); sub && m_pending.value(sub->invoice) == sub) {
                askDetails(sub);
            }
        });
        return;
    }
    const AnetReply::Kind expected = s->step == Step::Details ? AnetReply::Kind::TransactionDetails
        : s->step == Step::Unsettled                          ? AnetReply::Kind::UnsettledTransactionList
        : s->step == Step::Batches                            ? AnetReply::Kind::SettledBatchList
                                                              : AnetReply::Kind::TransactionList;
    if (reply && reply->kind != expected) {
        error = reply->messageText.isEmpty() ? QStringLiteral("an unexpected reply")
                                             : reply->messageCode + QLatin1Char(' ') + reply->messageText;
        reply.reset();
    }
    if (!reply) {
        if (!retryOrGiveUp(s, error)) {
            return;
        }
        switch (s->step) {
        case Step::Details:
            askDetails(s);
            break;
        case Step::Unsettled:
            askUnsettled(s);
            break;
        case Step::Batches:
            askBatches(s);
            break;
        case Step::BatchTransactions:
            askBatchTransactions(s);
            break;
        case Step::Charge:
            break;
        }
        return;
    }
    if (s->step == Step::Details) {
        detailed(s, *reply);
    } else if (s->step == Step::Batches) {
        s->batches = reply->batchIds;
        s->batch = 0;
        s->page = 1;
        s->seen = 0;
        if (s->batches.isEmpty()) {
            notFound(s);
        } else {
            askBatchTransactions(s);
        }
    } else {
        listed(s, *reply);
    }
}

void AnetGateway::listed(const SubmissionPtr& s, const AnetReply& reply)
{
    const AnetTransactionSummary* found = nullptr;
    int charges = 0;
    bool older = !reply.transactions.isEmpty();
    for (const AnetTransactionSummary& t : reply.transactions) {
        older
            = older && t.submittedUtc.isValid() && t.submittedUtc < s->submittedUtc.addSecs(-kClockSlackSecs);
        if (t.invoiceNumber != s->invoice) {
            continue;
        }
        if (isChargeStatus(t.status)) {
            ++charges;
            if (!found || !isChargeStatus(found->status)) {
                found = &t;
            }
        } else if (!found) {
            found = &t;
        }
    }
    if (charges > 1) {
        qCCritical(lcAnetGateway).noquote() << "invoice" << s->invoice << "was charged" << charges << "times";
    }
    if (found) {
        s->transactionId = found->transactionId;
        askDetails(s);
        return;
    }
    s->seen += reply.transactions.size();
    if (s->page == 1) {
        s->firstPage = reply.transactions.size();
    }
    // A page shorter than the first is the last (the gateway may answer fewer than asked for per page).
    const bool more = !reply.transactions.isEmpty() && reply.transactions.size() >= s->firstPage && !older
        && (reply.totalInResultSet < 0 || s->seen < reply.totalInResultSet) && s->page < maxPages;
    if (more) {
        ++s->page;
        s->step == Step::Unsettled ? askUnsettled(s) : askBatchTransactions(s);
        return;
    }
    s->page = 1;
    s->seen = 0;
    if (s->step == Step::Unsettled) {
        askBatches(s);
        return;
    }
    if (++s->batch < s->batches.size()) {
        askBatchTransactions(s);
        return;
    }
    notFound(s);
}

void AnetGateway::detailed(const SubmissionPtr& s, const AnetReply& reply)
{
    if (!reply.invoiceNumber.isEmpty() && reply.invoiceNumber != s->invoice) {
        complete(s,
            GatewayResult::error(QStringLiteral("transaction %1 belongs to invoice %2, not %3")
                                     .arg(reply.transactionId, reply.invoiceNumber.left(20), s->invoice)));
        return;
    }
    GatewayResult result = reply.toGatewayResult();
    if (result.status == GatewayResult::Status::Error) {
        result.message = QStringLiteral("%1 (after %2)").arg(result.message, s->why);
    } else if (result.message.isEmpty()) {
        result.message = QStringLiteral("confirmed by the gateway after %1").arg(s->why);
    }
    complete(s, std::move(result));
}

} // namespace voicepay

#include "journalreconciler.h"

#include "admin/adminschema.h"
#include "admin/auditlog.h"
#include "gateway/paymentgateway.h"
#include "sessionamender.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcReconcile, "voicepay.journal.reconcile")

namespace voicepay {

namespace {

GatewayResult lookUpBlocking(PaymentGateway& gateway, const JournalEntry& e)
{
    // The answer is shared with the completion: a thread told to stop (QThread::quit) ends this loop before
    // the gateway answers, and the answer may then come after this function has returned.
    auto answer = std::make_shared<std::optional<GatewayResult>>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    PaymentGateway::Lookup lookup { e.invoice, e.transactionId,
        QDateTime::fromMSecsSinceEpoch(e.submittedAtMs, Qt::UTC) };
    gateway.lookUp(lookup, [answer, waiting](const GatewayResult& r) {
        *answer = r;
        if (waiting) {
            waiting->quit();
        }
    });
    if (!*answer) {
        loop.exec();
    }
    if (!*answer) {
        return GatewayResult::unconfirmed(GatewayResult::Confirmation::Unreachable,
            QStringLiteral("the look-up was interrupted: the program is stopping"));
    }
    return **answer;
}

std::optional<ChargeResolution> resolutionOf(const GatewayResult& r, qint64 ageMs, const ReconcileOptions& o)
{
    switch (r.status) {
    case GatewayResult::Status::Approved:
        return ChargeResolution::Charged;
    case GatewayResult::Status::Declined:
        return ChargeResolution::Declined;
    case GatewayResult::Status::Error:
        break;
    }
    switch (r.confirmation) {
    case GatewayResult::Confirmation::Final:
        return ChargeResolution::NotCharged; // the gateway holds the attempt as an error: no charge
    case GatewayResult::Confirmation::NotFound:
        if (r.transactionId.isEmpty() && ageMs >= o.notFoundAfterMs) {
            return ChargeResolution::NotCharged;
        }
        return std::nullopt;
    case GatewayResult::Confirmation::HeldForReview:
    case GatewayResult::Confirmation::Unreachable:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QJsonObject ReconcileChange::toJson() const
{
    return QJsonObject { { QStringLiteral("invoice"), invoice }, { QStringLiteral("sessionId"), sessionId },
        { QStringLiteral("before"), before }, { QStringLiteral("after"), after },
        { QStringLiteral("transactionId"), transactionId }, { QStringLiteral("resolution"), resolution },
        { QStringLiteral("sessionBefore"), sessionBefore },
        { QStringLiteral("sessionAfter"), sessionAfter } };
}

ReconcileReport reconcileJournal(PaymentJournal& journal, PaymentGateway& gateway, const ReconcileOptions& o)
{
    ReconcileReport report;
    auto now = [&o] { return o.nowMs ? o.nowMs() : QDateTime::currentMSecsSinceEpoch(); };
    QSqlDatabase db = journal.connection().database();
    QString error;
    if (!AdminSchema::migrate(db, &error)) {
        report.problems << QStringLiteral("the audit trail cannot be opened: ") + error;
        return report;
    }
    SessionAmender amender(journal.connection());
    QList<JournalEntry> rows = journal.entries(JournalState::open(), o.limit);
    rows << journal.approvedWithoutSession(now() - o.quietMs, o.limit);
    for (const JournalEntry& e : rows) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            // The program is stopping: what is left stays open for the next start.
            ++report.stillOpen;
            continue;
        }
        if ((!o.merchantLogin.isEmpty() && e.merchantLogin != o.merchantLogin)
            || now() - e.updatedAtMs < o.quietMs) {
            ++report.stillOpen;
            continue;
        }
        // An approved row needs no question, only its session.
        const GatewayResult r = e.state == JournalState::approved() ? GatewayResult::approved(e.transactionId)
                                                                    : lookUpBlocking(gateway, e);
        const std::optional<ChargeResolution> resolution = resolutionOf(r, now() - e.submittedAtMs, o);
        ReconcileChange c { e.invoice, e.sessionId, e.state, JournalState::reconciled(),
            r.transactionId.isEmpty() ? e.transactionId : r.transactionId, QString(), QString(), QString() };
        if (!resolution) {
            ++report.stillOpen;
            if (r.confirmation == GatewayResult::Confirmation::Unreachable) {
                report.problems << QStringLiteral("invoice %1: %2").arg(e.invoice, r.message);
            }
            if (e.state == JournalState::submitted() && (r.isHeldForReview() || !r.transactionId.isEmpty())) {
                // The gateway knows the charge but has not settled it: the row is unknown, no longer in
                // flight.
                journal.update(
                    e.invoice, JournalState::unknown(), r.transactionId, QString(), r.message, now(), &error);
            }
            continue;
        }
        c.resolution = chargeResolutionName(*resolution);
        if (!amender.amend(
                e, *resolution, c.transactionId, now(), &c.sessionBefore, &c.sessionAfter, &error)) {
            ++report.stillOpen;
            report.problems << QStringLiteral("session %1 of invoice %2 not updated: %3")
                                   .arg(e.sessionId, e.invoice, error);
            continue;
        }
        if (!journal.update(e.invoice, JournalState::reconciled(), c.transactionId, c.resolution, r.message,
                now(), &error)) {
            ++report.stillOpen;
            report.problems << QStringLiteral("invoice %1 not marked reconciled: %2").arg(e.invoice, error);
            continue;
        }
        if (!o.audit) {
            report.problems << QStringLiteral("invoice %1 reconciled but not audited: no audit trail given")
                                   .arg(e.invoice);
        } else if (!o.audit->append(o.actor, QStringLiteral("payment_reconciled"), c.toJson(),
                       QStringLiteral("ok"), now(), &error)) {
            report.problems
                << QStringLiteral("invoice %1 reconciled but not audited: %2").arg(e.invoice, error);
        }
        qCInfo(lcReconcile).noquote()
            << "invoice" << e.invoice << e.state << "->" << c.resolution << c.transactionId << "session"
            << c.sessionBefore << "->" << c.sessionAfter;
        report.changes << c;
    }
    return report;
}

} // namespace voicepay

#include "sessionamender.h"

#include "store/batchwriter.h"
#include "store/rollupdelta.h"
#include "store/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {

QString targetOutcome(const QString& current, ChargeResolution resolution)
{
    switch (resolution) {
    case ChargeResolution::Charged:
        return QStringLiteral("success");
    case ChargeResolution::Declined:
        return current == u"pending" ? QStringLiteral("declined_max") : current;
    case ChargeResolution::NotCharged:
        return current == u"pending" ? QStringLiteral("technical_error") : current;
    }
    return current;
}

// The fields of a stored session its rollup rows are keyed and counted by, from the query in amend().
SessionRecord rollupFieldsOf(const QSqlQuery& q)
{
    SessionRecord r;
    r.site = q.value(1).toString();
    r.configVersion = q.value(2).toString();
    r.callType = q.value(3).toString();
    r.startedAtMs = q.value(4).toLongLong();
    r.outcome = q.value(5).toString();
    r.exit = q.value(6).toString();
    r.brand = q.value(7).toString();
    r.durationMs = q.value(8).toLongLong();
    r.attempts = q.value(9).toInt();
    r.declines = q.value(10).toInt();
    r.lastStep = q.value(11).toString();
    r.isTest = q.value(12).toInt() != 0;
    return r;
}

} // namespace

QString chargeResolutionName(ChargeResolution resolution)
{
    switch (resolution) {
    case ChargeResolution::Charged:
        return QStringLiteral("charged");
    case ChargeResolution::Declined:
        return QStringLiteral("declined");
    case ChargeResolution::NotCharged:
        return QStringLiteral("not_charged");
    }
    return QString();
}

SessionAmender::SessionAmender(StoreConnection& connection)
    : m_connection(connection)
{
}

bool SessionAmender::amend(const JournalEntry& e, ChargeResolution resolution, const QString& transactionId,
    qint64 nowMs, QString* before, QString* after, QString* error)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = db.lastError().text().trimmed();
        return false;
    }
    auto fail = [&](const QString& why) {
        *error = why;
        db.rollback();
        return false;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT seq, site, config_version, call_type, started_at, outcome, call_exit, brand, "
        "duration_ms, attempts, declines, last_step, is_test FROM sessions WHERE session_id = ?"));
    q.addBindValue(e.sessionId);
    if (!q.exec()) {
        return fail(q.lastError().text().trimmed());
    }
    if (!q.next()) {
        db.rollback();
        before->clear();
        return store(e, resolution, transactionId, nowMs, after, error);
    }
    const qint64 seq = q.value(0).toLongLong();
    const SessionRecord old = rollupFieldsOf(q);
    q.finish();
    *before = old.outcome;
    SessionRecord now = old;
    now.outcome = targetOutcome(old.outcome, resolution);
    *after = now.outcome;
    if (now.outcome == old.outcome) {
        db.rollback();
        return true;
    }
    const QString reason = resolution == ChargeResolution::Charged
        ? QStringLiteral("approved (transaction %1), confirmed by reconciliation").arg(transactionId)
        : QStringLiteral("%1 after review, found by reconciliation").arg(chargeResolutionName(resolution));
    q.prepare(QStringLiteral("UPDATE sessions SET outcome = ?, reason = ? WHERE seq = ?"));
    q.addBindValue(now.outcome);
    q.addBindValue(reason);
    q.addBindValue(seq);
    if (!q.exec()) {
        return fail(q.lastError().text().trimmed());
    }
    q.prepare(
        QStringLiteral("INSERT INTO events (session_seq, idx, at_ms, kind, step, detail) SELECT ?, "
                       "COALESCE(MAX(idx), -1) + 1, ?, ?, 'authorize', ? FROM events WHERE session_seq = ?"));
    q.addBindValue(seq);
    q.addBindValue(nowMs);
    q.addBindValue(resolution == ChargeResolution::Charged ? QStringLiteral("gateway_approved")
                                                           : QStringLiteral("gateway_declined"));
    q.addBindValue(sqlText(transactionId));
    q.addBindValue(seq);
    if (!q.exec()) {
        return fail(q.lastError().text().trimmed());
    }
    RollupDelta delta;
    delta.add(old, -1);
    delta.add(now, +1);
    QString why;
    if (!delta.write(db, m_connection.backend(), &why)) {
        return fail(why);
    }
    if (!db.commit()) {
        return fail(db.lastError().text().trimmed());
    }
    return true;
}

bool SessionAmender::store(const JournalEntry& e, ChargeResolution resolution, const QString& transactionId,
    qint64 nowMs, QString* after, QString* error)
{
    SessionRecord r;
    r.sessionId = e.sessionId;
    r.site = e.site;
    r.callType = e.callType.isEmpty() ? QStringLiteral("ivr") : e.callType;
    r.configVersion = e.configVersion;
    r.startedAtMs = e.submittedAtMs;
    r.endedAtMs = e.submittedAtMs;
    r.outcome = resolution == ChargeResolution::Charged ? QStringLiteral("success")
        : resolution == ChargeResolution::Declined      ? QStringLiteral("declined_max")
                                                        : QStringLiteral("technical_error");
    r.exit = QStringLiteral("disconnect");
    r.amount = e.amount;
    r.currency = e.currency;
    r.brand = e.brand;
    r.last4 = e.last4;
    r.attempts = 1;
    r.declines = resolution == ChargeResolution::Declined ? 1 : 0;
    r.reason
        = QStringLiteral("the call ended while its payment was being authorised; reconciliation found it %1")
              .arg(chargeResolutionName(resolution));
    r.lastStep = QStringLiteral("authorize");
    r.path = QStringList { QStringLiteral("authorize"), r.outcome };
    r.events << StoredEvent { e.submittedAtMs, QStringLiteral("gateway_submitted"),
        QStringLiteral("authorize"), e.invoice };
    if (resolution == ChargeResolution::Charged) {
        r.events << StoredEvent { nowMs, QStringLiteral("gateway_approved"), QStringLiteral("authorize"),
            transactionId };
    }
    BatchWriter writer(m_connection);
    const auto stored = writer.write({ r }, error);
    if (!stored) {
        return false;
    }
    if (stored->isEmpty()) {
        // The call's own record arrived meanwhile: bring that one in line instead.
        QString before;
        return amend(e, resolution, transactionId, nowMs, &before, after, error);
    }
    *after = r.outcome;
    return true;
}

} // namespace voicepay

#include "batchwriter.h"

#include "rollupdelta.h"
#include "sqltext.h"

#include <QSqlError>

namespace voicepay {

BatchWriter::BatchWriter(StoreConnection& connection)
    : m_connection(connection)
{
}

bool BatchWriter::prepare(QString* error)
{
    if (m_session) {
        return true;
    }
    QSqlDatabase db = m_connection.database();
    QSqlQuery session(db);
    if (!session.prepare(QStringLiteral(
            "INSERT INTO sessions (session_id, site, call_type, config_version, started_at, ended_at, outcome, "
            "call_exit, amount, currency, brand, last4, declines, attempts, duration_ms, reason, last_step, "
            "decline_reasons, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (session_id) DO NOTHING RETURNING seq"))) {
        *error = session.lastError().text().trimmed();
        return false;
    }
    QSqlQuery event(db);
    if (!event.prepare(QStringLiteral("INSERT INTO events (session_id, idx, at_ms, kind, step, detail) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"))) {
        *error = event.lastError().text().trimmed();
        return false;
    }
    m_session = std::move(session);
    m_event = std::move(event);
    return true;
}

std::optional<QList<CommittedSession>> BatchWriter::write(const QList<SessionRecord>& batch, QString* error)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = db.lastError().text().trimmed();
        m_session.reset(); // a lost connection invalidates the prepared statements
        m_event.reset();
        return std::nullopt;
    }
    auto fail = [&](const QString& why) -> std::optional<QList<CommittedSession>> {
        *error = why;
        db.rollback();
        m_session.reset();
        m_event.reset();
        return std::nullopt;
    };
    if (!prepare(error)) {
        return fail(*error);
    }
    QSqlQuery& s = *m_session;
    QSqlQuery& e = *m_event;
    RollupDelta delta;
    QList<CommittedSession> stored;
    for (const SessionRecord& r : batch) {
        s.bindValue(0, sqlText(r.sessionId));
        s.bindValue(1, sqlText(r.site));
        s.bindValue(2, sqlText(r.callType));
        s.bindValue(3, sqlText(r.configVersion));
        s.bindValue(4, r.startedAtMs);
        s.bindValue(5, r.endedAtMs);
        s.bindValue(6, sqlText(r.outcome));
        s.bindValue(7, sqlText(r.exit));
        s.bindValue(8, sqlText(r.amount));
        s.bindValue(9, sqlText(r.currency));
        s.bindValue(10, sqlText(r.brand));
        s.bindValue(11, sqlText(r.last4));
        s.bindValue(12, r.declines);
        s.bindValue(13, r.attempts);
        s.bindValue(14, r.durationMs);
        s.bindValue(15, sqlText(r.reason));
        s.bindValue(16, sqlText(r.lastStep));
        s.bindValue(17, sqlText(r.declineReasons.join(QLatin1Char(','))));
        s.bindValue(18, sqlText(r.path.join(QLatin1Char(' '))));
        if (!s.exec()) {
            return fail(s.lastError().text().trimmed());
        }
        if (!s.next()) {
            continue; // stored before
        }
        const qint64 seq = s.value(0).toLongLong();
        s.finish();
        for (qsizetype i = 0; i < r.events.size(); ++i) {
            const StoredEvent& ev = r.events.at(i);
            e.bindValue(0, sqlText(r.sessionId));
            e.bindValue(1, int(i));
            e.bindValue(2, ev.atMs);
            e.bindValue(3, sqlText(ev.kind));
            e.bindValue(4, sqlText(ev.step));
            e.bindValue(5, sqlText(ev.detail));
            if (!e.exec()) {
                return fail(e.lastError().text().trimmed());
            }
        }
        delta.add(r);
        stored << CommittedSession { r.sessionId, seq };
    }
    if (!delta.write(db, error)) {
        return fail(*error);
    }
    const QString notify = m_connection.backend().commitNotification();
    if (!stored.isEmpty() && !notify.isEmpty()) {
        QSqlQuery n(db);
        if (!n.exec(notify)) {
            return fail(n.lastError().text().trimmed());
        }
    }
    if (!db.commit()) {
        return fail(db.lastError().text().trimmed());
    }
    return stored;
}

} // namespace voicepay

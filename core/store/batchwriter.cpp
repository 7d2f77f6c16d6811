#include "batchwriter.h"

#include "rollupdelta.h"
#include "sqlitebatchwriter.h"
#include "sqltext.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

BatchWriter::BatchWriter(StoreConnection& connection)
    : m_connection(connection)
{
    if (sqlite3* handle = sqliteHandle(connection.database())) {
        m_sqlite = std::make_unique<SqliteBatchWriter>(handle);
    }
}

BatchWriter::~BatchWriter() = default;

void BatchWriter::setWalCheckpointPages(int pages)
{
    if (m_sqlite) {
        m_sqlite->setWalCheckpointPages(pages);
    }
}

namespace {
constexpr int kSessionColumns = 20;
constexpr int kEventColumns = 6;
constexpr int kReplayColumns = 2;
constexpr int kRefColumns = 3;
} // namespace

void BatchWriter::prepareStatements()
{
    m_sessions.emplace(
        QStringLiteral("INSERT INTO sessions (session_id, site, call_type, config_version, "
                       "started_at, ended_at, outcome, call_exit, amount, currency, brand, last4, "
                       "declines, attempts, duration_ms, reason, last_step, decline_reasons, path, is_test)"),
        kSessionColumns, QStringLiteral("ON CONFLICT (session_id) DO NOTHING RETURNING session_id, seq"),
        m_connection.backend().insertChunkRows(kSessionColumns));
    m_events.emplace(QStringLiteral("INSERT INTO events (session_seq, idx, at_ms, kind, step, detail)"),
        kEventColumns, QString(), m_connection.backend().insertChunkRows(kEventColumns));
    m_replays.emplace(QStringLiteral("INSERT INTO replays (session_seq, body)"), kReplayColumns, QString(),
        m_connection.backend().insertChunkRows(kReplayColumns));
    m_refs.emplace(QStringLiteral("INSERT INTO session_refs (kind, ref, session_seq)"), kRefColumns,
        QStringLiteral("ON CONFLICT DO NOTHING"), m_connection.backend().insertChunkRows(kRefColumns));
}

bool BatchWriter::insertSessions(
    QSqlDatabase& db, const QList<SessionRecord>& batch, QHash<QString, qint64>& inserted, QString* error)
{
    const auto collect = [&inserted](const QSqlQuery& q) {
        inserted.insert(q.value(0).toString(), q.value(1).toLongLong());
    };
    for (const SessionRecord& r : batch) {
        const QVariantList row { sqlText(r.sessionId), sqlText(r.site), sqlText(r.callType),
            sqlText(r.configVersion), r.startedAtMs, r.endedAtMs, sqlText(r.outcome), sqlText(r.exit),
            sqlText(r.amount), sqlText(r.currency), sqlText(r.brand), sqlText(r.last4), r.declines,
            r.attempts, r.durationMs, sqlText(r.reason), sqlText(r.lastStep),
            sqlText(r.declineReasons.join(QLatin1Char(','))), sqlText(r.path.join(QLatin1Char(' '))),
            r.isTest ? 1 : 0 };
        if (!m_sessions->add(db, row, error, collect)) {
            return false;
        }
    }
    return m_sessions->finish(db, error, collect);
}

bool BatchWriter::insertDetails(QSqlDatabase& db, const QList<SessionRecord>& batch,
    QHash<QString, qint64>& inserted, QList<CommittedSession>& stored, RollupDelta& delta, QString* error)
{
    for (const SessionRecord& r : batch) {
        const auto it = inserted.constFind(r.sessionId);
        if (it == inserted.constEnd() || it.value() == 0) {
            continue; // stored before (or twice in this batch)
        }
        const qint64 seq = it.value();
        stored << CommittedSession { r.sessionId, seq };
        inserted[r.sessionId] = 0;
        for (qsizetype i = 0; i < r.events.size(); ++i) {
            const StoredEvent& ev = r.events.at(i);
            if (!m_events->add(db,
                    { seq, int(i), ev.atMs, sqlText(ev.kind), sqlText(ev.step), sqlText(ev.detail) },
                    error)) {
                return false;
            }
        }
        if (r.hasReplay()
            && !m_replays->add(
                db, { seq, r.storedReplay.isEmpty() ? r.replay.toStored() : r.storedReplay }, error)) {
            return false;
        }
        for (const auto& [kind, ref] : SessionRecord::searchRefs(r)) {
            if (!m_refs->add(db, { sqlText(kind), sqlText(ref), seq }, error)) {
                return false;
            }
        }
        delta.add(r);
    }
    return m_events->finish(db, error) && m_replays->finish(db, error) && m_refs->finish(db, error);
}

std::optional<QList<CommittedSession>> BatchWriter::write(const QList<SessionRecord>& batch, QString* error)
{
    if (m_sqlite) {
        return m_sqlite->write(batch, error);
    }
    QSqlDatabase db = m_connection.database();
    if (!m_sessions) {
        prepareStatements();
    }
    auto fail = [&](const QString& why) -> std::optional<QList<CommittedSession>> {
        *error = why;
        db.rollback();
        // A lost connection invalidates the prepared statements.
        m_sessions.reset();
        m_events.reset();
        m_replays.reset();
        m_refs.reset();
        return std::nullopt;
    };
    if (!db.transaction()) {
        return fail(db.lastError().text().trimmed());
    }
    // Sessions first: RETURNING names the ones not stored before, whose events and rollups follow.
    QHash<QString, qint64> inserted;
    RollupDelta delta;
    QList<CommittedSession> stored;
    if (!insertSessions(db, batch, inserted, error)
        || !insertDetails(db, batch, inserted, stored, delta, error)
        || !delta.write(db, m_connection.backend(), error)) {
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
    // Sessions come back from RETURNING in no promised order: report them in sequence order.
    std::sort(stored.begin(), stored.end(),
        [](const CommittedSession& a, const CommittedSession& b) { return a.seq < b.seq; });
    return stored;
}

bool BatchWriter::writeLive(const QList<LiveStart>& started, const QStringList& ended,
    const QHash<QString, QString>& steps, const QString& writer, qint64 nowMs, bool leaving, QString* error)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = db.lastError().text().trimmed();
        return false;
    }
    QSqlQuery q(db);
    auto run = [&q, error](const QString& sql, const QVariantList& values) {
        if (!q.prepare(sql)) {
            *error = q.lastError().text().trimmed();
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            q.bindValue(i, values.at(i));
        }
        if (!q.exec()) {
            *error = q.lastError().text().trimmed();
            return false;
        }
        return true;
    };
    bool ok = true;
    if (leaving) {
        ok = run(QStringLiteral("DELETE FROM live_calls WHERE writer = ?"), { writer })
            && run(QStringLiteral("DELETE FROM live_writers WHERE writer = ?"), { writer });
    } else {
        for (const LiveStart& s : started) {
            ok = ok
                && run(
                    QStringLiteral("INSERT INTO live_calls (session_id, writer, site, call_type, started_at, "
                                   "is_test, channel, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (session_id) DO NOTHING"),
                    { sqlText(s.sessionId), writer, sqlText(s.site), sqlText(s.callType), s.atMs,
                        s.isTest ? 1 : 0, sqlText(s.channel), sqlText(s.step) });
        }
        for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
            ok = ok
                && run(QStringLiteral("UPDATE live_calls SET step = ? WHERE session_id = ?"),
                    { sqlText(it.value()), sqlText(it.key()) });
        }
        for (const QString& id : ended) {
            ok = ok && run(QStringLiteral("DELETE FROM live_calls WHERE session_id = ?"), { id });
        }
        ok = ok
            && run(QStringLiteral("INSERT INTO live_writers (writer, seen_at) VALUES (?, ?) "
                                  "ON CONFLICT (writer) DO UPDATE SET seen_at = excluded.seen_at"),
                { writer, nowMs });
        // What a killed writer left no longer counts (its heartbeat stopped); remove it so that it cannot
        // come back to count and the table does not grow with every crash.
        const qint64 deadBefore = nowMs - kLiveHeartbeatAgeMs;
        ok = ok
            && run(QStringLiteral("DELETE FROM live_calls WHERE writer IN "
                                  "(SELECT writer FROM live_writers WHERE seen_at < ?)"),
                { deadBefore })
            && run(QStringLiteral("DELETE FROM live_writers WHERE seen_at < ?"), { deadBefore });
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text().trimmed();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace voicepay

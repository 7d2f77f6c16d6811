#include "sqlitebatchwriter.h"

#include "rollupdelta.h"

#include <sqlite3.h>

namespace voicepay {

SqliteBatchWriter::SqliteBatchWriter(sqlite3* db)
    : m_db(db)
{
}

bool SqliteBatchWriter::exec(const char* sql, QString* error)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SqliteBatchWriter::prepare(QString* error)
{
    if (m_session.isPrepared()) {
        return true;
    }
    if (m_walCheckpointPages > 0
        && !exec(
            QByteArray("PRAGMA wal_autocheckpoint=" + QByteArray::number(m_walCheckpointPages)).constData(),
            error)) {
        return false;
    }
    auto upsert = [](const RollupDelta::UpsertSql& sql) -> QString {
        QString values = QStringLiteral(" VALUES (?");
        for (int c = 1; c < sql.columns; ++c) {
            values += QStringLiteral(", ?");
        }
        return sql.head + values + QStringLiteral(") ") + sql.tail;
    };
    bool ok
        = m_session.prepare(m_db,
              QStringLiteral("INSERT INTO sessions (session_id, site, call_type, config_version, "
                             "started_at, ended_at, outcome, call_exit, amount, currency, brand, last4, "
                             "declines, attempts, duration_ms, reason, last_step, decline_reasons, path, "
                             "is_test) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (session_id) DO NOTHING"),
              error)
        && m_event.prepare(m_db,
            QStringLiteral(
                "INSERT INTO events (session_seq, idx, at_ms, kind, step, detail) VALUES (?, ?, ?, ?, ?, ?)"),
            error)
        && m_replay.prepare(
            m_db, QStringLiteral("INSERT INTO replays (session_seq, body) VALUES (?, ?)"), error)
        && m_ref.prepare(m_db,
            QStringLiteral("INSERT INTO session_refs (kind, ref, session_seq) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            error);
    int i = 0;
    for (Granularity g : allGranularities()) {
        ok = ok && m_rollups[size_t(i++)].prepare(m_db, upsert(RollupDelta::cubeSql(g)), error)
            && m_rollups[size_t(i++)].prepare(m_db, upsert(RollupDelta::countsSql(g)), error)
            && m_rollups[size_t(i++)].prepare(m_db, upsert(RollupDelta::durationsSql(g)), error);
    }
    if (!ok) {
        m_session.finalize();
    }
    return ok;
}

bool SqliteBatchWriter::insertSession(const SessionRecord& r, QString* error)
{
    SqliteStatement& s = m_session;
    s.bind(1, r.sessionId);
    s.bind(2, r.site);
    s.bind(3, r.callType);
    s.bind(4, r.configVersion);
    s.bind(5, r.startedAtMs);
    s.bind(6, r.endedAtMs);
    s.bind(7, r.outcome);
    s.bind(8, r.exit);
    s.bind(9, r.amount);
    s.bind(10, r.currency);
    s.bind(11, r.brand);
    s.bind(12, r.last4);
    s.bind(13, qint64(r.declines));
    s.bind(14, qint64(r.attempts));
    s.bind(15, r.durationMs);
    s.bind(16, r.reason);
    s.bind(17, r.lastStep);
    s.bind(18, r.declineReasons.join(QLatin1Char(',')));
    s.bind(19, r.path.join(QLatin1Char(' ')));
    s.bind(20, qint64(r.isTest ? 1 : 0));
    return s.run(error);
}

bool SqliteBatchWriter::insertDetails(const SessionRecord& r, qint64 seq, QString* error)
{
    for (qsizetype i = 0; i < r.events.size(); ++i) {
        const StoredEvent& ev = r.events.at(i);
        m_event.bind(1, seq);
        m_event.bind(2, qint64(i));
        m_event.bind(3, ev.atMs);
        m_event.bind(4, ev.kind);
        m_event.bind(5, ev.step);
        m_event.bind(6, ev.detail);
        if (!m_event.run(error)) {
            return false;
        }
    }
    if (!r.hasReplay()) {
        return true;
    }
    if (!insertRefs(r, seq, error)) {
        return false;
    }
    // Made on the engine's thread as a rule; a record from the spool brings only the replay itself.
    const QByteArray body = r.storedReplay.isEmpty() ? r.replay.toStored() : r.storedReplay;
    m_replay.bind(1, seq);
    m_replay.bindBlob(2, body);
    return m_replay.run(error);
}

bool SqliteBatchWriter::insertRefs(const SessionRecord& r, qint64 seq, QString* error)
{
    for (const auto& [kind, ref] : SessionRecord::searchRefs(r)) {
        m_ref.bind(1, kind);
        m_ref.bind(2, ref);
        m_ref.bind(3, seq);
        if (!m_ref.run(error)) {
            return false;
        }
    }
    return true;
}

bool SqliteBatchWriter::writeRollups(const RollupDelta& delta, QString* error)
{
    size_t i = 0;
    for (Granularity g : allGranularities()) {
        // The minute sums are written as they are; the coarser ones are summed from them.
        const bool minute = g == Granularity::Minute;
        const RollupDelta::Cube cubeSums = minute ? RollupDelta::Cube() : delta.cubeAt(g);
        const RollupDelta::Counts countSums = minute ? RollupDelta::Counts() : delta.countsAt(g);
        const RollupDelta::Durations durationSums = minute ? RollupDelta::Durations() : delta.durationsAt(g);
        SqliteStatement& cube = m_rollups[i++];
        for (const auto& [key, sums] : minute ? delta.minuteCube() : cubeSums) {
            cube.bind(1, std::get<0>(key));
            cube.bind(2, std::get<1>(key));
            cube.bind(3, std::get<2>(key));
            cube.bind(4, std::get<3>(key));
            cube.bind(5, std::get<4>(key));
            cube.bind(6, std::get<5>(key));
            cube.bind(7, std::get<6>(key));
            cube.bind(8, sums.sessions);
            cube.bind(9, sums.durationMs);
            cube.bind(10, sums.attempts);
            cube.bind(11, sums.declines);
            cube.bind(12, qint64(std::get<7>(key)));
            if (!cube.run(error)) {
                return false;
            }
        }
        SqliteStatement& counts = m_rollups[i++];
        for (const auto& [key, n] : minute ? delta.minuteCounts() : countSums) {
            counts.bind(1, std::get<0>(key));
            counts.bind(2, std::get<1>(key));
            counts.bind(3, std::get<2>(key));
            counts.bind(4, std::get<3>(key));
            counts.bind(5, std::get<4>(key));
            counts.bind(6, std::get<5>(key));
            counts.bind(7, n);
            counts.bind(8, qint64(std::get<6>(key)));
            if (!counts.run(error)) {
                return false;
            }
        }
        SqliteStatement& durations = m_rollups[i++];
        for (const auto& [key, n] : minute ? delta.minuteDurations() : durationSums) {
            durations.bind(1, std::get<0>(key));
            durations.bind(2, std::get<1>(key));
            durations.bind(3, std::get<2>(key));
            durations.bind(4, std::get<3>(key));
            durations.bind(5, qint64(std::get<4>(key)));
            durations.bind(6, n);
            durations.bind(7, qint64(std::get<5>(key)));
            if (!durations.run(error)) {
                return false;
            }
        }
    }
    return true;
}

std::optional<QList<CommittedSession>> SqliteBatchWriter::write(
    const QList<SessionRecord>& batch, QString* error)
{
    if (!prepare(error) || !exec("BEGIN", error)) {
        return std::nullopt;
    }
    RollupDelta delta;
    QList<CommittedSession> stored;
    bool ok = true;
    for (const SessionRecord& r : batch) {
        if (!insertSession(r, error)) {
            ok = false;
            break;
        }
        if (sqlite3_changes(m_db) == 0) {
            continue; // stored before (or twice in this batch): ON CONFLICT DO NOTHING
        }
        const qint64 seq = sqlite3_last_insert_rowid(m_db);
        if (!insertDetails(r, seq, error)) {
            ok = false;
            break;
        }
        stored << CommittedSession { r.sessionId, seq };
        delta.add(r);
    }
    if (ok && writeRollups(delta, error) && exec("COMMIT", error)) {
        return stored;
    }
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return std::nullopt;
}

} // namespace voicepay

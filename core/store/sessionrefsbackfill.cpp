#include "sessionrefsbackfill.h"

#include "chunkedinsert.h"
#include "sessionrecord.h"
#include "sessionreplay.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {
struct Range
{
    qint64 next = 0;
    qint64 end = 0;
};

bool execOk(QSqlQuery& q, const QString& sql, QString* error)
{
    if (!q.exec(sql)) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

std::optional<Range> readRange(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!execOk(q, QStringLiteral("SELECT next_seq, end_seq FROM refs_backfill"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        return Range { 1, 0 };
    }
    return Range { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

// The refs of the replays stored for sequence numbers [from, to]: read first, then inserted, so that one
// connection never reads and writes the same statement's tables at once.
bool backfillFromReplays(QSqlDatabase& db, const StoreBackend& backend, qint64 from, qint64 to,
    SessionRefsBackfill::Batch& batch, QString* error)
{
    QList<std::pair<qint64, QByteArray>> bodies;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT session_seq, body FROM replays WHERE session_seq BETWEEN ? AND ?"));
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec()) {
            *error = q.lastError().text().trimmed();
            return false;
        }
        while (q.next()) {
            bodies.append({ q.value(0).toLongLong(), q.value(1).toByteArray() });
        }
    }
    constexpr int kColumns = 3;
    ChunkedInsert insert(QStringLiteral("INSERT INTO session_refs (kind, ref, session_seq)"), kColumns,
        QStringLiteral("ON CONFLICT DO NOTHING"), backend.insertChunkRows(kColumns));
    for (const auto& [seq, body] : std::as_const(bodies)) {
        QString why;
        const std::optional<SessionReplay> replay = SessionReplay::fromStored(body, &why);
        if (!replay) {
            ++batch.damaged; // the session browser reports it as damaged too
            continue;
        }
        for (const auto& [kind, ref] : SessionRecord::searchRefs(*replay)) {
            ++batch.refs;
            if (!insert.add(db, { sqlText(kind), sqlText(ref), seq }, error)) {
                return false;
            }
        }
    }
    return insert.finish(db, error);
}

// Sessions without a replay (stored before schema 4): the transaction id of their gateway_approved event,
// where the event kept it whole. Set-based: one statement for the range.
bool backfillFromEvents(
    QSqlDatabase& db, qint64 from, qint64 to, SessionRefsBackfill::Batch& batch, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO session_refs (kind, ref, session_seq) SELECT 'transaction', e.detail, e.session_seq "
        "FROM events e WHERE e.session_seq BETWEEN ? AND ? AND e.kind = 'gateway_approved' "
        "AND e.detail <> '' AND e.detail NOT LIKE '%*%' "
        "AND NOT EXISTS (SELECT 1 FROM replays r WHERE r.session_seq = e.session_seq) "
        "ON CONFLICT DO NOTHING"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    batch.refs += std::max(0, q.numRowsAffected());
    return true;
}
} // namespace

QStringList SessionRefsBackfill::migration()
{
    // The sessions stored so far; those stored from now on get their refs from the writer. Kept when the
    // table is there already (a database taken back to an older version by hand), so no work is lost. MIN
    // and MAX each in a query of its own: each then reads one end of the key instead of every row.
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS refs_backfill (next_seq BIGINT NOT NULL, end_seq BIGINT NOT NULL)"),
        QStringLiteral(
            "INSERT INTO refs_backfill (next_seq, end_seq) SELECT "
            "COALESCE((SELECT MIN(seq) FROM sessions), 1), COALESCE((SELECT MAX(seq) FROM sessions), 0) "
            "WHERE NOT EXISTS (SELECT 1 FROM refs_backfill)"),
    };
}

std::optional<SessionRefsBackfill::Batch> SessionRefsBackfill::runBatch(
    QSqlDatabase& db, const StoreBackend& backend, int batchRows, QString* error)
{
    // The usual case, nothing left, costs one read and no write transaction.
    const std::optional<Range> seen = readRange(db, error);
    if (!seen) {
        return std::nullopt;
    }
    if (seen->next > seen->end) {
        return Batch { 0, 0, 0, true };
    }
    QSqlQuery q(db);
    for (const QString& begin : backend.migrationBegin()) {
        if (!execOk(q, begin, error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
    }
    auto fail = [&db]() -> std::optional<Batch> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    // Read again under the lock: another process may have moved it on.
    const std::optional<Range> range = readRange(db, error);
    if (!range) {
        return fail();
    }
    Batch batch;
    if (range->next <= range->end) {
        const qint64 to = std::min(range->end, range->next + std::max(1, batchRows) - 1);
        batch.sessions = to - range->next + 1;
        if (!backfillFromReplays(db, backend, range->next, to, batch, error)
            || !backfillFromEvents(db, range->next, to, batch, error)) {
            return fail();
        }
        q.prepare(QStringLiteral("UPDATE refs_backfill SET next_seq = ?"));
        q.addBindValue(to + 1);
        if (!q.exec()) {
            *error = q.lastError().text().trimmed();
            return fail();
        }
        batch.done = to >= range->end;
    } else {
        batch.done = true;
    }
    if (!execOk(q, QStringLiteral("COMMIT"), error)) {
        return fail();
    }
    return batch;
}

qint64 SessionRefsBackfill::remaining(QSqlDatabase& db)
{
    QString error;
    const std::optional<Range> range = readRange(db, &error);
    return range ? std::max<qint64>(0, range->end - range->next + 1) : 0;
}

} // namespace voicepay

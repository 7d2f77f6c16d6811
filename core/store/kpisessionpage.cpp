#include "kpiquery.h"
#include "storeconnection.h"
#include "storeschema.h"

#include <QSqlQuery>
#include <QSqlRecord>

// The session browser's search: pages by key over any number of sessions, and a count that reads the rollups
// (or at most a capped number of sessions) instead of every matching row.

namespace voicepay {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// The columns a sort orders by, the sequence number last: the key of a row.
QStringList sortColumns(SessionSort sort)
{
    switch (sort) {
    case SessionSort::Duration:
        return { QStringLiteral("duration_ms"), QStringLiteral("seq") };
    case SessionSort::Outcome:
        return { QStringLiteral("outcome"), QStringLiteral("started_at"), QStringLiteral("seq") };
    case SessionSort::StartedAt:
        break;
    }
    return { QStringLiteral("started_at"), QStringLiteral("seq") };
}

QVariantList keyOf(const SessionRecord& r, qint64 seq, SessionSort sort)
{
    switch (sort) {
    case SessionSort::Duration:
        return { r.durationMs, seq };
    case SessionSort::Outcome:
        return { r.outcome, r.startedAtMs, seq };
    case SessionSort::StartedAt:
        break;
    }
    return { r.startedAtMs, seq };
}

void addEqual(QString& sql, QVariantList& values, const char* column, const QString& value)
{
    if (!value.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        values << value;
    }
}

// The filters the sessions and the rollups share.
void addDimensions(QString& sql, QVariantList& values, const SessionQuery& query)
{
    addEqual(sql, values, "site", query.site);
    addEqual(sql, values, "config_version", query.configVersion);
    addEqual(sql, values, "call_type", query.callType);
    if (!query.outcomes.isEmpty()) {
        QStringList marks;
        for (const QString& outcome : query.outcomes) {
            marks << QStringLiteral("?");
            values << outcome;
        }
        sql += QStringLiteral(" AND outcome IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    addEqual(sql, values, "call_exit", query.exit);
    addEqual(sql, values, "brand", query.brand);
    if (!query.includeTests) {
        sql += QStringLiteral(" AND is_test = 0");
    }
}

// A range of whole buckets of one granularity (epoch seconds).
struct Piece
{
    Granularity by;
    qint64 from;
    qint64 to;
};

// [from, to) (epoch seconds, minute-aligned) as the fewest buckets: minutes up to the first whole hour, hours
// up to the first whole day, days up to the first whole month, the months, and back down at the end. A year
// reads a few hundred rollup rows per key instead of half a million minutes.
void addPieces(qint64 from, qint64 to, qsizetype level, QList<Piece>& out)
{
    const QList<Granularity> levels = allGranularities();
    if (from >= to) {
        return;
    }
    if (level + 1 < levels.size()) {
        const Granularity next = levels.at(level + 1);
        qint64 first = bucketStart(from * 1000, next);
        if (first < from) {
            first = bucketEnd(first, next);
        }
        const qint64 last = bucketStart(to * 1000, next);
        if (first < last) {
            out << Piece { levels.at(level), from, first };
            addPieces(first, last, level + 1, out);
            out << Piece { levels.at(level), last, to };
            return;
        }
    }
    out << Piece { levels.at(level), from, to };
}

} // namespace

bool SessionQuery::countableFromRollups() const
{
    return last4.isEmpty() && sessionId.isEmpty() && transactionId.isEmpty() && paymentReference.isEmpty()
        && step.isEmpty() && !unconfirmedOnly && fromMs % kMinuteMs == 0 && toMs % kMinuteMs == 0;
}

// " WHERE ..." for every filter of the query (not the key).
QString KpiQuery::searchSql(const SessionQuery& query, QVariantList& values)
{
    QString sql = QStringLiteral(" WHERE started_at >= ? AND started_at < ?");
    values << query.fromMs << query.toMs;
    addDimensions(sql, values, query);
    addEqual(sql, values, "last4", query.last4);
    addEqual(sql, values, "session_id", query.sessionId);
    const QList<QPair<QString, QString>> refs { { QStringLiteral("transaction"), query.transactionId },
        { QStringLiteral("reference"), query.paymentReference } };
    for (const auto& [kind, ref] : refs) {
        if (!ref.isEmpty()) {
            sql += QStringLiteral(
                " AND seq IN (SELECT session_seq FROM session_refs WHERE kind = ? AND ref = ?)");
            values << kind << ref;
        }
    }
    if (!query.step.isEmpty()) {
        // The path is the visited steps separated by single spaces; step names hold '_', a LIKE wildcard.
        QString step = query.step;
        step.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"));
        sql += QStringLiteral(" AND (' ' || path || ' ') LIKE ? ESCAPE '\\'");
        values << QString(QStringLiteral("% ") + step + QStringLiteral(" %"));
    }
    if (query.unconfirmedOnly) {
        sql += QStringLiteral(" AND session_id IN (SELECT session_id FROM payment_journal WHERE %1)")
                   .arg(unconfirmedStates());
    }
    return sql;
}

QString KpiQuery::pageSql(const SessionQuery& query, QVariantList& values)
{
    const QStringList columns = sortColumns(query.sort);
    QString sql
        = QStringLiteral("SELECT %1, seq FROM sessions").arg(sessionColumns()) + searchSql(query, values);
    if (query.after.size() == columns.size()) {
        // A row value compared with the index's own columns: the page starts right after the key.
        QStringList marks;
        for (const QVariant& v : query.after) {
            marks << QStringLiteral("?");
            values << v;
        }
        sql += QStringLiteral(" AND (%1) %2 (%3)")
                   .arg(columns.join(QStringLiteral(", ")),
                       query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                       marks.join(QStringLiteral(", ")));
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction;
    values << qMax(1, query.pageSize) + 1;
    return sql + QStringLiteral(" LIMIT ?");
}

QStringList KpiQuery::explainSessionPage(const SessionQuery& query)
{
    if (!ensureOpen()) {
        return {};
    }
    QVariantList values;
    const QString sql = pageSql(query, values);
    const bool sqlite = m_connection->backend().driverName() == QLatin1String("QSQLITE");
    QSqlQuery q(m_connection->database());
    if (sqlite) {
        if (!run(q, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values)) {
            return {};
        }
    } else {
        // PostgreSQL does not take parameters in EXPLAIN: the values go in as literals (numbers, and texts
        // quoted), which gives the plan of those values.
        QString inlined;
        qsizetype next = 0;
        for (const QChar c : sql) {
            if (c != u'?' || next >= values.size()) {
                inlined += c;
                continue;
            }
            const QVariant& v = values.at(next++);
            if (v.typeId() == QMetaType::QString) {
                inlined += QLatin1Char('\'') + v.toString().replace(u'\'', QStringLiteral("''"))
                    + QLatin1Char('\'');
            } else {
                inlined += v.toString();
            }
        }
        if (!run(q, QStringLiteral("EXPLAIN ") + inlined, {})) {
            return {};
        }
    }
    QStringList plan;
    while (q.next()) {
        plan << q.value(q.record().count() - 1).toString();
    }
    return plan;
}

std::optional<SessionPage> KpiQuery::sessionPage(const SessionQuery& query)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql = pageSql(query, values);
    const int size = qMax(1, query.pageSize);
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    SessionPage page;
    qint64 lastSeq = 0;
    while (q.next()) {
        if (page.sessions.size() == size) {
            page.more = true;
            break;
        }
        page.sessions << sessionFromRow(q);
        lastSeq = q.value(20).toLongLong();
    }
    if (!page.sessions.isEmpty()) {
        page.lastKey = keyOf(page.sessions.constLast(), lastSeq, query.sort);
    }
    return page;
}

std::optional<SessionCount> KpiQuery::sessionCount(const SessionQuery& query, qint64 cap)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    if (query.countableFromRollups()) {
        const auto n = rollupCount(query);
        if (!n) {
            return std::nullopt;
        }
        return SessionCount { *n, true };
    }
    QVariantList values;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sessions") + searchSql(query, values)
        + QStringLiteral(" LIMIT ?) c");
    values << cap + 1;
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values) || !q.next()) {
        return std::nullopt;
    }
    const qint64 n = q.value(0).toLongLong();
    return n > cap ? SessionCount { cap, false } : SessionCount { n, true };
}

// The rollups count a session in the bucket it started in, as the session search does by started_at.
std::optional<qint64> KpiQuery::rollupCount(const SessionQuery& query)
{
    QList<Piece> pieces;
    addPieces(qMax<qint64>(0, query.fromMs) / 1000, qMax<qint64>(0, query.toMs) / 1000, 0, pieces);
    qint64 total = 0;
    for (const Piece& piece : std::as_const(pieces)) {
        if (piece.from >= piece.to) {
            continue;
        }
        QVariantList values { piece.from, piece.to };
        QString sql
            = QStringLiteral("SELECT COALESCE(SUM(sessions), 0) FROM %1 WHERE bucket >= ? AND bucket < ?")
                  .arg(StoreSchema::rollupTable(piece.by));
        addDimensions(sql, values, query);
        QSqlQuery q(m_connection->database());
        if (!run(q, sql, values) || !q.next()) {
            return std::nullopt;
        }
        total += q.value(0).toLongLong();
    }
    return total;
}

} // namespace voicepay

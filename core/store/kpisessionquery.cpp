#include "kpiquery.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

// The session-level reads of the KPI store: the sessions themselves, their events and replays, and their
// export. The aggregate figures are in kpiquery.cpp.

namespace voicepay {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

} // namespace

// The journal states of a charge not yet confirmed either way (JournalState::open() in core/journal, which
// builds on this library).
QLatin1String KpiQuery::unconfirmedStates()
{
    return QLatin1String("state IN ('submitted', 'unknown')");
}

std::optional<QList<SessionRecord>> KpiQuery::sessions(
    qint64 fromMs, qint64 toMs, const KpiFilter& filter, int limit, int offset)
{
    return sessionsWhere(QString(), fromMs, toMs, filter, limit, offset);
}

std::optional<QList<SessionRecord>> KpiQuery::unconfirmedSessions(
    qint64 fromMs, qint64 toMs, const KpiFilter& filter, int limit)
{
    return sessionsWhere(
        QStringLiteral(" AND session_id IN (SELECT session_id FROM payment_journal WHERE %1)")
            .arg(unconfirmedStates()),
        fromMs, toMs, filter, limit, 0);
}

std::optional<qint64> KpiQuery::unconfirmedPayments(const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM payment_journal WHERE %1").arg(unconfirmedStates());
    if (!filter.site.isEmpty()) {
        sql += QStringLiteral(" AND site = ?");
        values << filter.site;
    }
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values) || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<SessionRecord>> KpiQuery::sessionsWhere(
    const QString& condition, qint64 fromMs, qint64 toMs, const KpiFilter& filter, int limit, int offset)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values { fromMs, toMs };
    QString sql = QStringLiteral("SELECT %1 FROM sessions WHERE started_at >= ? AND started_at < ?")
                      .arg(sessionColumns());
    sql += condition;
    sql += filterSql(filter, values);
    sql += QStringLiteral(" ORDER BY started_at DESC, seq DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QList<SessionRecord> out;
    while (q.next()) {
        out << sessionFromRow(q);
    }
    return out;
}

QString KpiQuery::sessionColumns()
{
    return QStringLiteral(
        "session_id, site, call_type, config_version, started_at, ended_at, outcome, call_exit, amount, "
        "currency, brand, last4, declines, attempts, duration_ms, reason, last_step, decline_reasons, path, "
        "is_test");
}

// A row of sessionColumns(), in that order.
SessionRecord KpiQuery::sessionFromRow(const QSqlQuery& q)
{
    SessionRecord r;
    r.sessionId = q.value(0).toString();
    r.site = q.value(1).toString();
    r.callType = q.value(2).toString();
    r.configVersion = q.value(3).toString();
    r.startedAtMs = q.value(4).toLongLong();
    r.endedAtMs = q.value(5).toLongLong();
    r.outcome = q.value(6).toString();
    r.exit = q.value(7).toString();
    r.amount = q.value(8).toString();
    r.currency = q.value(9).toString();
    r.brand = q.value(10).toString();
    r.last4 = q.value(11).toString();
    r.declines = q.value(12).toInt();
    r.attempts = q.value(13).toInt();
    r.durationMs = q.value(14).toLongLong();
    r.reason = q.value(15).toString();
    r.lastStep = q.value(16).toString();
    r.declineReasons = q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.path = q.value(18).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.isTest = q.value(19).toInt() != 0;
    return r;
}

std::optional<QList<StoredEvent>> KpiQuery::events(const QString& sessionId)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_connection->database());
    if (!run(q,
            QStringLiteral("SELECT e.at_ms, e.kind, e.step, e.detail FROM events e "
                           "JOIN sessions s ON s.seq = e.session_seq WHERE s.session_id = ? ORDER BY e.idx"),
            { sessionId })) {
        return std::nullopt;
    }
    QList<StoredEvent> out;
    while (q.next()) {
        out << StoredEvent { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() };
    }
    return out;
}

std::optional<SessionReplay> KpiQuery::replay(const QString& sessionId)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_connection->database());
    if (!run(q,
            QStringLiteral("SELECT r.body FROM replays r JOIN sessions s ON s.seq = r.session_seq "
                           "WHERE s.session_id = ?"),
            { sessionId })) {
        return std::nullopt;
    }
    if (!q.next()) {
        return SessionReplay {};
    }
    QString why;
    auto replay = SessionReplay::fromStored(q.value(0).toByteArray(), &why);
    if (!replay) {
        m_error = QCoreApplication::translate("KpiQuery", "session %1: the stored replay is unreadable: %2")
                      .arg(sessionId, why);
    }
    return replay;
}

bool KpiQuery::exportCsv(qint64 fromMs, qint64 toMs, const KpiFilter& filter, QIODevice* device)
{
    QTextStream out(device);
    out << "session_id,site,call_type,config_version,started_at,ended_at,outcome,exit,amount,currency,brand,"
           "last4,"
           "declines,attempts,duration_ms,last_step,decline_reasons,reason\n";
    // Page by key, as the session browser does: an export of millions reads each session once (OFFSET
    // would read every row before each page again).
    SessionQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.site = filter.site;
    query.configVersion = filter.configVersion;
    query.includeTests = filter.includeTests;
    query.pageSize = 5000;
    for (;;) {
        const auto page = sessionPage(query);
        if (!page) {
            return false;
        }
        for (const SessionRecord& r : page->sessions) {
            auto iso = [](qint64 ms) {
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            };
            out << csvField(r.sessionId) << ',' << csvField(r.site) << ',' << r.callType << ','
                << csvField(r.configVersion) << ',' << iso(r.startedAtMs) << ',' << iso(r.endedAtMs) << ','
                << r.outcome << ',' << r.exit << ',' << r.amount << ',' << r.currency << ',' << r.brand << ','
                << r.last4 << ',' << r.declines << ',' << r.attempts << ',' << r.durationMs << ','
                << csvField(r.lastStep) << ',' << csvField(r.declineReasons.join(QLatin1Char(' '))) << ','
                << csvField(r.reason) << '\n';
        }
        if (!page->more) {
            break;
        }
        query.after = page->lastKey;
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

std::optional<KpiQuery::Snapshot> KpiQuery::snapshot(qint64 fromMs, qint64 toMs, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlDatabase db = m_connection->database();
    QSqlQuery begin(db);
    if (!run(begin, m_connection->backend().snapshotBegin(), {})) {
        return std::nullopt;
    }
    Snapshot s;
    QSqlQuery q(db);
    bool ok = run(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sessions"), {}) && q.next();
    if (ok) {
        s.lastSeq = q.value(0).toLongLong();
        q.finish();
        const KpiRange range { fromMs, toMs, Granularity::Minute };
        const auto minutes = series(range, filter);
        ok = minutes.has_value();
        if (ok) {
            s.minutes = *minutes;
            for (const KpiPoint& p : s.minutes) {
                s.counters.merge(p.counters);
            }
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    if (!ok) {
        return std::nullopt;
    }
    return s;
}

} // namespace voicepay

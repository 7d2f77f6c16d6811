#include "kpiquery.h"

#include "durationhistogram.h"
#include "flow/step.h"
#include "livestart.h"
#include "rollupdelta.h"
#include "storeconnection.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace voicepay {

namespace {

const QStringList& splitColumns()
{
    static const QStringList columns { QStringLiteral("call_type"), QStringLiteral("brand"),
        QStringLiteral("call_exit"), QStringLiteral("config_version"), QStringLiteral("site") };
    return columns;
}

// The order of the funnel: the flow's steps, then the gateway.
int funnelRank(const QString& node)
{
    const QList<Step> steps = allSteps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (stepName(steps.at(i)) == node) {
            return int(i);
        }
    }
    return node == u"authorize" ? int(steps.size()) : int(steps.size()) + 1;
}

} // namespace

KpiQuery::KpiQuery(StoreUrl url)
    : m_url(std::move(url))
{
}

KpiQuery::~KpiQuery() = default;

bool KpiQuery::open(QString* error)
{
    const bool ok = ensureOpen();
    if (!ok && error) {
        *error = m_error;
    }
    return ok;
}

bool KpiQuery::ensureOpen()
{
    if (m_connection && m_connection->isOpen()) {
        return true;
    }
    m_connection = std::make_unique<StoreConnection>(
        m_url, QStringLiteral("query-%1").arg(quintptr(QThread::currentThreadId()), 0, 16));
    if (!m_connection->open(&m_error)) {
        m_connection.reset();
        return false;
    }
    return true;
}

bool KpiQuery::run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql); // PostgreSQL cannot prepare transaction statements
    } else {
        ok = q.prepare(sql);
        for (qsizetype i = 0; ok && i < values.size(); ++i) {
            q.bindValue(int(i), values.at(i));
        }
        ok = ok && q.exec();
    }
    if (!ok) {
        m_error = q.lastError().text().trimmed();
        if (q.lastError().type() == QSqlError::ConnectionError) {
            m_connection.reset(); // reconnect on the next query
        }
        return false;
    }
    return true;
}

QString KpiQuery::where(const KpiRange& range, const KpiFilter& filter, QVariantList& values) const
{
    QString sql = QStringLiteral(" WHERE bucket >= ? AND bucket < ?");
    values << range.firstBucket() << range.endBucket();
    return sql + filterSql(filter, values);
}

QString KpiQuery::filterSql(const KpiFilter& filter, QVariantList& values)
{
    QString sql;
    if (!filter.site.isEmpty()) {
        sql += QStringLiteral(" AND site = ?");
        values << filter.site;
    }
    if (!filter.configVersion.isEmpty()) {
        sql += QStringLiteral(" AND config_version = ?");
        values << filter.configVersion;
    }
    if (!filter.includeTests) {
        sql += QStringLiteral(" AND is_test = 0");
    }
    return sql;
}

QString KpiQuery::from(
    QString (*table)(Granularity), const KpiRange& range, const KpiFilter& filter, QVariantList& values) const
{
    // The whole months inside the range come from the month rollups, the rest from the range's own buckets:
    // a year by day reads 12 month rows per key instead of 366 day rows.
    const qint64 first = range.firstBucket();
    const qint64 end = range.endBucket();
    qint64 monthsFrom = bucketStart(first * 1000, Granularity::Month);
    if (monthsFrom < first) {
        monthsFrom = bucketEnd(monthsFrom, Granularity::Month);
    }
    const qint64 monthsTo = bucketStart(end * 1000, Granularity::Month);
    if (range.by == Granularity::Month || monthsFrom >= monthsTo) {
        return QStringLiteral(" FROM (SELECT * FROM %1%2) r")
            .arg(table(range.by), where(range, filter, values));
    }
    values << monthsFrom << monthsTo;
    QString sql = QStringLiteral(" FROM (SELECT * FROM %1 WHERE bucket >= ? AND bucket < ?")
                      .arg(table(Granularity::Month));
    sql += filterSql(filter, values);
    values << first << monthsFrom << monthsTo << end;
    sql += QStringLiteral(
        " UNION ALL SELECT * FROM %1 WHERE ((bucket >= ? AND bucket < ?) OR (bucket >= ? AND bucket < ?))")
               .arg(table(range.by));
    sql += filterSql(filter, values);
    return sql + QStringLiteral(") r");
}

std::optional<KpiCounters> KpiQuery::totals(const KpiRange& range, const KpiFilter& filter)
{
    const auto m = split(QString(), range, filter);
    if (!m) {
        return std::nullopt;
    }
    return m->value(QString());
}

std::optional<QMap<QString, KpiCounters>> KpiQuery::split(
    const QString& column, const KpiRange& range, const KpiFilter& filter)
{
    if (!column.isEmpty() && !splitColumns().contains(column)) {
        m_error = QStringLiteral("cannot split KPIs by \"%1\"").arg(column);
        return std::nullopt;
    }
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString key = column.isEmpty() ? QStringLiteral("''") : column;
    const QString groups
        = column.isEmpty() ? QStringLiteral("outcome") : column + QStringLiteral(", outcome");
    const QString sql = QStringLiteral("SELECT %1, outcome, SUM(sessions), SUM(duration_ms), SUM(attempts), "
                                       "SUM(declines)%2 GROUP BY %3")
                            .arg(key, from(&StoreSchema::rollupTable, range, filter, values), groups);
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QMap<QString, KpiCounters> out;
    while (q.next()) {
        out[q.value(0).toString()].add(q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong());
    }
    return out;
}

std::optional<QList<KpiPoint>> KpiQuery::series(const KpiRange& range, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql
        = QStringLiteral("SELECT bucket, outcome, SUM(sessions), SUM(duration_ms), SUM(attempts), "
                         "SUM(declines) FROM %1%2 GROUP BY bucket, outcome ORDER BY bucket")
              .arg(StoreSchema::rollupTable(range.by), where(range, filter, values));
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QList<KpiPoint> points;
    while (q.next()) {
        const qint64 bucket = q.value(0).toLongLong();
        const qint64 bucketMs = bucket * 1000;
        const double bucketMinutes = double(bucketEnd(bucket, range.by) - bucket) / 60.0;
        if (points.isEmpty() || points.last().bucketMs != bucketMs) {
            points << KpiPoint { bucketMs, {}, 0 };
        }
        KpiPoint& p = points.last();
        p.counters.add(q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toLongLong());
        p.ratePerMinute = double(p.counters.entered) / bucketMinutes;
    }
    return points;
}

std::optional<QList<FunnelStep>> KpiQuery::funnel(const KpiRange& range, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT family, name, detail, SUM(n)%1 WHERE family IN (?, ?) "
                                       "GROUP BY family, name, detail")
                            .arg(from(&StoreSchema::countsTable, range, filter, values));
    values << RollupDelta::reachedFamily() << RollupDelta::endedFamily();
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QMap<QString, FunnelStep> steps;
    while (q.next()) {
        const QString name = q.value(1).toString();
        FunnelStep& s = steps[name];
        s.step = name;
        if (q.value(0).toString() == RollupDelta::reachedFamily()) {
            s.reached += q.value(3).toLongLong();
        } else {
            s.endedHere[q.value(2).toString()] += q.value(3).toLongLong();
        }
    }
    QList<FunnelStep> out = steps.values();
    std::stable_sort(out.begin(), out.end(),
        [](const FunnelStep& a, const FunnelStep& b) { return funnelRank(a.step) < funnelRank(b.step); });
    return out;
}

std::optional<QList<ErrorCount>> KpiQuery::errors(const KpiRange& range, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT name, detail, SUM(n)%1 WHERE family = ? GROUP BY name, detail")
                            .arg(from(&StoreSchema::countsTable, range, filter, values));
    values << RollupDelta::errorFamily();
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QList<ErrorCount> out;
    while (q.next()) {
        out << ErrorCount { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() };
    }
    std::stable_sort(out.begin(), out.end(), [](const ErrorCount& a, const ErrorCount& b) {
        return funnelRank(a.step) != funnelRank(b.step) ? funnelRank(a.step) < funnelRank(b.step)
                                                        : a.kind < b.kind;
    });
    return out;
}

std::optional<QMap<QString, qint64>> KpiQuery::declinesByReason(
    const KpiRange& range, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT name, SUM(n)%1 WHERE family = ? GROUP BY name")
                            .arg(from(&StoreSchema::countsTable, range, filter, values));
    values << RollupDelta::declineFamily();
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QMap<QString, qint64> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

std::optional<QMap<QString, DurationPercentiles>> KpiQuery::durations(
    const KpiRange& range, const KpiFilter& filter)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT outcome, bin, SUM(n)%1 GROUP BY outcome, bin")
                            .arg(from(&StoreSchema::durationsTable, range, filter, values));
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values)) {
        return std::nullopt;
    }
    QMap<QString, QList<qint64>> bins;
    while (q.next()) {
        QList<qint64>& counts = bins[q.value(0).toString()];
        if (counts.isEmpty()) {
            counts.resize(DurationHistogram::binCount());
        }
        const int bin = q.value(1).toInt();
        if (bin >= 0 && bin < counts.size()) {
            counts[bin] += q.value(2).toLongLong();
        }
    }
    QMap<QString, DurationPercentiles> out;
    for (auto it = bins.begin(); it != bins.end(); ++it) {
        DurationPercentiles d;
        for (qint64 c : it.value()) {
            d.sessions += c;
        }
        d.p50Ms = DurationHistogram::percentileMs(it.value(), 50);
        d.p90Ms = DurationHistogram::percentileMs(it.value(), 90);
        out.insert(it.key(), d);
    }
    return out;
}

std::optional<KpiReport> KpiQuery::report(const KpiRange& range, const KpiFilter& filter)
{
    KpiReport r;
    r.range = range;
    const auto all = split(QString(), range, filter);
    const auto series = this->series(range, filter);
    const auto byCallType = split(QStringLiteral("call_type"), range, filter);
    const auto byBrand = split(QStringLiteral("brand"), range, filter);
    const auto byExit = split(QStringLiteral("call_exit"), range, filter);
    const auto byVersion = split(QStringLiteral("config_version"), range, filter);
    const auto bySite = split(QStringLiteral("site"), range, filter);
    const auto funnel = this->funnel(range, filter);
    const auto errors = this->errors(range, filter);
    const auto declines = declinesByReason(range, filter);
    const auto durations = this->durations(range, filter);
    if (!all || !series || !byCallType || !byBrand || !byExit || !byVersion || !bySite || !funnel || !errors
        || !declines || !durations) {
        return std::nullopt;
    }
    r.totals = all->value(QString());
    r.ratePerMinute = range.minutes() > 0 ? double(r.totals.entered) / range.minutes() : 0;
    r.series = *series;
    r.byCallType = *byCallType;
    r.byBrand = *byBrand;
    r.byExit = *byExit;
    r.byConfigVersion = *byVersion;
    r.bySite = *bySite;
    r.funnel = *funnel;
    r.errors = *errors;
    r.declinesByReason = *declines;
    r.durationByOutcome = *durations;
    return r;
}

std::optional<QPair<qint64, qint64>> KpiQuery::span()
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_connection->database());
    if (!run(q, QStringLiteral("SELECT MIN(started_at), MAX(started_at), COUNT(*) FROM sessions"), {})
        || !q.next() || q.value(2).toLongLong() == 0) {
        return std::nullopt;
    }
    return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

std::optional<qint64> KpiQuery::liveCalls(const KpiFilter& filter, const QString& excludeWriter, qint64 nowMs)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QString sql
        = QStringLiteral("SELECT COUNT(*) FROM live_calls l JOIN live_writers w ON w.writer = l.writer "
                         "WHERE w.seen_at >= ? AND l.writer <> ?");
    QVariantList values { nowMs - kLiveHeartbeatAgeMs,
        excludeWriter.isNull() ? QString(QLatin1String("")) : excludeWriter };
    if (!filter.site.isEmpty()) {
        sql += QStringLiteral(" AND l.site = ?");
        values << filter.site;
    }
    if (!filter.includeTests) {
        sql += QStringLiteral(" AND l.is_test = 0");
    }
    QSqlQuery q(m_connection->database());
    if (!run(q, sql, values) || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<LiveStart>> KpiQuery::liveCallList(const QString& channel, qint64 nowMs, int limit)
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    QSqlQuery q(m_connection->database());
    if (!run(q,
            QStringLiteral("SELECT l.session_id, l.site, l.call_type, l.started_at, l.channel, l.step "
                           "FROM live_calls l JOIN live_writers w ON w.writer = l.writer "
                           "WHERE w.seen_at >= ? AND l.channel = ? AND l.is_test = 0 "
                           "ORDER BY l.started_at, l.session_id LIMIT ?"),
            { nowMs - kLiveHeartbeatAgeMs, channel, limit })) {
        return std::nullopt;
    }
    QList<LiveStart> calls;
    while (q.next()) {
        LiveStart c;
        c.sessionId = q.value(0).toString();
        c.site = q.value(1).toString();
        c.callType = q.value(2).toString();
        c.atMs = q.value(3).toLongLong();
        c.channel = q.value(4).toString();
        c.step = q.value(5).toString();
        calls << c;
    }
    return calls;
}

std::optional<QStringList> KpiQuery::sites()
{
    if (!ensureOpen()) {
        return std::nullopt;
    }
    // The month rollups name every site in a few rows.
    QSqlQuery q(m_connection->database());
    if (!run(q,
            QStringLiteral("SELECT DISTINCT site FROM %1 ORDER BY site")
                .arg(StoreSchema::rollupTable(Granularity::Month)),
            {})) {
        return std::nullopt;
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

} // namespace voicepay

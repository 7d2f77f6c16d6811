#pragma once

#include "kpireport.h"
#include "livestart.h"
#include "sessionquery.h"
#include "sessionrecord.h"
#include "storeurl.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

class QSqlQuery;

namespace voicepay {

class StoreConnection;

// The read side of the KPI store. Historical KPIs come from the rollup tables, so a year answers at once;
// sessions and events come from the raw tables for drill-down and export.
//
// One KpiQuery per thread: it opens its own connection in the thread that first uses it, so the console runs
// its queries off the GUI thread (a worker object or QtConcurrent) with a KpiQuery of that thread.
class KpiQuery
{
public:
    explicit KpiQuery(StoreUrl url);
    ~KpiQuery();
    KpiQuery(const KpiQuery&) = delete;
    KpiQuery& operator=(const KpiQuery&) = delete;

    bool open(QString* error); // optional: every query opens on first use
    QString lastError() const { return m_error; }

    std::optional<KpiReport> report(const KpiRange& range, const KpiFilter& filter = {});
    std::optional<KpiCounters> totals(const KpiRange& range, const KpiFilter& filter = {});
    std::optional<QList<KpiPoint>> series(const KpiRange& range, const KpiFilter& filter = {});
    // column: call_type, brand, call_exit, config_version or site.
    std::optional<QMap<QString, KpiCounters>> split(
        const QString& column, const KpiRange& range, const KpiFilter& filter = {});
    std::optional<QList<FunnelStep>> funnel(const KpiRange& range, const KpiFilter& filter = {});
    std::optional<QList<ErrorCount>> errors(const KpiRange& range, const KpiFilter& filter = {});
    std::optional<QMap<QString, qint64>> declinesByReason(
        const KpiRange& range, const KpiFilter& filter = {});
    std::optional<QMap<QString, DurationPercentiles>> durations(
        const KpiRange& range, const KpiFilter& filter = {});

    // The first and last session start (epoch ms); nothing when the store is empty.
    std::optional<QPair<qint64, qint64>> span();
    // Sessions started in [fromMs, toMs), newest first, without their events.
    std::optional<QList<SessionRecord>> sessions(
        qint64 fromMs, qint64 toMs, const KpiFilter& filter = {}, int limit = 1000, int offset = 0);
    // Those of them whose payment is unconfirmed: a payment journal row `submitted` or `unknown`.
    std::optional<QList<SessionRecord>> unconfirmedSessions(
        qint64 fromMs, qint64 toMs, const KpiFilter& filter = {}, int limit = 1000);
    // The payments not yet confirmed either way (journal rows `submitted` or `unknown`, at any date) of the
    // filter's site (every site when it names none).
    std::optional<qint64> unconfirmedPayments(const KpiFilter& filter = {});
    // One page of a session search, in the query's order, after the query's key (schema 9's indexes).
    std::optional<SessionPage> sessionPage(const SessionQuery& query);
    // How many sessions the search matches, without reading millions: from the rollups when the query allows
    // it (SessionQuery::countableFromRollups), else counting at most `cap` + 1 sessions.
    std::optional<SessionCount> sessionCount(const SessionQuery& query, qint64 cap = 10000);
    // The database's plan for that page (EXPLAIN), one line per row: for tests and benchmarks.
    QStringList explainSessionPage(const SessionQuery& query);
    std::optional<QList<StoredEvent>> events(const QString& sessionId);
    // The prompts and transfer context kept for a session (empty for one stored without them).
    std::optional<SessionReplay> replay(const QString& sessionId);
    // Calls in progress at every writer whose heartbeat is fresh (within 15 s of `nowMs`), but for the writer
    // `excludeWriter` (a console counts its own calls itself); only the filter's site applies.
    std::optional<qint64> liveCalls(const KpiFilter& filter, const QString& excludeWriter, qint64 nowMs);
    // The calls in progress of `channel` (phoneChannel(), say) at every writer whose heartbeat is fresh,
    // oldest first, with the step each is at; at most `limit`. Test calls are left out.
    std::optional<QList<LiveStart>> liveCallList(const QString& channel, qint64 nowMs, int limit = 500);
    // The sites that have sessions in the store, sorted.
    std::optional<QStringList> sites();
    // Every session of the range as CSV, one line each, header first.
    bool exportCsv(qint64 fromMs, qint64 toMs, const KpiFilter& filter, QIODevice* out);

    // For the live feed: in one consistent read, the last committed session sequence number and the counters
    // and per-minute series of [fromMs, toMs).
    struct Snapshot
    {
        qint64 lastSeq = 0;
        KpiCounters counters;
        QList<KpiPoint> minutes;
    };
    std::optional<Snapshot> snapshot(qint64 fromMs, qint64 toMs, const KpiFilter& filter = {});

private:
    std::optional<QList<SessionRecord>> sessionsWhere(
        const QString& condition, qint64 fromMs, qint64 toMs, const KpiFilter& filter, int limit, int offset);
    static QLatin1String unconfirmedStates();
    static QString sessionColumns();
    static SessionRecord sessionFromRow(const QSqlQuery& q);
    static QString searchSql(const SessionQuery& query, QVariantList& values);
    static QString pageSql(const SessionQuery& query, QVariantList& values);
    std::optional<qint64> rollupCount(const SessionQuery& query);
    bool ensureOpen();
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values);
    QString where(const KpiRange& range, const KpiFilter& filter, QVariantList& values) const;
    static QString filterSql(const KpiFilter& filter, QVariantList& values);
    // " FROM (...) r": the rollup rows of `table` that sum up the range.
    QString from(QString (*table)(Granularity), const KpiRange& range, const KpiFilter& filter,
        QVariantList& values) const;

    StoreUrl m_url;
    std::unique_ptr<StoreConnection> m_connection;
    QString m_error;
};

} // namespace voicepay

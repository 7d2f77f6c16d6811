#include "rollupdelta.h"

#include "chunkedinsert.h"
#include "durationhistogram.h"
#include "sqltext.h"
#include "storeschema.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

void RollupDelta::add(const SessionRecord& r)
{
    QSet<QString> reached;
    for (const StoredEvent& e : r.events) {
        if (e.kind == u"step_entered") {
            reached.insert(e.step);
        } else if (e.kind == u"gateway_submitted") {
            reached.insert(e.step.isEmpty() ? QStringLiteral("authorize") : e.step);
        }
    }
    for (Granularity g : allGranularities()) {
        const int level = int(g);
        const qint64 bucket = bucketStart(r.startedAtMs, g);
        Sums& s = m_cube[CubeKey { level, bucket, r.site, r.configVersion, r.callType, r.outcome, r.exit, r.brand }];
        s.sessions += 1;
        s.durationMs += r.durationMs;
        s.attempts += r.attempts;
        s.declines += r.declines;
        m_durations[DurationKey { level, bucket, r.site, r.configVersion, r.outcome,
            DurationHistogram::binFor(r.durationMs) }] += 1;
        auto count = [&](const QString& family, const QString& name, const QString& detail) {
            m_counts[CountKey { level, bucket, r.site, r.configVersion, family, name, detail }] += 1;
        };
        for (const QString& step : reached) {
            count(reachedFamily(), step, QString());
        }
        count(endedFamily(), r.lastStep, r.outcome);
        for (const StoredEvent& e : r.events) {
            if (e.kind == u"input_error") {
                count(errorFamily(), e.step, e.detail);
            } else if (e.kind == u"gateway_declined") {
                count(declineFamily(), e.detail.isEmpty() ? QStringLiteral("generic") : e.detail, QString());
            } else if (e.kind == u"correction") {
                count(correctionFamily(), e.detail, QString());
            }
        }
    }
}

bool RollupDelta::write(QSqlDatabase& db, QString* error) const
{
    // Empty strings rather than NULL in keys: NULLs never conflict, so they would defeat the upsert.
    // Each key occurs once per statement (the maps are keyed by it), as PostgreSQL's ON CONFLICT DO UPDATE needs.
    for (Granularity g : allGranularities()) {
        const int level = int(g);
        const QString cubeTable = StoreSchema::rollupTable(g);
        ChunkedInsert cube(QStringLiteral("INSERT INTO %1 (bucket, site, config_version, call_type, outcome, "
                                          "call_exit, brand, sessions, duration_ms, attempts, declines)")
                               .arg(cubeTable),
            11,
            QStringLiteral("ON CONFLICT (bucket, site, config_version, call_type, outcome, call_exit, brand) "
                           "DO UPDATE SET sessions = %1.sessions + excluded.sessions, "
                           "duration_ms = %1.duration_ms + excluded.duration_ms, "
                           "attempts = %1.attempts + excluded.attempts, declines = %1.declines + excluded.declines")
                .arg(cubeTable),
            60);
        for (const auto& [key, sums] : m_cube) {
            if (std::get<0>(key) == level
                && !cube.add(db,
                    { std::get<1>(key), sqlText(std::get<2>(key)), sqlText(std::get<3>(key)),
                        sqlText(std::get<4>(key)), sqlText(std::get<5>(key)), sqlText(std::get<6>(key)),
                        sqlText(std::get<7>(key)), sums.sessions, sums.durationMs, sums.attempts, sums.declines },
                    error)) {
                return false;
            }
        }
        if (!cube.finish(db, error)) {
            return false;
        }
        const QString countsTable = StoreSchema::countsTable(g);
        ChunkedInsert counts(
            QStringLiteral("INSERT INTO %1 (bucket, site, config_version, family, name, detail, n)").arg(countsTable), 7,
            QStringLiteral("ON CONFLICT (bucket, site, config_version, family, name, detail) "
                           "DO UPDATE SET n = %1.n + excluded.n")
                .arg(countsTable),
            100);
        for (const auto& [key, n] : m_counts) {
            if (std::get<0>(key) == level
                && !counts.add(db,
                    { std::get<1>(key), sqlText(std::get<2>(key)), sqlText(std::get<3>(key)),
                        sqlText(std::get<4>(key)), sqlText(std::get<5>(key)), sqlText(std::get<6>(key)), n },
                    error)) {
                return false;
            }
        }
        if (!counts.finish(db, error)) {
            return false;
        }
        const QString durationsTable = StoreSchema::durationsTable(g);
        ChunkedInsert durations(
            QStringLiteral("INSERT INTO %1 (bucket, site, config_version, outcome, bin, n)").arg(durationsTable), 6,
            QStringLiteral("ON CONFLICT (bucket, site, config_version, outcome, bin) DO UPDATE SET n = %1.n + excluded.n")
                .arg(durationsTable),
            100);
        for (const auto& [key, n] : m_durations) {
            if (std::get<0>(key) == level
                && !durations.add(db,
                    { std::get<1>(key), sqlText(std::get<2>(key)), sqlText(std::get<3>(key)),
                        sqlText(std::get<4>(key)), std::get<5>(key), n },
                    error)) {
                return false;
            }
        }
        if (!durations.finish(db, error)) {
            return false;
        }
    }
    return true;
}

} // namespace voicepay

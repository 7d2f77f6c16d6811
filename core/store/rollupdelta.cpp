#include "rollupdelta.h"

#include "chunkedinsert.h"
#include "durationhistogram.h"
#include "sqltext.h"
#include "storebackend.h"
#include "storeschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <limits>
#include <type_traits>

namespace voicepay {

namespace {
// The sums of a key given as references (std::tie): the key's texts are copied only when its row is new.
template <typename Map, typename Probe> typename Map::mapped_type& slot(Map& map, const Probe& probe)
{
    auto it = map.lower_bound(probe);
    if (it == map.end() || map.key_comp()(probe, it->first)) {
        it = map.emplace_hint(
            it, std::make_from_tuple<typename Map::key_type>(probe), typename Map::mapped_type {});
    }
    return it->second;
}
} // namespace

void RollupDelta::add(const SessionRecord& r, int sign)
{
    const qint64 bucket = bucketStart(r.startedAtMs, Granularity::Minute);
    const int test = r.isTest ? 1 : 0;
    Sums& s = slot(
        m_cube, std::tie(bucket, r.site, r.configVersion, r.callType, r.outcome, r.exit, r.brand, test));
    s.sessions += sign;
    s.durationMs += sign * r.durationMs;
    s.attempts += sign * r.attempts;
    s.declines += sign * r.declines;
    const int bin = DurationHistogram::binFor(r.durationMs);
    slot(m_durations, std::tie(bucket, r.site, r.configVersion, r.outcome, bin, test)) += sign;
    auto count = [&](const QString& family, const QString& name, const QString& detail) {
        slot(m_counts, std::tie(bucket, r.site, r.configVersion, family, name, detail, test)) += sign;
    };
    // A step counts once per session however often it was asked.
    QStringList reached;
    for (const StoredEvent& e : r.events) {
        if (e.kind == u"step_entered" || e.kind == u"gateway_submitted") {
            const QString step = e.step.isEmpty() ? QStringLiteral("authorize") : e.step;
            if (!reached.contains(step)) {
                reached << step;
                count(reachedFamily(), step, QString());
            }
        } else if (e.kind == u"input_error") {
            count(errorFamily(), e.step, e.detail);
        } else if (e.kind == u"gateway_declined") {
            count(declineFamily(), e.detail.isEmpty() ? QStringLiteral("generic") : e.detail, QString());
        } else if (e.kind == u"correction") {
            count(correctionFamily(), e.detail, QString());
        }
    }
    count(endedFamily(), r.lastStep, r.outcome);
}

namespace {
// The same sums keyed by the coarser bucket (the bucket is the first element of every key).
template <typename Map> Map coarser(const Map& minutes, Granularity g)
{
    if (g == Granularity::Minute) {
        return minutes;
    }
    Map out;
    // The minutes come in order (the bucket leads every key): each is turned into its coarser bucket once.
    qint64 minute = std::numeric_limits<qint64>::min();
    qint64 coarse = 0;
    for (const auto& [key, value] : minutes) {
        if (std::get<0>(key) != minute) {
            minute = std::get<0>(key);
            coarse = bucketStart(minute * 1000, g);
        }
        auto k = key;
        std::get<0>(k) = coarse;
        auto& sum = out[k];
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, qint64>) {
            sum += value;
        } else {
            sum.sessions += value.sessions;
            sum.durationMs += value.durationMs;
            sum.attempts += value.attempts;
            sum.declines += value.declines;
        }
    }
    return out;
}
} // namespace

RollupDelta::Cube RollupDelta::cubeAt(Granularity g) const
{
    return coarser(m_cube, g);
}

RollupDelta::Counts RollupDelta::countsAt(Granularity g) const
{
    return coarser(m_counts, g);
}

RollupDelta::Durations RollupDelta::durationsAt(Granularity g) const
{
    return coarser(m_durations, g);
}

RollupDelta::UpsertSql RollupDelta::cubeSql(Granularity g)
{
    const QString table = StoreSchema::rollupTable(g);
    return { QStringLiteral(
                 "INSERT INTO %1 (bucket, site, config_version, call_type, outcome, call_exit, brand, "
                 "sessions, duration_ms, attempts, declines, is_test)")
                 .arg(table),
        12,
        QStringLiteral(
            "ON CONFLICT (bucket, site, config_version, call_type, outcome, call_exit, brand, is_test) "
            "DO UPDATE SET sessions = %1.sessions + excluded.sessions, "
            "duration_ms = %1.duration_ms + excluded.duration_ms, "
            "attempts = %1.attempts + excluded.attempts, declines = %1.declines + excluded.declines")
            .arg(table) };
}

RollupDelta::UpsertSql RollupDelta::countsSql(Granularity g)
{
    const QString table = StoreSchema::countsTable(g);
    return { QStringLiteral("INSERT INTO %1 (bucket, site, config_version, family, name, detail, n, is_test)")
                 .arg(table),
        8,
        QStringLiteral("ON CONFLICT (bucket, site, config_version, family, name, detail, is_test) "
                       "DO UPDATE SET n = %1.n + excluded.n")
            .arg(table) };
}

RollupDelta::UpsertSql RollupDelta::durationsSql(Granularity g)
{
    const QString table = StoreSchema::durationsTable(g);
    return {
        QStringLiteral("INSERT INTO %1 (bucket, site, config_version, outcome, bin, n, is_test)").arg(table),
        7,
        QStringLiteral(
            "ON CONFLICT (bucket, site, config_version, outcome, bin, is_test) DO UPDATE SET n = %1.n "
            "+ excluded.n")
            .arg(table)
    };
}

bool RollupDelta::write(QSqlDatabase& db, const StoreBackend& backend, QString* error) const
{
    // Empty strings rather than NULL in keys: NULLs never conflict, so they would defeat the upsert.
    // Each key occurs once per statement (the maps are keyed by it), as PostgreSQL's ON CONFLICT DO UPDATE
    // needs.
    auto insert = [&backend](const UpsertSql& sql) {
        return ChunkedInsert(sql.head, sql.columns, sql.tail, backend.insertChunkRows(sql.columns));
    };
    for (Granularity g : allGranularities()) {
        ChunkedInsert cube = insert(cubeSql(g));
        for (const auto& [key, sums] : cubeAt(g)) {
            if (!cube.add(db,
                    { std::get<0>(key), sqlText(std::get<1>(key)), sqlText(std::get<2>(key)),
                        sqlText(std::get<3>(key)), sqlText(std::get<4>(key)), sqlText(std::get<5>(key)),
                        sqlText(std::get<6>(key)), sums.sessions, sums.durationMs, sums.attempts,
                        sums.declines, std::get<7>(key) },
                    error)) {
                return false;
            }
        }
        if (!cube.finish(db, error)) {
            return false;
        }
        ChunkedInsert counts = insert(countsSql(g));
        for (const auto& [key, n] : countsAt(g)) {
            if (!counts.add(db,
                    { std::get<0>(key), sqlText(std::get<1>(key)), sqlText(std::get<2>(key)),
                        sqlText(std::get<3>(key)), sqlText(std::get<4>(key)), sqlText(std::get<5>(key)), n,
                        std::get<6>(key) },
                    error)) {
                return false;
            }
        }
        if (!counts.finish(db, error)) {
            return false;
        }
        ChunkedInsert durations = insert(durationsSql(g));
        for (const auto& [key, n] : durationsAt(g)) {
            if (!durations.add(db,
                    { std::get<0>(key), sqlText(std::get<1>(key)), sqlText(std::get<2>(key)),
                        sqlText(std::get<3>(key)), std::get<4>(key), n, std::get<5>(key) },
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

#include "rollupdelta.h"

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
    auto failed = [error](const QSqlQuery& q) {
        *error = q.lastError().text().trimmed();
        return false;
    };
    // Empty strings rather than NULL in keys: NULLs never conflict, so they would defeat the upsert.
    for (Granularity g : allGranularities()) {
        const int level = int(g);
        QSqlQuery cube(db);
        cube.prepare(QStringLiteral("INSERT INTO %1 (bucket, site, config_version, call_type, outcome, call_exit, "
                                    "brand, sessions, duration_ms, attempts, declines) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (bucket, site, config_version, call_type, outcome, call_exit, brand) "
                                    "DO UPDATE SET sessions = %1.sessions + excluded.sessions, "
                                    "duration_ms = %1.duration_ms + excluded.duration_ms, "
                                    "attempts = %1.attempts + excluded.attempts, "
                                    "declines = %1.declines + excluded.declines")
                         .arg(StoreSchema::rollupTable(g)));
        for (const auto& [key, sums] : m_cube) {
            if (std::get<0>(key) != level) {
                continue;
            }
            cube.bindValue(0, std::get<1>(key));
            cube.bindValue(1, sqlText(std::get<2>(key)));
            cube.bindValue(2, sqlText(std::get<3>(key)));
            cube.bindValue(3, sqlText(std::get<4>(key)));
            cube.bindValue(4, sqlText(std::get<5>(key)));
            cube.bindValue(5, sqlText(std::get<6>(key)));
            cube.bindValue(6, sqlText(std::get<7>(key)));
            cube.bindValue(7, sums.sessions);
            cube.bindValue(8, sums.durationMs);
            cube.bindValue(9, sums.attempts);
            cube.bindValue(10, sums.declines);
            if (!cube.exec()) {
                return failed(cube);
            }
        }
        QSqlQuery counts(db);
        counts.prepare(QStringLiteral("INSERT INTO %1 (bucket, site, config_version, family, name, detail, n) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (bucket, site, config_version, family, name, detail) "
                                      "DO UPDATE SET n = %1.n + excluded.n")
                           .arg(StoreSchema::countsTable(g)));
        for (const auto& [key, n] : m_counts) {
            if (std::get<0>(key) != level) {
                continue;
            }
            counts.bindValue(0, std::get<1>(key));
            counts.bindValue(1, sqlText(std::get<2>(key)));
            counts.bindValue(2, sqlText(std::get<3>(key)));
            counts.bindValue(3, sqlText(std::get<4>(key)));
            counts.bindValue(4, sqlText(std::get<5>(key)));
            counts.bindValue(5, sqlText(std::get<6>(key)));
            counts.bindValue(6, n);
            if (!counts.exec()) {
                return failed(counts);
            }
        }
        QSqlQuery durations(db);
        durations.prepare(QStringLiteral("INSERT INTO %1 (bucket, site, config_version, outcome, bin, n) "
                                         "VALUES (?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT (bucket, site, config_version, outcome, bin) "
                                         "DO UPDATE SET n = %1.n + excluded.n")
                              .arg(StoreSchema::durationsTable(g)));
        for (const auto& [key, n] : m_durations) {
            if (std::get<0>(key) != level) {
                continue;
            }
            durations.bindValue(0, std::get<1>(key));
            durations.bindValue(1, sqlText(std::get<2>(key)));
            durations.bindValue(2, sqlText(std::get<3>(key)));
            durations.bindValue(3, sqlText(std::get<4>(key)));
            durations.bindValue(4, std::get<5>(key));
            durations.bindValue(5, n);
            if (!durations.exec()) {
                return failed(durations);
            }
        }
    }
    return true;
}

} // namespace voicepay

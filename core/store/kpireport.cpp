#include "kpireport.h"

#include "flow/step.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace voicepay {

qint64 KpiRange::firstBucket() const
{
    return bucketStart(fromMs, by);
}

qint64 KpiRange::endBucket() const
{
    if (toMs <= fromMs) {
        return firstBucket();
    }
    return bucketEnd(bucketStart(toMs - 1, by), by);
}

double KpiRange::minutes() const
{
    return double(endBucket() - firstBucket()) / 60.0;
}

Granularity KpiRange::naturalGranularity(qint64 fromMs, qint64 toMs)
{
    const qint64 span = toMs - fromMs;
    if (span <= 6LL * 3600 * 1000) {
        return Granularity::Minute;
    }
    if (span <= 14LL * 86400 * 1000) {
        return Granularity::Hour;
    }
    return Granularity::Day;
}

QJsonObject KpiReport::countersJson(const KpiCounters& c)
{
    QJsonObject outcomes;
    for (auto it = c.byOutcome.begin(); it != c.byOutcome.end(); ++it) {
        outcomes.insert(it.key(),
            QJsonObject { { QStringLiteral("sessions"), it.value().sessions },
                { QStringLiteral("averageDurationMs"), qint64(std::llround(it.value().averageMs())) } });
    }
    return QJsonObject { { QStringLiteral("entered"), c.entered },
        { QStringLiteral("successful"), c.successful }, { QStringLiteral("unsuccessful"), c.unsuccessful },
        { QStringLiteral("attempted"), c.attempted }, { QStringLiteral("hangUps"), c.hangUps },
        { QStringLiteral("declines"), c.declines }, { QStringLiteral("pending"), c.pending },
        { QStringLiteral("byOutcome"), outcomes } };
}

QJsonObject KpiReport::toJson() const
{
    auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    auto split = [](const QMap<QString, KpiCounters>& m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it) {
            o.insert(it.key().isEmpty() ? QStringLiteral("none") : it.key(), countersJson(it.value()));
        }
        return o;
    };
    QJsonArray seriesArray;
    for (const KpiPoint& p : series) {
        QJsonObject o = countersJson(p.counters);
        o.insert(QStringLiteral("bucket"), iso(p.bucketMs));
        o.insert(QStringLiteral("ratePerMinute"), p.ratePerMinute);
        seriesArray.append(o);
    }
    QJsonArray funnelArray;
    for (const FunnelStep& f : funnel) {
        QJsonObject ended;
        for (auto it = f.endedHere.begin(); it != f.endedHere.end(); ++it) {
            ended.insert(it.key(), it.value());
        }
        funnelArray.append(QJsonObject { { QStringLiteral("step"), f.step },
            { QStringLiteral("reached"), f.reached }, { QStringLiteral("endedHere"), ended } });
    }
    QJsonArray errorArray;
    for (const ErrorCount& e : errors) {
        errorArray.append(QJsonObject { { QStringLiteral("step"), e.step },
            { QStringLiteral("kind"), e.kind }, { QStringLiteral("count"), e.count } });
    }
    QJsonObject declines;
    for (auto it = declinesByReason.begin(); it != declinesByReason.end(); ++it) {
        declines.insert(it.key(), it.value());
    }
    QJsonObject durations;
    for (auto it = durationByOutcome.begin(); it != durationByOutcome.end(); ++it) {
        durations.insert(it.key(),
            QJsonObject { { QStringLiteral("sessions"), it.value().sessions },
                { QStringLiteral("p50Ms"), it.value().p50Ms },
                { QStringLiteral("p90Ms"), it.value().p90Ms } });
    }
    return QJsonObject {
        { QStringLiteral("from"), iso(range.firstBucket() * 1000) },
        { QStringLiteral("to"), iso(range.endBucket() * 1000) },
        { QStringLiteral("by"), granularityName(range.by) },
        { QStringLiteral("totals"), countersJson(totals) },
        { QStringLiteral("ratePerMinute"), ratePerMinute },
        { QStringLiteral("byCallType"), split(byCallType) },
        { QStringLiteral("byBrand"), split(byBrand) },
        { QStringLiteral("byExit"), split(byExit) },
        { QStringLiteral("byConfigVersion"), split(byConfigVersion) },
        { QStringLiteral("bySite"), split(bySite) },
        { QStringLiteral("funnel"), funnelArray },
        { QStringLiteral("errors"), errorArray },
        { QStringLiteral("declinesByReason"), declines },
        { QStringLiteral("durationByOutcome"), durations },
        { QStringLiteral("series"), seriesArray },
    };
}

} // namespace voicepay

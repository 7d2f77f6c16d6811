#include "wallboardsnapshot.h"

#include "flow/step.h"
#include "store/livekpifeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace voicepay {

namespace {

qint64 technicalErrors(const KpiCounters& c)
{
    return c.byOutcome.value(outcomeName(Outcome::TechnicalError)).sessions;
}

} // namespace

WallboardSnapshot WallboardSnapshot::fromFeed(const LiveKpiFeed& feed, const QString& site, qint64 nowMs)
{
    WallboardSnapshot s;
    s.site = site;
    if (!feed.storeReachable()) {
        s.store = QStringLiteral("reconnecting");
    } else if (feed.hasPolled()) {
        s.store = QStringLiteral("live");
    }
    s.totals = feed.counters();
    s.minutes = feed.minutes();
    s.inProgress = feed.inProgress();
    s.nowMs = nowMs;
    return s;
}

QJsonObject WallboardSnapshot::toJson(const KpiThresholds& thresholds) const
{
    QJsonArray series;
    for (const KpiPoint& p : minutes) {
        const KpiCounters& c = p.counters;
        series.append(QJsonObject { { QStringLiteral("t"), p.bucketMs },
            { QStringLiteral("entered"), c.entered }, { QStringLiteral("successful"), c.successful },
            { QStringLiteral("unsuccessful"), c.unsuccessful }, { QStringLiteral("hangUps"), c.hangUps },
            { QStringLiteral("technicalErrors"), technicalErrors(c) } });
    }
    const auto rate = KpiThresholds::successRate(totals);
    const double hangUps = thresholds.perMinute(minutes, outcomeName(Outcome::Hangup));
    const double technical = thresholds.perMinute(minutes, outcomeName(Outcome::TechnicalError));
    QJsonObject totalsJson = KpiReport::countersJson(totals);
    // Every outcome has its tile, also before its first session of the day.
    QJsonObject byOutcome = totalsJson.value(QStringLiteral("byOutcome")).toObject();
    for (Outcome o : allOutcomes()) {
        if (!byOutcome.contains(outcomeName(o))) {
            byOutcome.insert(outcomeName(o),
                QJsonObject {
                    { QStringLiteral("sessions"), 0 }, { QStringLiteral("averageDurationMs"), 0 } });
        }
    }
    totalsJson.insert(QStringLiteral("byOutcome"), byOutcome);
    return QJsonObject {
        { QStringLiteral("site"), site },
        { QStringLiteral("store"), store },
        { QStringLiteral("generatedAt"),
            QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("totals"), totalsJson },
        { QStringLiteral("successRate"), rate ? QJsonValue(std::round(*rate * 10.0) / 10.0) : QJsonValue() },
        { QStringLiteral("inProgress"), inProgress },
        { QStringLiteral("hangUpsPerMinute"), std::round(hangUps * 10.0) / 10.0 },
        { QStringLiteral("technicalErrorsPerMinute"), std::round(technical * 10.0) / 10.0 },
        { QStringLiteral("levels"),
            QJsonObject {
                { QStringLiteral("successRate"), KpiThresholds::levelName(thresholds.successLevel(rate)) },
                { QStringLiteral("hangUps"), KpiThresholds::levelName(thresholds.hangUpsLevel(hangUps)) },
                { QStringLiteral("technicalErrors"),
                    KpiThresholds::levelName(thresholds.technicalLevel(technical)) } } },
        { QStringLiteral("minutes"), series },
    };
}

} // namespace voicepay

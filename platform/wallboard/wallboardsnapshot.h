#pragma once

#include "store/kpireport.h"
#include "store/kpithresholds.h"

#include <QJsonObject>

namespace voicepay {

class LiveKpiFeed;

// What the wallboard shows at one moment, as the JSON the page and the WebSocket carry:
//   { "site", "store": "connecting|live|reconnecting", "generatedAt",
//     "totals": { the keys of `voicepay-sim kpi --format json`'s totals },
//     "successRate" (per cent, null before the first session), "inProgress",
//     "hangUpsPerMinute", "technicalErrorsPerMinute", "levels": { tile: normal|amber|red },
//     "minutes": [ { "t" (epoch ms), "entered", "successful", "unsuccessful", "hangUps", "technicalErrors" }
//     ] }
struct WallboardSnapshot
{
    QString site;
    QString store = QStringLiteral("connecting");
    KpiCounters totals;
    QList<KpiPoint> minutes;
    int inProgress = 0;
    qint64 nowMs = 0;

    static WallboardSnapshot fromFeed(const LiveKpiFeed& feed, const QString& site, qint64 nowMs);
    QJsonObject toJson(const KpiThresholds& thresholds) const;
};

} // namespace voicepay

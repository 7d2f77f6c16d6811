#pragma once

#include "kpitypes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace voicepay {

// What a historical query reads: whole buckets of one granularity, from the bucket holding fromMs up to and
// including the bucket holding toMs - 1.
struct KpiRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    Granularity by = Granularity::Hour;

    qint64 firstBucket() const; // epoch seconds
    qint64 endBucket() const; // exclusive, epoch seconds
    double minutes() const; // the span of the buckets read
    // The granularity a dashboard would pick: minutes up to 6 hours, hours up to 14 days, then days.
    static Granularity naturalGranularity(qint64 fromMs, qint64 toMs);
};

// Narrows a query to one site and/or one configuration version; empty: all. Simulated calls (flagged as
// tests) count only when includeTests is set.
struct KpiFilter
{
    QString site;
    QString configVersion;
    bool includeTests = false;
};

struct KpiPoint
{
    qint64 bucketMs = 0;
    KpiCounters counters;
    double ratePerMinute = 0;
};

struct FunnelStep
{
    QString step;
    qint64 reached = 0; // sessions that got to this step
    QMap<QString, qint64> endedHere; // by outcome: where callers hung up or failed
};

struct ErrorCount
{
    QString step;
    QString kind; // no_input, no_match, luhn_failed, expired, amount_too_high, wrong_pin, ...
    qint64 count = 0;
};

struct DurationPercentiles
{
    qint64 sessions = 0;
    qint64 p50Ms = 0;
    qint64 p90Ms = 0;
};

// Every KPI of a range, as the console's dashboards and `voicepay-sim kpi` show them.
struct KpiReport
{
    KpiRange range;
    KpiCounters totals;
    double ratePerMinute = 0;
    QList<KpiPoint> series;
    QMap<QString, KpiCounters> byCallType;
    QMap<QString, KpiCounters> byBrand; // "" for sessions that never gave a card
    QMap<QString, KpiCounters> byExit;
    QMap<QString, KpiCounters> byConfigVersion;
    QMap<QString, KpiCounters> bySite;
    QList<FunnelStep> funnel;
    QList<ErrorCount> errors;
    QMap<QString, qint64> declinesByReason;
    QMap<QString, DurationPercentiles> durationByOutcome;

    QJsonObject toJson() const;
    static QJsonObject countersJson(const KpiCounters& counters);
};

} // namespace voicepay

Q_DECLARE_METATYPE(voicepay::KpiPoint)

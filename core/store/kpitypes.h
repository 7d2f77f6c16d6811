#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace voicepay {

// The width of the buckets of a historical query; each has its own rollup tables. Months are calendar months
// (UTC); queries also use them to sum the whole months of a long range at once.
enum class Granularity { Minute, Hour, Day, Month };
QString granularityName(Granularity granularity);
std::optional<Granularity> granularityFromName(const QString& name);
qint64 granularitySeconds(Granularity granularity); // a month: 30 days (use bucketEnd for the real length)
QList<Granularity> allGranularities();
// The start (epoch seconds, UTC) of the bucket holding `epochMs`.
qint64 bucketStart(qint64 epochMs, Granularity granularity);
// The start of the next bucket (epoch seconds), from the start of one.
qint64 bucketEnd(qint64 bucketStartSeconds, Granularity granularity);

struct OutcomeStats
{
    qint64 sessions = 0;
    qint64 durationMs = 0;
    double averageMs() const { return sessions > 0 ? double(durationMs) / double(sessions) : 0.0; }
};

// The use case's KPIs over a set of sessions.
struct KpiCounters
{
    qint64 entered = 0; // sessions in the payment application
    qint64 successful = 0; // outcome success
    qint64 unsuccessful = 0; // declined (maximum reached) or failed (input, authentication, technical)
    qint64 attempted = 0; // gateway submissions
    qint64 hangUps = 0; // outcome hangup
    qint64 pending = 0; // outcome pending (held for review): neither successful nor unsuccessful yet
    qint64 declines = 0; // declined submissions
    QMap<QString, OutcomeStats> byOutcome; // average duration per outcome

    void add(
        const QString& outcome, qint64 sessions, qint64 durationMs, qint64 attempts, qint64 declineCount);
    void merge(const KpiCounters& other);
    bool operator==(const KpiCounters& other) const;
};

} // namespace voicepay

Q_DECLARE_METATYPE(voicepay::KpiCounters)

#include "kpitypes.h"

#include <QDateTime>

namespace voicepay {

QString granularityName(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Minute:
        return QStringLiteral("minute");
    case Granularity::Hour:
        return QStringLiteral("hour");
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Month:
        return QStringLiteral("month");
    }
    return QString();
}

std::optional<Granularity> granularityFromName(const QString& name)
{
    for (Granularity g : allGranularities()) {
        if (granularityName(g) == name) {
            return g;
        }
    }
    return std::nullopt;
}

qint64 granularitySeconds(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Minute:
        return 60;
    case Granularity::Hour:
        return 3600;
    case Granularity::Day:
        return 86400;
    case Granularity::Month:
        return 30 * 86400;
    }
    return 60;
}

QList<Granularity> allGranularities()
{
    return { Granularity::Minute, Granularity::Hour, Granularity::Day, Granularity::Month };
}

qint64 bucketStart(qint64 epochMs, Granularity granularity)
{
    if (granularity == Granularity::Month) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    const qint64 width = granularitySeconds(granularity) * 1000;
    qint64 q = epochMs / width;
    if (epochMs % width < 0) {
        --q; // floor, for times before the epoch
    }
    return q * granularitySeconds(granularity);
}

qint64 bucketEnd(qint64 bucketStartSeconds, Granularity granularity)
{
    if (granularity == Granularity::Month) {
        const QDate d = QDateTime::fromSecsSinceEpoch(bucketStartSeconds, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    return bucketStartSeconds + granularitySeconds(granularity);
}

void KpiCounters::add(
    const QString& outcome, qint64 sessions, qint64 durationMs, qint64 attempts, qint64 declineCount)
{
    entered += sessions;
    if (outcome == u"success") {
        successful += sessions;
    } else if (outcome == u"hangup") {
        hangUps += sessions;
    } else if (outcome == u"pending") {
        pending += sessions;
    } else {
        unsuccessful += sessions;
    }
    attempted += attempts;
    declines += declineCount;
    OutcomeStats& s = byOutcome[outcome];
    s.sessions += sessions;
    s.durationMs += durationMs;
}

void KpiCounters::merge(const KpiCounters& other)
{
    entered += other.entered;
    successful += other.successful;
    unsuccessful += other.unsuccessful;
    attempted += other.attempted;
    hangUps += other.hangUps;
    pending += other.pending;
    declines += other.declines;
    for (auto it = other.byOutcome.begin(); it != other.byOutcome.end(); ++it) {
        OutcomeStats& s = byOutcome[it.key()];
        s.sessions += it.value().sessions;
        s.durationMs += it.value().durationMs;
    }
}

bool KpiCounters::operator==(const KpiCounters& other) const
{
    if (entered != other.entered || successful != other.successful || unsuccessful != other.unsuccessful
        || attempted != other.attempted || hangUps != other.hangUps || declines != other.declines
        || pending != other.pending || byOutcome.keys() != other.byOutcome.keys()) {
        return false;
    }
    for (auto it = byOutcome.begin(); it != byOutcome.end(); ++it) {
        const OutcomeStats& o = other.byOutcome.value(it.key());
        if (o.sessions != it.value().sessions || o.durationMs != it.value().durationMs) {
            return false;
        }
    }
    return true;
}

} // namespace voicepay

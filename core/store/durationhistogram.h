#pragma once

#include <QList>
#include <QtGlobal>

namespace voicepay {

// The fixed duration bins of the rollups: 5-second bins up to 10 minutes, 1-minute bins up to an hour, then
// one overflow bin. Percentiles come from the bins, so they are exact to the bin: the p-th percentile
// reported is the upper edge of the bin that holds the nearest-rank p-th duration.
class DurationHistogram
{
public:
    static int binCount();
    static int binFor(qint64 durationMs);
    static qint64 upperEdgeMs(int bin); // the overflow bin reports its lower edge
    // Nearest-rank percentile (0 < p <= 100) over bin counts indexed by bin; 0 when empty.
    static qint64 percentileMs(const QList<qint64>& counts, double p);
};

} // namespace voicepay

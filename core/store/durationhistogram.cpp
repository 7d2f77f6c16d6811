#include "durationhistogram.h"

#include <cmath>

namespace voicepay {

namespace {
constexpr qint64 kFineWidthMs = 5000;
constexpr qint64 kFineEndMs = 600000;
constexpr qint64 kCoarseWidthMs = 60000;
constexpr qint64 kCoarseEndMs = 3600000;
constexpr int kFineBins = int(kFineEndMs / kFineWidthMs);
constexpr int kCoarseBins = int((kCoarseEndMs - kFineEndMs) / kCoarseWidthMs);
} // namespace

int DurationHistogram::binCount()
{
    return kFineBins + kCoarseBins + 1;
}

int DurationHistogram::binFor(qint64 durationMs)
{
    if (durationMs <= 0) {
        return 0;
    }
    // Bins are (lower, upper]: a call of exactly 5 s is in the first bin.
    if (durationMs <= kFineEndMs) {
        return int((durationMs - 1) / kFineWidthMs);
    }
    if (durationMs <= kCoarseEndMs) {
        return kFineBins + int((durationMs - kFineEndMs - 1) / kCoarseWidthMs);
    }
    return kFineBins + kCoarseBins;
}

qint64 DurationHistogram::upperEdgeMs(int bin)
{
    if (bin < kFineBins) {
        return (bin + 1) * kFineWidthMs;
    }
    if (bin < kFineBins + kCoarseBins) {
        return kFineEndMs + (bin - kFineBins + 1) * kCoarseWidthMs;
    }
    return kCoarseEndMs;
}

qint64 DurationHistogram::percentileMs(const QList<qint64>& counts, double p)
{
    qint64 total = 0;
    for (qint64 c : counts) {
        total += c;
    }
    if (total == 0) {
        return 0;
    }
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(total))));
    qint64 seen = 0;
    for (int bin = 0; bin < counts.size(); ++bin) {
        seen += counts.at(bin);
        if (seen >= rank) {
            return upperEdgeMs(bin);
        }
    }
    return upperEdgeMs(int(counts.size()) - 1);
}

} // namespace voicepay

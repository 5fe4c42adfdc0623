#pragma once

#include "common/job_control.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <vector>

namespace traceload {

// The plane where mapping distances are measured: (ln memory, ln duration) at one
// percentile. Logarithms are taken once per function so that comparing n trace functions
// with m proxies costs n*m subtractions, not n*m logarithms.
struct LogPoint
{
    double lnMemory = 0;
    double lnDuration = 0;
};

// The trace functions' points. Zero values become 0.01 (as the seed does). Throws
// InputError naming the trace file and column when the percentile is not in the trace
// (durations.csv "percentile_Average_N", memory.csv "AverageAllocatedMb_pctN") and when a
// value is negative or not finite.
std::vector<LogPoint> tracePoints(const Trace& trace, int percentile);

// The proxies' points; validates the catalogue first (validateForMapping).
std::vector<LogPoint> proxyPoints(const ProxyCatalogue& catalogue, int percentile);

// Distance between two points: Euclidean in the log plane.
double logDistance(const LogPoint& a, const LogPoint& b);

// Index of the proxy closest to `point`: the first in catalogue order among equals, the
// comparison made on the distance itself (not its square) so that equal distances tie
// exactly as they do for a reader who computes sqrt per pair.
struct NearestProxy
{
    int index = -1;
    double distance = 0;
};
NearestProxy nearestProxy(const LogPoint& point, const std::vector<LogPoint>& proxies);

// The stage name progress is reported under.
QString mappingStageName();

} // namespace traceload

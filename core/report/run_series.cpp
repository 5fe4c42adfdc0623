#include "run_series.h"

#include <cmath>

namespace traceload {

double timelineBucketS(double durationS, int maxBuckets)
{
    static const double steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    for (double step : steps)
        if (durationS / step <= maxBuckets)
            return step;
    return std::ceil(durationS / maxBuckets / 3600) * 3600;
}

} // namespace traceload

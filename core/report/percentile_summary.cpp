#include "percentile_summary.h"

#include <algorithm>
#include <cmath>

namespace traceload {

std::size_t nearestRankIndex(std::size_t n, double p)
{
    if (n == 0)
        return 0;
    // The small epsilon keeps p*n that is an integer in exact arithmetic (99.9% of 1000)
    // from rounding up one rank because of binary floating point.
    const double rank = std::ceil(p / 100.0 * double(n) - 1e-9);
    return std::size_t(std::clamp(rank, 1.0, double(n))) - 1;
}

std::int64_t percentileOf(std::vector<std::int64_t>& values, double p)
{
    if (values.empty())
        return 0;
    const auto k = values.begin() + std::ptrdiff_t(nearestRankIndex(values.size(), p));
    std::nth_element(values.begin(), k, values.end());
    return *k;
}

PercentileSummary summarizePercentiles(std::vector<std::int64_t>& values)
{
    PercentileSummary s;
    s.count = values.size();
    if (values.empty())
        return s;
    long double sum = 0;
    for (const std::int64_t v : values)
        sum += v;
    s.mean = double(sum / (long double)values.size());
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    s.min = *lo;
    s.max = *hi;
    // Ascending ranks: each selection only has to look at the part above the previous one.
    const double ps[] = {50, 90, 99, 99.9};
    std::int64_t* out[] = {&s.p50, &s.p90, &s.p99, &s.p999};
    auto from = values.begin();
    for (int i = 0; i < 4; ++i) {
        const auto k = values.begin() + std::ptrdiff_t(nearestRankIndex(values.size(), ps[i]));
        std::nth_element(from, k, values.end());
        *out[i] = *k;
        from = k;
    }
    return s;
}

} // namespace traceload

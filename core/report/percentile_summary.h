#pragma once

#include <cstdint>
#include <vector>

namespace traceload {

// Exact percentiles of a sample, nearest-rank definition: the p-th percentile is the
// smallest value with at least p% of the sample at or below it (so p100 = max and every
// reported value is one that was observed).
struct PercentileSummary
{
    std::uint64_t count = 0;
    std::int64_t p50 = 0;
    std::int64_t p90 = 0;
    std::int64_t p99 = 0;
    std::int64_t p999 = 0;
    std::int64_t max = 0;
    std::int64_t min = 0;
    double mean = 0;

    bool isEmpty() const { return count == 0; }
};

// 0-based index of the nearest-rank p-th percentile (0 < p <= 100) in n sorted values.
std::size_t nearestRankIndex(std::size_t n, double p);

// The p-th percentile of values (reordered in place, O(n)); 0 when empty.
std::int64_t percentileOf(std::vector<std::int64_t>& values, double p);

// p50/p90/p99/p99.9/max/min/mean in one O(n) pass of selections (values reordered).
PercentileSummary summarizePercentiles(std::vector<std::int64_t>& values);

} // namespace traceload

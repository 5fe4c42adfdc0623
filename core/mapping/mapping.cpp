#include "mapping.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

namespace {
// Percentile of sorted values, linear between the closest ranks.
double percentileOfSorted(const std::vector<double>& sorted, double fraction)
{
    const double rank = fraction * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(rank));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double weight = rank - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * weight;
}
} // namespace

MappingErrorStats Mapping::errorStats() const
{
    MappingErrorStats stats;
    if (entries.empty())
        return stats;
    std::vector<double> errors;
    errors.reserve(entries.size());
    for (const MappingEntry& entry : entries)
        errors.push_back(entry.error);
    std::sort(errors.begin(), errors.end());
    stats.total = std::accumulate(errors.begin(), errors.end(), 0.0);
    stats.mean = stats.total / double(errors.size());
    stats.median = percentileOfSorted(errors, 0.5);
    stats.p90 = percentileOfSorted(errors, 0.9);
    stats.max = errors.back();
    return stats;
}

} // namespace traceload

#pragma once

#include <map>
#include <optional>

namespace traceload {

// A distribution given by some of its percentiles: percentile (0..100) -> value.
// Trace files and profile.json carry different sets of percentiles, so lookups say
// whether the one asked for exists rather than interpolating silently.
using PercentileMap = std::map<int, double>;

inline std::optional<double> percentileValue(const PercentileMap& map, int percentile)
{
    const auto it = map.find(percentile);
    if (it == map.end())
        return std::nullopt;
    return it->second;
}

} // namespace traceload

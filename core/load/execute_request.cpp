#include "execute_request.h"

#include "trace/trace.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace traceload {

double valueAtPercentile(const PercentileMap& map, double u)
{
    if (map.empty())
        return 0;
    auto upper = map.upper_bound(int(std::floor(u)));
    if (upper == map.begin())
        return upper->second;
    auto lower = std::prev(upper);
    if (upper == map.end())
        return lower->second;
    const double span = double(upper->first - lower->first);
    const double t = (u - double(lower->first)) / span;
    return lower->second + t * (upper->second - lower->second);
}

namespace {

std::int32_t rounded(double value)
{
    const double limit = double(std::numeric_limits<std::int32_t>::max());
    return std::int32_t(std::clamp(std::round(value), 0.0, limit));
}

} // namespace

ExecuteRequest drawExecuteRequest(const TraceFunction& function, RandomStream& random)
{
    const double runtime = valueAtPercentile(function.durationMs, 100.0 * random.nextDouble());
    const double memory = valueAtPercentile(function.memoryMb, 100.0 * random.nextDouble());
    return {rounded(runtime), rounded(memory)};
}

RandomStream executeRequestStream(std::uint64_t seed, std::size_t function, std::uint64_t slot)
{
    // A seed of its own, so these draws never repeat a timestamp stream's numbers.
    return RandomStream(RandomStream::mix(seed ^ 0x45786563757465ULL), function, slot);
}

} // namespace traceload

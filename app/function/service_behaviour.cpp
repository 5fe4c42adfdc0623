#include "service_behaviour.h"

#include <cmath>
#include <utility>

namespace traceload {

namespace {

double uniformBetween(double a, double b, DrawEngine& engine)
{
    if (a > b)
        std::swap(a, b);
    if (a == b)
        return a;
    return std::uniform_real_distribution<double>(a, b)(engine);
}

} // namespace

double drawFromPercentiles(const PercentileMap& percentiles, DrawEngine& engine)
{
    if (percentiles.empty())
        return 0;
    const double quantile = std::uniform_real_distribution<double>(0.0, 100.0)(engine);
    const std::pair<const int, double>* below = nullptr;
    for (const auto& point : percentiles) {
        if (point.first >= quantile)
            return below ? uniformBetween(below->second, point.second, engine) : point.second;
        below = &point;
    }
    return below->second;
}

ExecutionDraw drawExecution(const ServiceBehaviour& service, DrawEngine& engine)
{
    ExecutionDraw draw;
    const double ms = service.fixedDurationMs ? *service.fixedDurationMs
                                              : drawFromPercentiles(service.durationMs, engine);
    draw.execUs = std::max<qint64>(0, std::llround(ms * 1000.0));
    draw.memoryMb = service.fixedMemoryMb ? *service.fixedMemoryMb
                                          : drawFromPercentiles(service.memoryMb, engine);
    return draw;
}

} // namespace traceload

#include "function_points.h"

#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <cmath>

namespace traceload {

namespace {

double valueAt(const PercentileMap& map, int percentile, int& missing)
{
    if (const auto v = percentileValue(map, percentile))
        return *v;
    ++missing;
    return std::nan("");
}

} // namespace

std::vector<double> FunctionPoints::present(const std::vector<double>& values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

FunctionPoints FunctionPoints::ofTrace(const Trace& trace, int percentile)
{
    FunctionPoints p;
    p.memoryMb.reserve(trace.functions.size());
    p.durationMs.reserve(trace.functions.size());
    for (const TraceFunction& f : trace.functions) {
        p.names << f.id;
        p.memoryMb.push_back(valueAt(f.memoryMb, percentile, p.missingMemory));
        p.durationMs.push_back(valueAt(f.durationMs, percentile, p.missingDuration));
    }
    return p;
}

FunctionPoints FunctionPoints::ofProxies(const ProxyCatalogue& catalogue, int percentile)
{
    FunctionPoints p;
    for (const ProxyFunction& f : catalogue.proxies) {
        p.names << f.name;
        p.memoryMb.push_back(valueAt(f.memoryMb, percentile, p.missingMemory));
        p.durationMs.push_back(valueAt(f.durationMs, percentile, p.missingDuration));
        p.cpu.push_back(valueAt(f.cpu, percentile, p.missingCpu));
    }
    return p;
}

} // namespace traceload

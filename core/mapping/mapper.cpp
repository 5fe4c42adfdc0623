#include "mapper.h"

#include "assignment.h"
#include "common/text.h"
#include "log_space.h"

#include <QCoreApplication>
#include <cmath>

namespace traceload {

namespace {

MappingEntry entryFor(const TraceFunction& function, const ProxyCatalogue& catalogue,
                      int proxyIndex, double error)
{
    return MappingEntry{function.id, proxyIndex, catalogue.proxies[std::size_t(proxyIndex)].name,
                        error};
}

void mapNearest(Mapping& mapping, const Trace& trace, const ProxyCatalogue& catalogue,
                const std::vector<LogPoint>& functions, const std::vector<LogPoint>& proxies,
                const JobControl& job)
{
    const QString stage = mappingStageName();
    mapping.entries.reserve(functions.size());
    for (std::size_t i = 0; i < functions.size(); ++i) {
        if (i % 64 == 0) {
            job.checkCancelled();
            job.progress(stage, double(i) / double(functions.size()));
        }
        const NearestProxy nearest = nearestProxy(functions[i], proxies);
        mapping.entries.push_back(
            entryFor(trace.functions[i], catalogue, nearest.index, nearest.distance));
    }
    job.progress(stage, 1.0);
}

void mapUnique(Mapping& mapping, const Trace& trace, const ProxyCatalogue& catalogue,
               const std::vector<LogPoint>& functions, const std::vector<LogPoint>& proxies,
               const JobControl& job)
{
    const auto coordinates = [](const std::vector<LogPoint>& points) {
        std::pair<std::vector<double>, std::vector<double>> xy;
        xy.first.reserve(points.size());
        xy.second.reserve(points.size());
        for (const LogPoint& p : points) {
            xy.first.push_back(p.lnMemory);
            xy.second.push_back(p.lnDuration);
        }
        return xy;
    };
    const auto [rowX, rowY] = coordinates(functions);
    const auto [colX, colY] = coordinates(proxies);
    const std::vector<int> columns = solveEuclideanAssignment(rowX, rowY, colX, colY, job);
    mapping.entries.reserve(functions.size());
    for (std::size_t i = 0; i < functions.size(); ++i) {
        const auto j = std::size_t(columns[i]);
        mapping.entries.push_back(
            entryFor(trace.functions[i], catalogue, int(j), logDistance(functions[i], proxies[j])));
    }
}
} // namespace

double mappingDistance(double traceMemoryMb, double traceDurationMs, double proxyMemoryMb,
                       double proxyDurationMs)
{
    const auto traceLog = [](double value) {
        return std::log(value == 0 ? 0.01 : value);
    };
    return logDistance({traceLog(traceMemoryMb), traceLog(traceDurationMs)},
                       {std::log(proxyMemoryMb), std::log(proxyDurationMs)});
}

Mapping Mapper::map(const Trace& trace, const ProxyCatalogue& catalogue,
                    const MappingOptions& options, const JobControl& job)
{
    Mapping mapping;
    mapping.requested = options.method;
    mapping.used = options.method;
    mapping.percentile = options.percentile;
    // Both checks come before any pair is compared, so a missing percentile is one error.
    const std::vector<LogPoint> proxies = proxyPoints(catalogue, options.percentile);
    const std::vector<LogPoint> functions = tracePoints(trace, options.percentile);

    if (options.method == MappingMethod::Unique && functions.size() > proxies.size()) {
        mapping.used = MappingMethod::Nearest;
        mapping.warnings.append(
            Text::tr(
                "unique mapping needs at least as many proxies as trace functions (%1 trace "
                "functions, %2 proxies): each function was mapped to its nearest proxy instead")
                .arg(functions.size())
                .arg(proxies.size()));
    }
    if (mapping.used == MappingMethod::Unique)
        mapUnique(mapping, trace, catalogue, functions, proxies, job);
    else
        mapNearest(mapping, trace, catalogue, functions, proxies, job);
    return mapping;
}

} // namespace traceload

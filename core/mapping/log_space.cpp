#include "log_space.h"

#include "common/input_error.h"
#include "common/text.h"
#include "profile/profile_reader.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace traceload {

namespace {

// What the seed does for trace values of exactly zero (a zero memory or duration would
// otherwise be infinitely far from every proxy).
constexpr double kZeroReplacement = 0.01;

QString traceFile(const Trace& trace, const QString& name)
{
    return trace.directory.isEmpty() ? name : trace.directory + u'/' + name;
}

struct Column
{
    const char* file;
    QString name;
};

double traceLog(const Trace& trace, const TraceFunction& function, const PercentileMap& map,
                int percentile, const Column& column)
{
    const auto value = percentileValue(map, percentile);
    if (!value)
        throw InputError(traceFile(trace, QLatin1String(column.file)), 0, column.name,
                         Text::tr("no such column for function %1 (mapping at percentile %2 needs "
                                  "it)")
                             .arg(function.id)
                             .arg(percentile));
    if (!std::isfinite(*value) || *value < 0)
        throw InputError(traceFile(trace, QLatin1String(column.file)), 0, column.name,
                         Text::tr("function %1 has the value %2; expected a number >= 0")
                             .arg(function.id)
                             .arg(*value));
    return std::log(*value == 0 ? kZeroReplacement : *value);
}
} // namespace

std::vector<LogPoint> tracePoints(const Trace& trace, int percentile)
{
    const Column duration{"durations.csv", QStringLiteral("percentile_Average_%1").arg(percentile)};
    const Column memory{"memory.csv", QStringLiteral("AverageAllocatedMb_pct%1").arg(percentile)};
    // A percentile the trace files do not have is missing for every function alike: say so
    // once, as a missing column, before any pair is compared.
    if (!trace.functions.empty()) {
        const TraceFunction& first = trace.functions.front();
        if (!percentileValue(first.durationMs, percentile))
            throw InputError(
                traceFile(trace, QLatin1String(duration.file)), 1, duration.name,
                Text::tr("no such column (mapping at percentile %1 needs it)").arg(percentile));
        if (!percentileValue(first.memoryMb, percentile))
            throw InputError(
                traceFile(trace, QLatin1String(memory.file)), 1, memory.name,
                Text::tr("no such column (mapping at percentile %1 needs it)").arg(percentile));
    }
    std::vector<LogPoint> points;
    points.reserve(trace.functions.size());
    for (const TraceFunction& function : trace.functions)
        points.push_back({traceLog(trace, function, function.memoryMb, percentile, memory),
                          traceLog(trace, function, function.durationMs, percentile, duration)});
    return points;
}

std::vector<LogPoint> proxyPoints(const ProxyCatalogue& catalogue, int percentile)
{
    validateForMapping(catalogue, percentile);
    std::vector<LogPoint> points;
    points.reserve(catalogue.proxies.size());
    for (const ProxyFunction& proxy : catalogue.proxies)
        points.push_back(
            {std::log(proxy.memoryMb.at(percentile)), std::log(proxy.durationMs.at(percentile))});
    return points;
}

double logDistance(const LogPoint& a, const LogPoint& b)
{
    const double dm = a.lnMemory - b.lnMemory;
    const double dd = a.lnDuration - b.lnDuration;
    return std::sqrt(dm * dm + dd * dd);
}

NearestProxy nearestProxy(const LogPoint& point, const std::vector<LogPoint>& proxies)
{
    NearestProxy best;
    double bestSquare = std::numeric_limits<double>::infinity();
    double bestDistance = std::numeric_limits<double>::infinity();
    const std::size_t count = proxies.size();
    for (std::size_t j = 0; j < count; ++j) {
        const double dm = point.lnMemory - proxies[j].lnMemory;
        const double dd = point.lnDuration - proxies[j].lnDuration;
        const double square = dm * dm + dd * dd;
        // sqrt is monotonic, so a smaller distance always has a smaller square: the square
        // filters cheaply, the distance decides (two squares may round to one distance).
        if (square < bestSquare) {
            const double distance = std::sqrt(square);
            if (distance < bestDistance) {
                bestSquare = square;
                bestDistance = distance;
                best.index = int(j);
            }
        }
    }
    best.distance = bestDistance;
    return best;
}

QString mappingStageName()
{
    return Text::tr("Mapping");
}

} // namespace traceload

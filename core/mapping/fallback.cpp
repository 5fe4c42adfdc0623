#include "fallback.h"

#include "common/text.h"

#include <algorithm>
#include <cmath>

namespace traceload {

namespace {

double relativeError(double traceValue, double proxyValue)
{
    const double reference = traceValue == 0 ? 0.01 : traceValue;
    return std::abs(proxyValue - reference) / reference;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

void measureRelativeErrors(Mapping& mapping, const Trace& trace, const ProxyCatalogue& catalogue)
{
    const int p = mapping.percentile;
    for (std::size_t i = 0; i < mapping.entries.size() && i < trace.functions.size(); ++i) {
        MappingEntry& entry = mapping.entries[i];
        if (entry.proxyIndex < 0)
            continue;
        const TraceFunction& function = trace.functions[i];
        const ProxyFunction& proxy = catalogue.proxies[std::size_t(entry.proxyIndex)];
        entry.durationError = relativeError(percentileValue(function.durationMs, p).value_or(0),
                                            percentileValue(proxy.durationMs, p).value_or(0));
        entry.memoryError = relativeError(percentileValue(function.memoryMb, p).value_or(0),
                                          percentileValue(proxy.memoryMb, p).value_or(0));
    }
}

int applyFallback(Mapping& mapping, double tolerance)
{
    int count = 0;
    mapping.fallbackTolerance = std::max(0.0, tolerance);
    for (MappingEntry& entry : mapping.entries) {
        entry.fallback =
            tolerance > 0 && (entry.durationError > tolerance || entry.memoryError > tolerance);
        count += entry.fallback ? 1 : 0;
    }
    return count;
}

QString fallbackReason(const MappingEntry& entry, double tolerance)
{
    if (!entry.fallback)
        return {};
    QStringList parts;
    if (entry.durationError > tolerance)
        parts << Text::tr("duration off by %1 %").arg(100 * entry.durationError, 0, 'f', 0);
    if (entry.memoryError > tolerance)
        parts << Text::tr("memory off by %1 %").arg(100 * entry.memoryError, 0, 'f', 0);
    return parts.join(QStringLiteral(", "));
}

MappingAccuracy mappingAccuracy(const Mapping& mapping, double within, bool ignoreFallback)
{
    MappingAccuracy accuracy;
    std::vector<double> durations;
    std::vector<double> memories;
    std::size_t good = 0;
    for (const MappingEntry& entry : mapping.entries) {
        const bool exact = entry.fallback && !ignoreFallback;
        const double duration = exact ? 0.0 : entry.durationError;
        const double memory = exact ? 0.0 : entry.memoryError;
        durations.push_back(duration);
        memories.push_back(memory);
        good += duration <= within && memory <= within ? 1 : 0;
        accuracy.fallbacks += entry.fallback ? 1 : 0;
    }
    accuracy.medianDurationError = median(std::move(durations));
    accuracy.medianMemoryError = median(std::move(memories));
    accuracy.shareWithin =
        mapping.entries.empty() ? 0.0 : double(good) / double(mapping.entries.size());
    return accuracy;
}

} // namespace traceload

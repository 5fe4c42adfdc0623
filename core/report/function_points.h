#pragma once

#include <QStringList>
#include <vector>

namespace traceload {

struct Trace;
struct ProxyCatalogue;

// Memory, duration (and, for proxies, CPU) of functions at one percentile: the data of
// the seed's histograms and its function-profiles scatter. A function lacking the
// percentile is left out of that quantity and counted.
struct FunctionPoints
{
    QStringList names;
    std::vector<double> memoryMb;   // NaN where missing
    std::vector<double> durationMs; // NaN where missing
    std::vector<double> cpu;        // proxies only; NaN where missing
    int missingMemory = 0;
    int missingDuration = 0;
    int missingCpu = 0;

    int size() const { return int(names.size()); }
    // The values of one quantity without the missing ones.
    static std::vector<double> present(const std::vector<double>& values);

    static FunctionPoints ofTrace(const Trace& trace, int percentile);
    static FunctionPoints ofProxies(const ProxyCatalogue& catalogue, int percentile);
};

} // namespace traceload

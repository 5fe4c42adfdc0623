#pragma once
// Builders shared by the load tests: in-memory traces, so the tests do not depend on the
// trace reader.

#include "load/load.h"
#include "trace/trace.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace traceload::test {

// counts[f][s] = invocations of function f in kept slot s.
inline Trace makeTrace(const std::vector<std::vector<std::uint32_t>>& counts,
                       Granularity granularity = Granularity::Minute, int firstSlot = 0)
{
    Trace trace;
    trace.directory = QStringLiteral("/traces/t");
    trace.granularity = granularity;
    trace.firstSlot = firstSlot;
    trace.slotCount = counts.empty() ? 0 : int(counts.front().size());
    trace.totalSlots = firstSlot + trace.slotCount;
    for (std::size_t f = 0; f < counts.size(); ++f) {
        TraceFunction function;
        function.id = QStringLiteral("function-%1").arg(f);
        function.invocations = counts[f];
        trace.functions.push_back(function);
    }
    return trace;
}

inline std::vector<QString> endpointsFor(const Trace& trace)
{
    std::vector<QString> endpoints;
    for (std::size_t f = 0; f < trace.functions.size(); ++f)
        endpoints.push_back(QStringLiteral("fn-%1.dry-run").arg(f));
    return endpoints;
}

// The timestamps of one endpoint in one slot, in load order.
inline std::vector<std::int64_t> timestampsOf(const Load& load, std::size_t slot,
                                              const QString& endpoint)
{
    std::vector<std::int64_t> out;
    const LoadSlot& s = load.timeSlots[slot];
    for (std::size_t k = 0; k < s.timestampsUs.size(); ++k)
        if (load.endpoints[s.endpoints[k]] == endpoint)
            out.push_back(s.timestampsUs[k]);
    return out;
}

} // namespace traceload::test

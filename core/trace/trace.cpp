#include "trace.h"

#include <numeric>

namespace traceload {

std::uint64_t Trace::totalInvocations() const
{
    std::uint64_t total = 0;
    for (const TraceFunction& function : functions)
        total = std::accumulate(function.invocations.begin(), function.invocations.end(), total);
    return total;
}

} // namespace traceload

#include "trace.h"

#include <numeric>

namespace traceload {

QString TraceIssue::toString() const
{
    QString out = file;
    if (line > 0)
        out += QStringLiteral(":%1").arg(line);
    if (!column.isEmpty())
        out += QStringLiteral(": %1").arg(column);
    return out + QStringLiteral(": ") + reason;
}

std::uint64_t Trace::totalInvocations() const
{
    std::uint64_t total = 0;
    for (const TraceFunction& function : functions)
        total = std::accumulate(function.invocations.begin(), function.invocations.end(), total);
    return total;
}

} // namespace traceload

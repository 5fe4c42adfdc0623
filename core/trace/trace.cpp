#include "trace.h"

#include <numeric>

namespace traceload {

QString appMemoryRuleName(AppMemoryRule rule)
{
    return rule == AppMemoryRule::Split ? QStringLiteral("split") : QStringLiteral("copy");
}

std::optional<AppMemoryRule> appMemoryRuleFromName(const QString& name)
{
    if (name == u"split")
        return AppMemoryRule::Split;
    if (name == u"copy")
        return AppMemoryRule::Copy;
    return std::nullopt;
}

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

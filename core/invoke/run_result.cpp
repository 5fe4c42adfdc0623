#include "run_result.h"

#include <cmath>

namespace traceload {

std::int64_t RunResult::measuredStartUs() const
{
    return std::llround(double(options.warmupSlots) * double(slotLengthUs) / options.speedup);
}

QString toString(InvocationStatus status)
{
    switch (status) {
    case InvocationStatus::Ok:
        return QStringLiteral("ok");
    case InvocationStatus::Error:
        return QStringLiteral("error");
    case InvocationStatus::Timeout:
        return QStringLiteral("timeout");
    case InvocationStatus::NotSent:
        break;
    }
    return QStringLiteral("not_sent");
}

QString toString(InvocationPhase phase)
{
    return phase == InvocationPhase::Measured ? QStringLiteral("measured")
                                              : QStringLiteral("warmup");
}

QString toString(NotSentReason reason)
{
    return reason == NotSentReason::Late ? QStringLiteral("late") : QStringLiteral("cancelled");
}

} // namespace traceload

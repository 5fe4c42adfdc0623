#pragma once
// A small finished run with every kind of record, for the run folder and series tests.

#include "invoke/run_result.h"

namespace traceload::test {

inline InvocationRecord rec(std::uint32_t slot, std::int64_t scheduled, std::int64_t sent,
                            std::int64_t latency, InvocationStatus status, int code = 0,
                            int cold = -1, std::uint32_t instance = 0, std::uint32_t endpoint = 0)
{
    InvocationRecord r;
    r.slot = slot;
    r.phase = slot == 0 ? InvocationPhase::Warmup : InvocationPhase::Measured;
    r.scheduledUs = scheduled;
    r.sentUs = sent;
    r.latencyUs = latency;
    r.status = status;
    r.grpcCode = std::uint8_t(code);
    r.cold = std::int8_t(cold);
    r.instance = instance;
    r.endpoint = endpoint;
    return r;
}

inline RunResult sampleResult()
{
    using S = InvocationStatus;
    RunResult r;
    r.endpoints = {QStringLiteral("fn-a"), QStringLiteral("fn,b")};
    r.instances = {QString(), QStringLiteral("fn-a-1")};
    r.records = {
        rec(0, 0, 10, 100, S::Ok, 0, 1, 1),         rec(1, 1000, 1005, 300, S::Ok, 0, 0, 1),
        rec(1, 1100, 1102, 20, S::Ok, 0, -1, 0, 1), rec(1, 1200, 1203, 50, S::Error, 14),
        rec(1, 1300, 1301, 5000, S::Timeout, 4),    rec(1, 1400, -1, -1, S::NotSent),
    };
    r.completionOrder = {0, 2, 3, 1, 4};
    r.options.warmupSlots = 1;
    r.options.durationSlots = 1;
    r.slotLengthUs = 1000;
    r.slotCount = 2;
    r.scheduleEndUs = 2000;
    r.wallUs = 6301;
    r.startUnixUs = 1'700'000'000'000'000;
    r.inputs = {QStringLiteral("/data/load.json"), QStringLiteral("ab12"), 7};
    r.firstErrorMessage[14] = QStringLiteral("connection refused");
    return r;
}

} // namespace traceload::test

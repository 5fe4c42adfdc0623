#pragma once

#include "common/job_control.h"
#include "load.h"
#include "trace/trace.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace traceload {

enum class IatDistribution
{
    Equidistant,
    Uniform,
    Exponential
};

// "equidistant" | "uniform" | "exponential" (case-insensitive); nullopt for anything else.
std::optional<IatDistribution> parseIatDistribution(const QString& name);
QString toString(IatDistribution distribution);

struct LoadOptions
{
    IatDistribution distribution = IatDistribution::Uniform;
    std::uint64_t seed = 42;
    // Per-function random phase in [0, slot): timestamps are rotated by it inside each
    // slot, so that functions do not all fire at the slot's start (invitro's *_shift).
    bool shift = true;
    // Slots of the trace (relative to Trace::firstSlot) to skip before the load starts.
    int offset = 0;
    int warmupSlots = 2;
    int durationSlots = 20;

    bool operator==(const LoadOptions&) const = default;
};

// Per-slot statistics of a generated load, for summaries.
struct LoadStats
{
    std::vector<std::uint64_t> invocationsPerSlot;
    std::uint64_t total = 0;
    int functionsWithInvocations = 0;
};

// Places, for every slot and every function with n invocations in it, exactly n
// timestamps inside the slot according to the distribution. Never merges or drops
// invocations. Deterministic for a given seed (each function draws from its own stream,
// so the result does not depend on threading). endpointOfFunction[i] is the endpoint of
// trace.functions[i]. Throws InputError when the trace has fewer than offset + warmup +
// duration slots (naming both lengths), Cancelled when cancelled.
class LoadGenerator
{
public:
    // traceFunctions[i] (when not empty): trace.functions[i] is served by a trace function,
    // so each of its calls also carries a runtime and memory drawn from the function's own
    // percentiles (drawRequest).
    static Load generate(const Trace& trace, const std::vector<QString>& endpointOfFunction,
                         const LoadOptions& options, const JobControl& job = {},
                         const std::vector<bool>& traceFunctions = {});
    // A load holds every invocation in memory (12 bytes each, and the invoker keeps a record
    // of each), so a load larger than this is refused before anything is allocated.
    static constexpr std::uint64_t maxInvocationsPerLoad = 100'000'000;

    // Throws InputError naming invocations.csv and every length when the trace (as read)
    // lacks offset + warm-up + duration slots, or naming the line and slot column at which
    // the window passes maxInvocationsPerLoad; generate() checks it first.
    static void checkWindow(const Trace& trace, const LoadOptions& options);
    // From a load: functionsWithInvocations counts the endpoints invoked (which is the
    // number of functions unless functions share a service).
    static LoadStats statistics(const Load& load);
    // From the trace window the generator replays: functionsWithInvocations is exact.
    static LoadStats statistics(const Trace& trace, const LoadOptions& options);
    // The phase of function `function` with shift on, in [0, slotLengthUs).
    static std::int64_t phaseUs(std::uint64_t seed, std::size_t function,
                                std::int64_t slotLengthUs);
};

} // namespace traceload

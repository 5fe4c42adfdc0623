#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace traceload {

// A timestamped load: what the invoker sends, slot by slot. The JSON form (load.json) is
// the seed's: a list of slots, each {"timestamp": [µs within the slot, ascending],
// "endpoint": [...]} with the two arrays of equal length.
struct LoadSlot
{
    std::vector<std::int64_t> timestampsUs; // ascending, in [0, slotLengthUs]
    std::vector<std::uint32_t> endpoints;   // index into Load::endpoints, same length
    // Additive (load.json "runtime_ms", "memory_mib"): what each call asks a trace function
    // (faas.Executor/Execute) to run for and touch; empty when no endpoint of the load is a
    // trace function, else the same length, with -1 for calls to proxies (SayHello). The
    // seed's invoker ignores them.
    std::vector<std::int32_t> runtimeMs;
    std::vector<std::int32_t> memoryMib;
};

struct Load
{
    std::int64_t slotLengthUs = 60'000'000;
    std::vector<QString> endpoints;  // interned endpoint names
    std::vector<LoadSlot> timeSlots; // not "slots": Qt keywords are on
    QString sourceFile;              // the load.json it was read from, empty if generated

    std::uint64_t invocationCount() const;
    std::uint32_t internEndpoint(const QString& endpoint); // linear in the table size
};

} // namespace traceload

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
    std::vector<std::int64_t> timestampsUs; // ascending, in [0, slotLengthUs)
    std::vector<std::uint32_t> endpoints;   // index into Load::endpoints, same length
};

// Qt's `slots` keyword macro (Qt keywords are on for QCustomPlot) would swallow the member
// name below; a .cpp that uses Load::slots needs `#undef slots` after its includes.
#pragma push_macro("slots")
#undef slots
struct Load
{
    std::int64_t slotLengthUs = 60'000'000;
    std::vector<QString> endpoints; // interned endpoint names
    std::vector<LoadSlot> slots;

    std::uint64_t invocationCount() const;
    std::uint32_t internEndpoint(const QString& endpoint); // linear in the table size
};
#pragma pop_macro("slots")

} // namespace traceload

#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace traceload {

struct Load;

// Invocations per slot of a load: the total, the busiest endpoints one by one and the
// rest together — what a stacked "invocations per slot" chart draws.
struct LoadProfile
{
    struct Series
    {
        QString name;
        std::uint64_t total = 0;
        std::vector<std::uint64_t> perSlot;
    };

    std::int64_t slotLengthUs = 0;
    std::vector<std::uint64_t> total; // per slot
    std::vector<Series> top;          // busiest first (ties: first in the endpoint table)
    Series other; // every other endpoint (name left empty: the chart labels it), zeros if none
    std::uint64_t invocations = 0;
    int endpointCount = 0; // endpoints with at least one invocation
    int warmupSlots = 0;   // the first slots, replayed as warm-up: marked in the chart

    int slotCount() const { return int(total.size()); }
    std::uint64_t maxPerSlot() const;

    // topCount < 0: every endpoint on its own.
    static LoadProfile of(const Load& load, int topCount = 5);
};

} // namespace traceload

#include "load_profile.h"

#include "load/load.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace traceload {

std::uint64_t LoadProfile::maxPerSlot() const
{
    return total.empty() ? 0 : *std::max_element(total.begin(), total.end());
}

LoadProfile LoadProfile::of(const Load& load, int topCount)
{
    LoadProfile p;
    p.slotLengthUs = load.slotLengthUs;
    const std::size_t slotCount = load.timeSlots.size();
    const std::size_t endpoints = load.endpoints.size();
    p.total.assign(slotCount, 0);

    // Per endpoint totals first, to pick the busiest without a per-slot table for all.
    std::vector<std::uint64_t> perEndpoint(endpoints, 0);
    for (std::size_t s = 0; s < slotCount; ++s) {
        const LoadSlot& slot = load.timeSlots[s];
        p.total[s] = slot.endpoints.size();
        for (std::uint32_t e : slot.endpoints)
            if (e < endpoints)
                ++perEndpoint[e];
    }
    p.invocations = std::accumulate(p.total.begin(), p.total.end(), std::uint64_t(0));
    p.endpointCount =
        int(std::count_if(perEndpoint.begin(), perEndpoint.end(), [](auto n) { return n > 0; }));

    std::vector<std::uint32_t> order(endpoints);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return perEndpoint[a] > perEndpoint[b];
    });
    const std::size_t keep = std::min<std::size_t>(topCount < 0 ? endpoints : std::size_t(topCount),
                                                   std::size_t(p.endpointCount));

    std::vector<int> seriesOf(endpoints, -1);
    for (std::size_t i = 0; i < keep; ++i) {
        seriesOf[order[i]] = int(i);
        p.top.push_back({load.endpoints[order[i]], perEndpoint[order[i]],
                         std::vector<std::uint64_t>(slotCount, 0)});
    }
    p.other.perSlot.assign(slotCount, 0);
    for (std::size_t s = 0; s < slotCount; ++s) {
        for (std::uint32_t e : load.timeSlots[s].endpoints) {
            const int series = e < endpoints ? seriesOf[e] : -1;
            if (series >= 0)
                ++p.top[std::size_t(series)].perSlot[s];
            else
                ++p.other.perSlot[s];
        }
    }
    p.other.total =
        std::accumulate(p.other.perSlot.begin(), p.other.perSlot.end(), std::uint64_t(0));
    return p;
}

} // namespace traceload

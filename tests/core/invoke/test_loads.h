#pragma once
// Small synthetic loads for the invoker tests.

#include "load/load.h"

#include <QStringList>

namespace traceload::test {

// `slots` slots of slotLengthUs, each with `perSlot` equidistant calls spread over
// `spanUs` from the slot's start, cycling through the endpoints.
inline Load equidistantLoad(int slotCount, int perSlot, std::int64_t slotLengthUs,
                            std::int64_t spanUs, const QStringList& endpoints)
{
    Load load;
    load.slotLengthUs = slotLengthUs;
    for (const QString& e : endpoints)
        load.endpoints.push_back(e);
    load.timeSlots.resize(std::size_t(slotCount));
    int k = 0;
    for (auto& slot : load.timeSlots) {
        for (int i = 0; i < perSlot; ++i) {
            slot.timestampsUs.push_back(spanUs * i / std::max(1, perSlot));
            slot.endpoints.push_back(std::uint32_t(k++ % endpoints.size()));
        }
    }
    return load;
}

} // namespace traceload::test

#pragma once
// Small synthetic loads for the invoker tests.

#include "invoke/run_options.h"
#include "load/load.h"

#include <QStringList>
#include <QtGlobal>

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

// The transport the suite runs on: CTest runs the invoker suites twice, with
// TRACELOAD_TEST_TRANSPORT=h2 and =grpc (unset: the default, auto).
inline Transport testTransport()
{
    const auto t = transportFromString(qEnvironmentVariable("TRACELOAD_TEST_TRANSPORT"));
    return t.value_or(Transport::Auto);
}

} // namespace traceload::test

#pragma once

#include "invocation_record.h"
#include "run_options.h"

#include <QString>
#include <cstdint>
#include <map>
#include <vector>

namespace traceload {

// Everything a finished (or cancelled) run produced: one record per scheduled invocation,
// in schedule order, plus what is needed to interpret them.
struct RunResult
{
    std::vector<InvocationRecord> records;
    std::vector<QString> endpoints; // Load::endpoints
    std::vector<QString> instances; // [0] = "" (none), then interned instance ids
    // Completion order of the records (indices), as the seed writes its latency file.
    std::vector<std::uint32_t> completionOrder;

    RunOptions options;
    RunInputs inputs;
    std::int64_t slotLengthUs = 0;  // of the load (before speedup)
    int slotCount = 0;              // warmup + duration
    std::int64_t startUnixUs = 0;   // system clock at the run's start (µs since epoch)
    std::int64_t wallUs = 0;        // start -> last completion or give-up
    std::int64_t scheduleEndUs = 0; // end of the last slot, after speedup
    bool cancelled = false;
    int connectedChannels = 0; // after the pre-connect, before the first slot
    int channelCount = 0;
    Transport transport = Transport::Grpc; // the one used (RunOptions::transport resolved)
    int senderThreads = 1;
    std::map<int, QString> firstErrorMessage; // gRPC code -> first message seen

    // The measured window (after speedup): [measuredStartUs, scheduleEndUs).
    std::int64_t measuredStartUs() const;
};

} // namespace traceload

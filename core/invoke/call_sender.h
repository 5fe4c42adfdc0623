#pragma once

#include "call_recorder.h"
#include "common/job_control.h"
#include "run_options.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace traceload {

// What a transport needs to send a run's calls: the records (in schedule order, times
// relative to the recorder's start), what each call asks for and where outcomes go.
struct SendPlan
{
    const RunOptions& options;
    RunResult& result;
    CallRecorder& recorder;
    // Per record, the runtime and memory a call to a trace function asks for ({-1, -1}: a
    // SayHello call); empty when the load has no trace functions.
    const std::vector<std::pair<std::int32_t, std::int32_t>>& executeRequests;
    std::string executionScale; // the traceload-exec-scale metadata's value; empty: not sent

    bool isExecute(std::uint32_t index) const
    {
        return index < executeRequests.size() && executeRequests[index].first >= 0;
    }
};

// How a sending run ended: the records a cancel left unsent (not counting late ones).
struct SendOutcome
{
    std::uint64_t notReached = 0;
    bool cancelled = false;
};

// One way of putting a run's calls on the wire (the gRPC stack or the lean HTTP/2 client).
// run() sends every record at its time (or up to RunOptions::sendSlack later, see
// sendWakeTime), open loop, never early, drops those later than
// RunOptions::maxLateness, then waits for the calls in flight (each has its deadline; after a
// cancel at most RunOptions::cancelGrace, then they are cancelled: CANCELLED). Every sent
// call reaches CallRecorder::completed exactly once before run() returns.
class CallSender
{
public:
    virtual ~CallSender() = default;
    virtual std::vector<std::string> targets() const = 0;
    virtual int channelCount() const = 0;
    // Connects every connection, waiting until each is up or has failed, at most `wait`;
    // returns how many are up.
    virtual int connectAll(std::chrono::milliseconds wait) = 0;
    virtual SendOutcome run(const CancelToken* cancel) = 0;
};

// Long gaps (minute slots) are waited in pieces of this, so that a cancel is noticed.
inline constexpr std::chrono::milliseconds kCancelCheckInterval{50};

// When a sender waiting for a call that is not due yet wakes: `spin` before the call's
// time, plus the send slack, so that the calls due by then go out in the same wake-up.
template <typename TimePoint> TimePoint sendWakeTime(TimePoint deadline, const RunOptions& o)
{
    return deadline - o.spin + o.sendSlack;
}

// The grace a cancel gives calls in flight.
inline std::chrono::milliseconds cancelGraceOf(const RunOptions& o)
{
    return std::min<std::chrono::milliseconds>(o.cancelGrace, o.grpcTimeout);
}

} // namespace traceload

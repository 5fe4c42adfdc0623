#pragma once

#include "common/job_control.h"
#include "live_stats.h"
#include "load/load.h"
#include "run_options.h"
#include "run_result.h"

#include <memory>

namespace traceload {

// Replays a load open-loop: each invocation is sent at
//   start + (slot * slotLength + timestamp) / speedup
// on the monotonic clock, whether or not earlier calls have answered. run() is the
// scheduler: it sleeps to `spin` before each deadline with an absolute-time sleep,
// prepares the call (context, deadline, channel call) in that window, spins to the
// deadline and starts it; asynchronous gRPC calls go out on the reused channels of a
// ChannelPool and complete on RunOptions::completionThreads CompletionQueue threads,
// which fill the preallocated records and the LiveStats. Every scheduled invocation ends as exactly
// one record: ok, error (gRPC code), timeout (DEADLINE_EXCEEDED after grpcTimeout) or not_sent
// (cancelled before its time, or reason late: it could only have gone out more than
// RunOptions::maxLateness after its time, so a run that cannot keep up sheds calls instead of
// queueing them). After a cancel, calls still in flight get cancelGrace (at most
// grpcTimeout) to finish and are then cancelled: they end as error CANCELLED.
class Invoker
{
public:
    // Uses slots [0, warmup + duration) of `load`, which must outlive the Invoker. Throws
    // InputError when the load has fewer slots than that (naming both numbers) or when an
    // option is out of range.
    // The slot ranges and options are checked first (checkOptions), then every record is
    // built (InputError for a slot whose endpoints do not match its timestamps), which takes
    // a while for a large load.
    Invoker(const Load& load, RunOptions options, RunInputs inputs = {});
    ~Invoker();
    // The constructor's cheap checks (no records built, no channel made): throws InputError
    // when the load has too few slots for the options or an option is out of range.
    static void checkOptions(const Load& load, const RunOptions& options);
    Invoker(const Invoker&) = delete;
    Invoker& operator=(const Invoker&) = delete;

    std::uint64_t scheduledCount() const;
    // Thread-safe, usable from any thread during and after run().
    const LiveStats& liveStats() const;
    std::vector<std::string> dialTargets() const;

    // Blocking; call once. The cancel token may be set from any thread (or a signal
    // handler); the result holds whatever was done until then.
    RunResult run(const CancelToken* cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace traceload

#pragma once

#include "invoke/run_options.h"
#include "load/load.h"
#include "report/run_outcome.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace traceload::batch {

// What `invoke` and `run` share once a load exists.
struct InvokeSession
{
    RunFolderOptions folder;
    bool debug = false;
    bool quiet = false;
    // Called once the invoker is built, before the first call (e.g. for debug lines).
    std::function<void(quint64 scheduledCount, const QStringList& dialTargets)> onStarted;
};

struct InvokeReport
{
    std::shared_ptr<RunResult> result;
    RunOutcome outcome;
};

// Runs the load through an InvokerRunner in this thread's (the application's) event loop,
// the code path a window uses too: a progress line on stderr every second, SIGINT/SIGTERM
// cancelling the run (a second one kills). Then concludes the run (files written, also
// after a cancel) and prints the summary and threshold verdicts. Throws InputError for bad
// input (found up front or by the runner) and what concluding the run throws.
InvokeReport invokeAndReport(std::shared_ptr<const Load> load, const RunOptions& options,
                             const RunInputs& inputs, const InvokeSession& session);

// 0 ok, 1 cancelled, 3 no call succeeded, 99 a threshold violated (in this order).
int exitCodeOf(const RunOutcome& outcome);

} // namespace traceload::batch

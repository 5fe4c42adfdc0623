#pragma once

#include "invoke/run_result.h"
#include "result_writer.h"
#include "run_summary.h"
#include "threshold.h"

#include <QString>
#include <vector>

namespace traceload {

// Where and how a finished run is concluded.
struct RunFolderOptions
{
    QString outDir; // "" = the working directory
    QString latf = QStringLiteral("lat.csv");
    std::vector<Threshold> thresholds;
};

// What a finished (or cancelled) run amounts to, once its files are on disk.
struct RunOutcome
{
    RunSummary summary;
    std::vector<ThresholdResult> verdicts; // in the order of RunFolderOptions::thresholds
    ResultWriter::Paths paths;
    bool cancelled = false;
    bool thresholdsViolated = false;
    bool noCallSucceeded = false; // calls were scheduled and none of them succeeded
    // Set when the results could not be written where asked (why, e.g. "...: No space left
    // on device"); paths then point into a fallback folder under the temporary folder.
    QString fallbackReason;
};

// Summarises the run, checks the thresholds and writes the run folder (rps_<latf>,
// invocations.csv, summary.json; together, atomically), also for a cancelled run. Every
// front end concludes a run through here. A run's measurements cannot be made again, so
// when the folder cannot be written the files go to a new folder under the temporary
// folder instead (fallbackReason says why); InputError only when that fails too.
RunOutcome concludeRun(const RunResult& result, const RunFolderOptions& options);

} // namespace traceload

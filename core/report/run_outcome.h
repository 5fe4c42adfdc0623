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
};

// Summarises the run, checks the thresholds and writes the run folder (rps_<latf>,
// invocations.csv, summary.json; together, atomically), also for a cancelled run. Every
// front end concludes a run through here. Throws InputError when a file cannot be written.
RunOutcome concludeRun(const RunResult& result, const RunFolderOptions& options);

} // namespace traceload

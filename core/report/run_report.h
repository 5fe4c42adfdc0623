#pragma once

#include "run_outcome.h"
#include "run_summary.h"
#include "threshold.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace traceload {

// What a run amounts to as summary.json states it: taken from a run just concluded (of())
// or read back from a run folder written by any front end (read()), so that a run opened
// later shows the same summary as when it ended.
struct RunReport
{
    RunSummary summary; // counts, rates, percentiles and cold starts; no timeline when read
    std::vector<ThresholdResult> verdicts;
    bool cancelled = false;
    double speedup = 1;
    std::int64_t startUnixUs = 0;
    double wallS = 0;

    static RunReport of(const RunOutcome& outcome, const RunResult& result);
    // Reads <folder>/summary.json. Throws InputError naming the file (line and column for a
    // syntax error, the key for a value of the wrong type).
    static RunReport read(const QString& summaryPath);
};

} // namespace traceload

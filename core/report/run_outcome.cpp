#include "run_outcome.h"

#include <algorithm>

namespace traceload {

RunOutcome concludeRun(const RunResult& result, const RunFolderOptions& options)
{
    RunOutcome outcome;
    outcome.summary = RunSummary::compute(result);
    outcome.verdicts = evaluate(options.thresholds, outcome.summary);
    outcome.paths = ResultWriter::paths(options.outDir, options.latf);
    ResultWriter::writeRunFolder(outcome.paths, result, outcome.summary, outcome.verdicts);
    outcome.cancelled = result.cancelled;
    outcome.noCallSucceeded = outcome.summary.noCallSucceeded();
    outcome.thresholdsViolated = std::any_of(outcome.verdicts.begin(), outcome.verdicts.end(),
                                             [](const ThresholdResult& t) { return !t.passed; });
    return outcome;
}

} // namespace traceload

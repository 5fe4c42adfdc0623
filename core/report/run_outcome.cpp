#include "run_outcome.h"

#include "common/input_error.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace traceload {

RunOutcome concludeRun(const RunResult& result, const RunFolderOptions& options)
{
    RunOutcome outcome;
    outcome.summary = RunSummary::compute(result);
    outcome.verdicts = evaluate(options.thresholds, outcome.summary);
    outcome.paths = ResultWriter::paths(options.outDir, options.latf);
    try {
        ResultWriter::writeRunFolder(outcome.paths, result, outcome.summary, outcome.verdicts);
    } catch (const InputError& e) {
        QTemporaryDir fallback(
            QDir(QDir::tempPath()).filePath(QStringLiteral("traceload-run-XXXXXX")));
        if (!fallback.isValid())
            throw;
        fallback.setAutoRemove(false);
        outcome.fallbackReason = e.toString();
        outcome.paths = ResultWriter::paths(fallback.path(), QFileInfo(options.latf).fileName());
        ResultWriter::writeRunFolder(outcome.paths, result, outcome.summary, outcome.verdicts);
    }
    outcome.cancelled = result.cancelled;
    outcome.noCallSucceeded = outcome.summary.noCallSucceeded();
    outcome.thresholdsViolated = std::any_of(outcome.verdicts.begin(), outcome.verdicts.end(),
                                             [](const ThresholdResult& t) { return !t.passed; });
    return outcome;
}

} // namespace traceload

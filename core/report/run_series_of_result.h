#pragma once

#include "invoke/run_result.h"
#include "run_series.h"
#include "run_summary.h"

namespace traceload {

// The series of a run that just finished, drawn from memory: the same values that
// RunFolderReader::read() gets from the folder the run wrote (which stays the way to
// plot past runs). folder only labels the series.
RunSeries runSeriesOf(const RunResult& result, const RunSummary& summary,
                      const QString& folder = {});

} // namespace traceload

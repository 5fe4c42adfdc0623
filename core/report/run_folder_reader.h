#pragma once

#include "common/job_control.h"
#include "run_series.h"

namespace traceload {

// Reads a run folder written by the invoker: invocations.csv (required; columns found
// by header name) and summary.json (optional, for the target rate). Throws InputError
// naming the file (and line and column) when invocations.csv is missing or malformed.
class RunFolderReader
{
public:
    static RunSeries read(const QString& folder, const JobControl& job = {});
};

} // namespace traceload

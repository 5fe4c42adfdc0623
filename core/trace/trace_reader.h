#pragma once

#include "common/job_control.h"
#include "trace.h"

namespace traceload {

struct TraceReadOptions
{
    Granularity granularity = Granularity::Minute;
    // Keep only slots [firstSlot, firstSlot + slotCount) of invocations.csv; slotCount < 0
    // keeps all from firstSlot. Slots outside are validated but not stored, so a day-long
    // trace costs memory only for the window that is replayed. A window reaching past the
    // end is cut there (Trace::slotCount tells what was kept); a firstSlot at or past the
    // end throws InputError naming both numbers.
    int firstSlot = 0;
    int slotCount = -1;
    // Which day of a folder in the release layout (0: the pre-cut files, or the folder's
    // only day); see TraceFileSet::find.
    int day = 0;
    AppMemoryRule appMemory = AppMemoryRule::Split;
    // When true, the first row that would be skipped throws InputError instead.
    bool strict = false;
};

// Reads invocations.csv, durations.csv and memory.csv from a folder (Azure Functions 2019
// format), or one day of the release's files (TraceFileSet). Columns are found by header name.
// Streams the files. Throws InputError for what makes the whole trace unusable (missing file or
// column, empty file, duplicate function id, ...); skips and reports malformed rows. Throws
// Cancelled if cancelled.
class TraceReader
{
public:
    static Trace read(const QString& directory, const TraceReadOptions& options = {},
                      const JobControl& job = {});
};

} // namespace traceload

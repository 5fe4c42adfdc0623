#include "run_series_of_result.h"

#include "run_series_builder.h"

namespace traceload {

namespace {

// invocations.csv leaves a field empty for these values, and its reader treats a
// negative one as empty: the same rule here.
std::optional<std::int64_t> field(bool written, std::int64_t us)
{
    if (!written || us < 0)
        return std::nullopt;
    return us;
}

} // namespace

RunSeries runSeriesOf(const RunResult& result, const RunSummary& summary, const QString& folder)
{
    RunSeriesBuilder builder;
    builder.reserve(result.records.size());
    for (const InvocationRecord& r : result.records) {
        const bool ok = r.status == InvocationStatus::Ok;
        builder.add(RunRow::of(r.status, r.phase == InvocationPhase::Measured, r.scheduledUs,
                               field(r.isSent(), r.sentUs), field(r.isSent(), r.latenessUs()),
                               field(ok, r.latencyUs), field(ok, r.responseUs()), r.cold));
    }
    return builder.finish(folder, summary.targetRate > 0 ? summary.targetRate : -1);
}

} // namespace traceload

#include "models/trace_table.h"

#include "models/function_id.h"
#include "models/text_ranks.h"
#include "trace/trace.h"

#include <numeric>

namespace traceload {

namespace {

void setPercentileValues(TraceTable& table)
{
    table.points = FunctionPoints::ofTrace(*table.trace, table.percentile);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        table.rows[i].memoryMb = table.points.memoryMb[i];
        table.rows[i].durationMs = table.points.durationMs[i];
    }
}

} // namespace

TraceTable TraceTable::build(std::shared_ptr<const Trace> trace, int percentile,
                             const JobControl& job)
{
    TraceTable table;
    table.trace = std::move(trace);
    table.percentile = percentile;
    if (!table.trace)
        return table;
    const auto& functions = table.trace->functions;
    table.rows.resize(functions.size());
    std::vector<QString> ids(functions.size()), triggers(functions.size());
    for (std::size_t i = 0; i < functions.size(); ++i) {
        if (i % 4096 == 0)
            job.checkCancelled();
        const TraceFunction& f = functions[i];
        Row& row = table.rows[i];
        row.shortId = shortFunctionId(f);
        row.filterText = f.id + u'\n' + f.trigger;
        row.invocations =
            std::accumulate(f.invocations.begin(), f.invocations.end(), std::uint64_t(0));
        table.totalInvocations += row.invocations;
        ids[i] = f.id;
        triggers[i] = f.trigger;
    }
    job.checkCancelled();
    const std::vector<double> idRanks = caseInsensitiveRanks(ids);
    const std::vector<double> triggerRanks = caseInsensitiveRanks(triggers);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        table.rows[i].idRank = idRanks[i];
        table.rows[i].triggerRank = triggerRanks[i];
    }
    setPercentileValues(table);
    return table;
}

TraceTable TraceTable::atPercentile(int percentile) const
{
    TraceTable table = *this;
    table.percentile = percentile;
    if (table.trace)
        setPercentileValues(table);
    return table;
}

} // namespace traceload

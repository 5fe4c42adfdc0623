#pragma once

#include "common/job_control.h"
#include "report/function_points.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace traceload {

struct Trace;

// What the Trace page's table shows of one trace at one percentile, computed once and off
// the GUI thread (a day-size trace has 46,000 functions of 1,440 slots each): every row's
// display values, and a numeric sort key for every column, text columns included, so that
// the model's data() is O(1) and sorting 46,000 rows by id compares numbers, not strings.
struct TraceTable
{
    struct Row
    {
        QString shortId;
        QString filterText; // id and trigger, what the text filter searches
        std::uint64_t invocations = 0;
        double memoryMb = 0;    // NaN: the function lacks the percentile
        double durationMs = 0;  // NaN likewise
        double idRank = 0;      // rank of the id in case-insensitive order
        double triggerRank = 0; // likewise for the trigger; equal triggers, equal ranks
    };

    std::shared_ptr<const Trace> trace;
    int percentile = 75;
    std::vector<Row> rows; // in the trace's order
    std::uint64_t totalInvocations = 0;
    FunctionPoints points; // memory and duration at the percentile, for the histograms

    // The table of `trace` (null: an empty table). Polls `job` for cancellation.
    static TraceTable build(std::shared_ptr<const Trace> trace, int percentile,
                            const JobControl& job = {});
    // The same rows with the memory and duration of another percentile.
    TraceTable atPercentile(int percentile) const;
};

} // namespace traceload

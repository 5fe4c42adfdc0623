#pragma once

#include "common/job_control.h"
#include "mapping/fallback.h"
#include "report/function_points.h"
#include "report/mapping_series.h"

#include <QString>
#include <memory>
#include <vector>

namespace traceload {

struct Mapping;
struct ProxyCatalogue;
struct Trace;

// What the Mapping page shows of one mapping, computed once and off the GUI thread (a
// day-size trace maps 46,000 functions): every row's display values and numeric sort keys
// (the id's and the proxy's rank, so that sorting by id compares numbers), why a function
// fell back to a trace function, how close the shapes come, and the data of the scatter
// and error figures.
struct MappingTable
{
    struct Row
    {
        QString shortId;
        QString filterText;   // trace id and proxy, what the text filter searches
        int traceIndex = -1;  // into Trace::functions, -1 when the trace lacks the id
        double idRank = 0;    // rank of the trace id in case-insensitive order
        double proxyRank = 0; // likewise for the proxy name; equal names, equal ranks
        // Why the function fell back to a trace function ("duration off by 350 %"), empty
        // when it did not; the larger of its relative errors sorts the column.
        QString fallbackReason;
        double fallbackKey = 0;
    };

    std::shared_ptr<const Mapping> mapping;
    std::shared_ptr<const Trace> trace;              // may be null
    std::shared_ptr<const ProxyCatalogue> catalogue; // may be null
    std::vector<Row> rows;                           // in the mapping's entry order
    int fallbacks = 0;                               // entries that fell back
    // Median relative errors and the share within 25 % on both, of the proxies alone and
    // with the fallback functions counted as exact (mappingAccuracy).
    MappingAccuracy proxiesOnly;
    MappingAccuracy withFallback;
    // For the figures, at the mapping's percentile: trace and proxy points, each function's
    // proxy, error and fallback. Filled only when the trace and the catalogue are known.
    FunctionPoints tracePoints;
    FunctionPoints proxyPoints;
    MappingSeries series;

    // Entries are in trace order, but a mapping read from a file need not cover the same
    // trace: rows join it by id. Polls `job` for cancellation.
    static MappingTable build(std::shared_ptr<const Mapping> mapping,
                              std::shared_ptr<const Trace> trace,
                              std::shared_ptr<const ProxyCatalogue> catalogue,
                              const JobControl& job = {});
};

} // namespace traceload

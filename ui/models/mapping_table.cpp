#include "models/mapping_table.h"

#include "mapping/mapping.h"
#include "models/function_id.h"
#include "models/text_ranks.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <QHash>
#include <algorithm>

namespace traceload {

MappingTable MappingTable::build(std::shared_ptr<const Mapping> mapping,
                                 std::shared_ptr<const Trace> trace,
                                 std::shared_ptr<const ProxyCatalogue> catalogue,
                                 const JobControl& job)
{
    MappingTable table;
    table.mapping = std::move(mapping);
    table.trace = std::move(trace);
    table.catalogue = std::move(catalogue);
    if (!table.mapping)
        return table;
    QHash<QString, int> traceRow;
    if (table.trace) {
        traceRow.reserve(qsizetype(table.trace->functions.size()));
        for (std::size_t i = 0; i < table.trace->functions.size(); ++i)
            traceRow.insert(table.trace->functions[i].id, int(i));
    }
    const auto& entries = table.mapping->entries;
    table.rows.resize(entries.size());
    std::vector<QString> ids(entries.size()), proxies(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i % 4096 == 0)
            job.checkCancelled();
        const MappingEntry& e = entries[i];
        Row& row = table.rows[i];
        row.traceIndex = traceRow.value(e.traceId, -1);
        row.shortId = row.traceIndex >= 0
                          ? shortFunctionId(table.trace->functions[std::size_t(row.traceIndex)])
                          : shortFunctionId(e.traceId);
        row.filterText = e.traceId + u'\n' + e.proxyName;
        if (e.fallback) {
            row.fallbackReason = fallbackReason(e, table.mapping->fallbackTolerance);
            row.fallbackKey = std::max(e.durationError, e.memoryError);
            row.filterText += u'\n' + row.fallbackReason;
            ++table.fallbacks;
        }
        ids[i] = e.traceId;
        proxies[i] = e.proxyName;
    }
    job.checkCancelled();
    const std::vector<double> idRanks = caseInsensitiveRanks(ids);
    const std::vector<double> proxyRanks = caseInsensitiveRanks(proxies);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        table.rows[i].idRank = idRanks[i];
        table.rows[i].proxyRank = proxyRanks[i];
    }
    table.proxiesOnly = mappingAccuracy(*table.mapping, 0.25, true);
    table.withFallback = mappingAccuracy(*table.mapping, 0.25);
    if (table.trace && table.catalogue) {
        const int p = table.mapping->percentile;
        table.tracePoints = FunctionPoints::ofTrace(*table.trace, p);
        table.proxyPoints = FunctionPoints::ofProxies(*table.catalogue, p);
        table.series = MappingSeries::of(*table.trace, *table.mapping);
    }
    return table;
}

} // namespace traceload

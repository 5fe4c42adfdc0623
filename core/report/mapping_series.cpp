#include "mapping_series.h"

#include "mapping/mapping.h"
#include "trace/trace.h"

#include <QHash>

namespace traceload {

MappingSeries MappingSeries::of(const Trace& trace, const Mapping& mapping)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < int(trace.functions.size()); ++i)
        indexOf.insert(trace.functions[std::size_t(i)].id, i);
    MappingSeries s;
    s.proxyOfTrace.assign(trace.functions.size(), -1);
    s.fallbackOfTrace.assign(trace.functions.size(), 0);
    s.errors.reserve(mapping.entries.size());
    s.errorFallback.reserve(mapping.entries.size());
    for (const MappingEntry& e : mapping.entries) {
        const int i = indexOf.value(e.traceId, -1);
        if (i >= 0) {
            s.proxyOfTrace[std::size_t(i)] = e.proxyIndex;
            s.fallbackOfTrace[std::size_t(i)] = e.fallback ? 1 : 0;
        }
        s.errors.push_back(e.error);
        s.errorFallback.push_back(e.fallback ? 1 : 0);
    }
    return s;
}

} // namespace traceload

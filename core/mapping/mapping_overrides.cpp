#include "mapping_overrides.h"

#include "common/input_error.h"
#include "common/text.h"
#include "log_space.h"

#include <QHash>
#include <QSet>

namespace traceload {

Mapping applyOverrides(Mapping mapping, const std::map<QString, QString>& overrides,
                       const Trace& trace, const ProxyCatalogue& catalogue, const QString& source)
{
    if (overrides.empty())
        return mapping;
    QHash<QString, int> entryOf;
    for (std::size_t i = 0; i < mapping.entries.size(); ++i)
        entryOf.insert(mapping.entries[i].traceId, int(i));
    const std::vector<LogPoint> proxies = proxyPoints(catalogue, mapping.percentile);
    const std::vector<LogPoint> functions = tracePoints(trace, mapping.percentile);

    for (const auto& [id, proxyName] : overrides) {
        const int entry = entryOf.value(id, -1);
        if (entry < 0 || std::size_t(entry) >= functions.size())
            throw InputError(source, 0, id, Text::tr("no trace function has this id"));
        const int proxy = catalogue.indexOf(proxyName);
        if (proxy < 0)
            throw InputError(
                source, 0, id,
                Text::tr("unknown proxy \"%1\" (not in %2)").arg(proxyName, catalogue.sourceFile));
        MappingEntry& e = mapping.entries[std::size_t(entry)];
        e.proxyIndex = proxy;
        e.proxyName = catalogue.proxies[std::size_t(proxy)].name;
        e.error = logDistance(functions[std::size_t(entry)], proxies[std::size_t(proxy)]);
    }
    if (mapping.used == MappingMethod::Unique) {
        QSet<int> used;
        int shared = 0;
        for (const MappingEntry& e : mapping.entries)
            if (used.contains(e.proxyIndex))
                ++shared;
            else
                used.insert(e.proxyIndex);
        if (shared > 0)
            mapping.warnings.append(
                Text::tr("after manual overrides, %n trace function(s) share a proxy with another",
                         nullptr, shared));
    }
    return mapping;
}

} // namespace traceload

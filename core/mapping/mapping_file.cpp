#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/json_input.h"
#include "common/text.h"
#include "log_space.h"
#include "mapper.h"

#include <QCoreApplication>
#include <QHash>

namespace traceload {

namespace {
// Plain json, not ordered_json: a day-size trace's mapping has ~46,000 keys (see
// common/json_input.h).
using Json = nlohmann::json;

QString proxyNameIn(const QString& path, const QString& id, const Json& value)
{
    if (value.is_string()) // {"<id>": "<proxy>"}: a hand-written override
        return QString::fromStdString(value.get<std::string>());
    if (!value.is_object())
        throw InputError(
            path, 0, id,
            Text::tr("expected an object {\"proxy\": name, \"error\": distance}, found %1")
                .arg(jsonTypeName(value)));
    const QString key = jsonPathKey(id, "proxy");
    const auto proxy = value.find("proxy");
    if (proxy == value.end())
        throw InputError(path, 0, key, Text::tr("required key is missing"));
    if (!proxy->is_string())
        throw InputError(path, 0, key,
                         Text::tr("expected a string, found %1").arg(jsonTypeName(*proxy)));
    return QString::fromStdString(proxy->get<std::string>());
}
} // namespace

void MappingFile::write(const QString& path, const Mapping& mapping)
{
    writeFileAtomically(path, [&mapping, &path](QIODevice& out) { writeTo(out, path, mapping); });
}

void MappingFile::writeTo(QIODevice& out, const QString& path, const Mapping& mapping)
{
    // Written entry by entry, in trace order, laid out as nlohmann's dump(4) lays out an
    // object: building one ordered_json object first would cost O(n^2) in the functions.
    const std::size_t count = mapping.entries.size();
    std::string text = count == 0 ? "{}\n" : "{\n";
    for (std::size_t i = 0; i < count; ++i) {
        const MappingEntry& entry = mapping.entries[i];
        text += "    " + Json(entry.traceId.toStdString()).dump() + ": {\n";
        text += "        \"proxy\": " + Json(entry.proxyName.toStdString()).dump() + ",\n";
        text += "        \"error\": " + Json(entry.error).dump();
        // Additive: a function that gets a trace function instead of the proxy named.
        text += entry.fallback ? ",\n        \"fallback\": true\n    }" : "\n    }";
        text += i + 1 < count ? ",\n" : "\n}\n";
        if (text.size() > (1u << 16)) {
            writeAll(out, text.data(), qint64(text.size()), path);
            text.clear();
        }
    }
    writeAll(out, text.data(), qint64(text.size()), path);
}

Mapping MappingFile::read(const QString& path, const Trace& trace, const ProxyCatalogue& catalogue,
                          int percentile)
{
    const Json root = parseJsonInputUnordered(readInputFile(path), path);
    if (!root.is_object())
        throw InputError(path, 0, {},
                         Text::tr("expected an object keyed by trace function id, found %1")
                             .arg(jsonTypeName(root)));

    QHash<QString, int> functionIndex;
    functionIndex.reserve(qsizetype(trace.functions.size()));
    for (std::size_t i = 0; i < trace.functions.size(); ++i)
        functionIndex.insert(trace.functions[i].id, int(i));
    QHash<QString, int> proxyIndex;
    proxyIndex.reserve(qsizetype(catalogue.proxies.size()));
    for (std::size_t j = catalogue.proxies.size(); j-- > 0;) // the first of equal names wins
        proxyIndex.insert(catalogue.proxies[j].name, int(j));

    std::vector<int> chosen(trace.functions.size(), -1);
    for (const auto& [key, value] : root.items()) {
        const QString id = QString::fromStdString(key);
        const int function = functionIndex.value(id, -1);
        if (function < 0)
            throw InputError(path, 0, id, Text::tr("no trace function has this id"));
        const QString name = proxyNameIn(path, id, value);
        const int proxy = proxyIndex.value(name, -1);
        if (proxy < 0)
            throw InputError(
                path, 0, jsonPathKey(id, "proxy"),
                Text::tr("unknown proxy \"%1\" (not in %2)").arg(name, catalogue.sourceFile));
        chosen[std::size_t(function)] = proxy;
    }

    const std::vector<LogPoint> proxies = proxyPoints(catalogue, percentile);
    const std::vector<LogPoint> functions = tracePoints(trace, percentile);
    Mapping mapping;
    mapping.percentile = percentile;
    mapping.sourceFile = path;
    mapping.entries.reserve(functions.size());
    std::size_t absent = 0;
    for (std::size_t i = 0; i < functions.size(); ++i) {
        MappingEntry entry;
        entry.traceId = trace.functions[i].id;
        if (chosen[i] >= 0) {
            entry.proxyIndex = chosen[i];
            entry.error = logDistance(functions[i], proxies[std::size_t(chosen[i])]);
        } else {
            const NearestProxy nearest = nearestProxy(functions[i], proxies);
            entry.proxyIndex = nearest.index;
            entry.error = nearest.distance;
            ++absent;
        }
        entry.proxyName = catalogue.proxies[std::size_t(entry.proxyIndex)].name;
        mapping.entries.push_back(std::move(entry));
    }
    if (absent > 0)
        mapping.warnings.append(
            Text::tr(
                "%1 of %2 trace functions are not in %3; they were mapped to their nearest proxy")
                .arg(absent)
                .arg(functions.size())
                .arg(path));
    return mapping;
}

} // namespace traceload

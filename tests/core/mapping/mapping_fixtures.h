#pragma once
// Hand-built traces and catalogues for the mapping tests, and the vSwarm sample.

#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"
#include "test_support.h"
#include "trace/trace.h"
#include "trace/trace_reader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace traceload::test {

struct Point
{
    const char* name;
    double memoryMb;
    double durationMs;
};

// A trace whose functions have the given 75th percentiles (and the 50th at twice them).
inline Trace makeTrace(const std::vector<Point>& functions, const QString& directory = {})
{
    Trace trace;
    trace.directory = directory;
    for (const Point& p : functions) {
        TraceFunction f;
        f.id = QString::fromLatin1(p.name);
        f.memoryMb = {{50, 2 * p.memoryMb}, {75, p.memoryMb}};
        f.durationMs = {{50, 2 * p.durationMs}, {75, p.durationMs}};
        trace.functions.push_back(f);
    }
    return trace;
}

inline ProxyCatalogue makeCatalogue(const std::vector<Point>& proxies)
{
    ProxyCatalogue catalogue;
    catalogue.sourceFile = QStringLiteral("hand-made profile.json");
    for (const Point& p : proxies) {
        ProxyFunction f;
        f.name = QString::fromLatin1(p.name);
        f.memoryMb = {{50, 2 * p.memoryMb}, {75, p.memoryMb}};
        f.durationMs = {{50, 2 * p.durationMs}, {75, p.durationMs}};
        catalogue.proxies.push_back(f);
    }
    return catalogue;
}

inline QStringList proxyNames(const Mapping& mapping)
{
    QStringList names;
    for (const MappingEntry& e : mapping.entries)
        names.append(e.proxyName);
    return names;
}

inline Trace sampleTrace()
{
    return TraceReader::read(sampleTraceDir());
}

// tests/fixtures/mapping/<name> as a JSON object.
inline QJsonObject referenceJson(const QString& name)
{
    return QJsonDocument::fromJson(readText(fixturesDir() + QStringLiteral("/mapping/") + name))
        .object();
}

} // namespace traceload::test

#pragma once

#include "common/job_control.h"
#include "mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <QIODevice>
#include <span>

namespace traceload {

// Distance between a trace function and a proxy: Euclidean distance of
// (ln memory, ln duration) at the chosen percentile; zero trace values become 0.01.
double mappingDistance(double traceMemoryMb, double traceDurationMs, double proxyMemoryMb,
                       double proxyDurationMs);

// Maps every trace function to a proxy. Nearest: closest proxy, strict <, first proxy in
// profile order wins ties. Unique: optimal one-to-one assignment (min total distance)
// when functions <= proxies, else nearest with a warning. Throws InputError when a trace
// function or proxy lacks the percentile (naming which), Cancelled when cancelled.
class Mapper
{
public:
    static Mapping map(const Trace& trace, const ProxyCatalogue& catalogue,
                       const MappingOptions& options, const JobControl& job = {});
};

// Reads and writes a mapping as JSON: {"<trace id>": {"proxy": name, "error": distance}}.
class MappingFile
{
public:
    static void write(const QString& path, const Mapping& mapping); // atomic
    // The same content into an open device (a writer for writeFilesAtomically); path names
    // it in errors.
    static void writeTo(QIODevice& out, const QString& path, const Mapping& mapping);
    // Resolves proxy names against the catalogue and recomputes errors at
    // options.percentile; functions of the trace absent from the file are mapped with
    // Nearest (and a warning) so a partial file overrides only what it names. Unknown
    // trace ids or proxy names are InputErrors naming the file and key.
    static Mapping read(const QString& path, const Trace& trace, const ProxyCatalogue& catalogue,
                        int percentile);
};

} // namespace traceload

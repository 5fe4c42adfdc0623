#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace traceload {

enum class MappingMethod
{
    Nearest,
    Unique
};

struct MappingOptions
{
    MappingMethod method = MappingMethod::Nearest;
    int percentile = 75;
    // > 0: a function whose proxy is off by more than this (relative, in duration or in
    // memory at the percentile) gets a trace function instead (see mapping/fallback.h).
    double fallbackTolerance = 0;

    bool operator==(const MappingOptions&) const = default;
};

// The proxy chosen for one trace function.
struct MappingEntry
{
    QString traceId;
    int proxyIndex = -1; // into ProxyCatalogue::proxies
    QString proxyName;
    double error = 0.0; // distance in (ln memory, ln duration) space
    // The proxy's relative errors at the percentile, |proxy - trace| / trace.
    double durationError = 0.0;
    double memoryError = 0.0;
    // Replaced by a trace function (proxyName then names the proxy it would have had).
    bool fallback = false;
};

struct MappingErrorStats
{
    double mean = 0, median = 0, p90 = 0, max = 0, total = 0;
};

struct Mapping
{
    MappingMethod requested = MappingMethod::Nearest;
    MappingMethod used = MappingMethod::Nearest; // Nearest when Unique had to fall back
    int percentile = 75;
    std::vector<MappingEntry> entries; // one per trace function, in trace order
    QStringList warnings;              // e.g. the fallback from unique to nearest
    QString sourceFile; // the mapping file it was read from (MappingFile::read), else empty
    // The tolerance applyFallback() marked the fallback entries with (0: the rule was off);
    // what fallbackReason() needs to say why an entry fell back.
    double fallbackTolerance = 0;

    // Over the entries' errors; percentiles interpolate linearly between ranks (as numpy's
    // default does); all zero when there are no entries.
    MappingErrorStats errorStats() const;
};

} // namespace traceload

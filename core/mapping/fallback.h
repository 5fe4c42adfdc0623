#pragma once

#include "mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

namespace traceload {

// The fallback rule for proxies that do not fit: a function whose proxy is off by more
// than the tolerance, relatively, in duration or in memory at the mapping's percentile
// (|proxy - trace| / trace; a trace value of 0 counts as 0.01, as for the distance) gets a
// trace function instead, one that per call runs for the requested time and touches the
// requested memory (the invitro loader's faas.Executor/Execute). Exactly the tolerance
// still fits.

// Fills every entry's durationError and memoryError (the mapping's percentile must be in
// trace and catalogue, as the mapper checks).
void measureRelativeErrors(Mapping& mapping, const Trace& trace, const ProxyCatalogue& catalogue);

// Marks the entries beyond tolerance (> 0) as fallbacks and records the tolerance in
// Mapping::fallbackTolerance; returns how many.
int applyFallback(Mapping& mapping, double tolerance);

// Why an entry fell back, e.g. "duration off by 350 %" (empty when it did not).
QString fallbackReason(const MappingEntry& entry, double tolerance);

// How well a mapping reproduces the trace's shape at its percentile: the median relative
// errors and the share of functions within `within` on both. Fallback entries count as
// exact (a trace function is asked for the trace's own values) unless ignoreFallback.
struct MappingAccuracy
{
    double medianDurationError = 0;
    double medianMemoryError = 0;
    double shareWithin = 0; // of functions within `within` in duration and memory
    int fallbacks = 0;
};
MappingAccuracy mappingAccuracy(const Mapping& mapping, double within = 0.25,
                                bool ignoreFallback = false);

} // namespace traceload

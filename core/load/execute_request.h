#pragma once

#include "common/percentile_map.h"
#include "random_stream.h"

#include <cstdint>

namespace traceload {

struct TraceFunction;

// What one call asks a trace function (faas.Executor/Execute) for: a runtime and a memory
// drawn from the function's own percentiles. The draw is an inverse-transform sample of
// the distribution the listed percentiles describe, linear between neighbouring
// percentiles: u uniform in [0, 100), the value at percentile u (below the lowest listed
// percentile, that percentile's value). Runtime and memory are drawn independently, each
// rounded to the nearest whole ms or MiB (the trace's MB are taken as MiB, as invitro does).
struct ExecuteRequest
{
    std::int32_t runtimeMs = 0;
    std::int32_t memoryMib = 0;
};

// The value at percentile u (0 to 100) of the distribution map describes; 0 for an empty map.
double valueAtPercentile(const PercentileMap& map, double u);

ExecuteRequest drawExecuteRequest(const TraceFunction& function, RandomStream& random);

// The stream the requests of one function in one trace slot are drawn from, apart from the
// streams of the timestamps.
RandomStream executeRequestStream(std::uint64_t seed, std::size_t function, std::uint64_t slot);

} // namespace traceload

#pragma once

#include <vector>

namespace traceload {

struct Trace;
struct Mapping;

// What the mapping figures draw besides the function points: the proxy of every trace
// function, joined by trace id (so a mapping read from a file may be partial or in any
// order), and the mapping's errors.
struct MappingSeries
{
    std::vector<int> proxyOfTrace; // in trace order; -1: the mapping does not name it
    std::vector<double> errors;    // one per mapping entry
    // Whether each function was replaced by a trace function (MappingEntry::fallback): in
    // trace order, and one per mapping entry beside `errors`.
    std::vector<char> fallbackOfTrace;
    std::vector<char> errorFallback;

    static MappingSeries of(const Trace& trace, const Mapping& mapping);
};

} // namespace traceload

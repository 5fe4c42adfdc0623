#pragma once

#include "common/atomic_file.h"
#include "trace/trace.h"

#include <vector>

namespace traceload {

// Writers for a trace folder holding only some of a trace's functions, in the pre-cut
// layout every command reads: invocations.csv (the kept slots, under their labels),
// durations.csv and a per-function memory.csv (13-column form; per-application memory
// appears as it was attributed when read), members in the given order. Averages are written
// when every member has them. Numbers are written in their shortest exact form, so reading
// the folder gives the same values back. The writers refer to trace and members, which
// must outlive them.
std::vector<FileWriter> traceSubsetWriters(const Trace& trace,
                                           const std::vector<std::size_t>& members,
                                           const QString& directory);

} // namespace traceload

#pragma once

#include "run_summary.h"

#include <QString>
#include <optional>

namespace traceload {

// The plain end-of-run warning of a run the invoker could not keep up with: some calls were
// dropped as late (RunOptions::maxLateness), or more than 1% of the sent calls went out more
// than RunSummary::kVeryLateUs late. Names both counts and the highest send rate reached.
std::optional<QString> keepUpWarning(const RunSummary& summary);

} // namespace traceload

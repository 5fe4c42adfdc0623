#pragma once

#include "common/job_control.h"

#include <span>
#include <vector>

namespace traceload {

// Rectangular linear sum assignment: given a rows x cols cost matrix (row-major,
// rows <= cols), returns for each row the column assigned to it such that no column is
// used twice and the total cost is minimal. Shortest augmenting path (Jonker-Volgenant,
// as in Crouse 2016). Costs must be finite. O(rows^2 * cols).
// Throws std::invalid_argument when the sizes do not match, rows > cols or a cost is not
// finite.
std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols);

// The same, checking `job` for cancellation (throws Cancelled) and reporting progress
// under mappingStageName() after every row.
std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols,
                                          const JobControl& job);

} // namespace traceload

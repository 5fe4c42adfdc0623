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

// The same problem when the costs are Euclidean distances between points of a plane: row i
// at (rowX[i], rowY[i]), column j at (colX[j], colY[j]), cost = sqrt(dx * dx + dy * dy)
// with dx = rowX[i] - colX[j] (bit for bit what logDistance computes). The costs are
// computed as they are needed instead of being stored: 5,000 x 5,000 costs are 200 MB, and
// streaming them is slower than recomputing them. Requires rows <= cols and finite
// coordinates (std::invalid_argument otherwise).
std::vector<int> solveEuclideanAssignment(std::span<const double> rowX,
                                          std::span<const double> rowY,
                                          std::span<const double> colX,
                                          std::span<const double> colY, const JobControl& job = {});

} // namespace traceload

#pragma once
// Internal to the linear sum assignment (assignment.cpp): one step of its Dijkstra search,
// vectorized. Compiled with -fno-math-errno (see CMakeLists.txt) so that square roots
// become vector instructions; the results are the same correctly rounded IEEE values.

#include <limits>

namespace traceload::lsa {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Path cost of a column already scanned in this search: never relaxed again, never minimal.
inline constexpr double kScanned = -kInfinity;
// Column arrays are padded to a multiple of this; padding columns are always "scanned".
inline constexpr int kPadding = 4;

// What one step reads and writes.
struct ScanArrays
{
    // The costs of the row being scanned: a row of a cost matrix (cols entries), or, when
    // rowCosts is null, Euclidean distances sqrt(dx * dx + dy * dy) from the row's point
    // (pointX, pointY) to the columns' points (colX, colY; padded).
    const double* rowCosts = nullptr;
    double pointX = 0;
    double pointY = 0;
    const double* colX = nullptr;
    const double* colY = nullptr;

    const double* v = nullptr;      // column duals
    double* pathCost = nullptr;     // shortest path length found so far to each column
    double* pathRow = nullptr;      // row each column was reached from (a double: same lanes)
    const double* isFree = nullptr; // 1 for unassigned columns, 0 for assigned and padding
    int cols = 0;
};

// The closest unscanned column after relaxing all columns from one row: the first in
// column order among equals, except that a free column is preferred when one is among the
// closest (it ends the search now; with many equal costs the search would otherwise walk
// every assigned column first).
struct ScanResult
{
    int column = -1;
    double distance = kInfinity;
};

// base = (path length to the row) - (row dual); row = the row's index.
using ScanFunction = ScanResult (*)(const ScanArrays& arrays, double base, double row);

// The fastest kernel the processor supports: AVX, else SSE4.1, else the baseline (SSE2 on
// x86-64). The environment variable TRACELOAD_LSA_KERNEL=sse4.1 or =baseline caps the
// choice (the tests run every kernel).
ScanFunction scanFunction(bool euclidean);

} // namespace traceload::lsa

#include "assignment.h"

#include "log_space.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

// Why this is implemented here rather than taken from a library: Debian 12 has no C++
// library with a dense rectangular assignment solver for floating-point costs. dlib
// (libdlib-dev 19.24) offers max_cost_assignment, a Hungarian method that maximizes, needs
// a square matrix and is documented to require integer costs. LEMON (liblemon-dev 1.3.1)
// offers min-cost-flow solvers and general weighted matchings, which would need an explicit
// graph of rows x cols arcs (25 million for 5,000 x 5,000) and are designed around integer
// costs. The algorithm below is the one SciPy's linear_sum_assignment uses, written from
// the description in D. F. Crouse, "On implementing 2D rectangular assignment algorithms",
// IEEE Trans. Aerospace and Electronic Systems 52(4), 2016: the shortest augmenting path
// method of Jonker and Volgenant without their initialization heuristics (which assume
// square matrices; JV's augmenting row reduction was tried here and did not shorten the
// long searches of the last rows, which dominate the time).
//
// For each unassigned row in turn, Dijkstra's algorithm on the reduced costs
// c(i,j) - u(i) - v(j) (all >= 0 by dual feasibility) finds the cheapest alternating path
// from that row to an unassigned column; the duals are then updated so that reduced costs
// stay non-negative and are zero along the assignment, and the path is flipped. Columns
// never reached keep v = 0, which is what complementary slackness asks of the columns a
// rectangular problem leaves unassigned, so the result is optimal.
//
// Every Dijkstra step relaxes all columns from one row and picks the closest unscanned
// column, so the time is (steps) x (columns). The scan is written over contiguous arrays
// with GCC vector extensions (scanned columns are marked in place with a -inf path cost
// instead of being removed from a list), which lets it run 4 lanes wide with AVX2 where
// the processor has it (chosen at run time) and 2 lanes wide with baseline SSE2.

namespace traceload {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Path cost of a column already scanned in this search: never relaxed again, never minimal.
constexpr double kScanned = -kInfinity;

// What one Dijkstra step reads and writes. Arrays are padded to a multiple of kPadding
// (padding columns are permanently "scanned").
struct ScanArrays
{
    const double* rowCosts; // cols entries (not padded)
    const double* v;        // column duals
    double* pathCost;       // shortest path length found so far to each column
    double* pathRow;        // row each column was reached from (as a double: same lanes)
    const double* isFree;   // 1 for unassigned columns, 0 for assigned and padding
    int cols;
};

// The closest unscanned column after relaxing from one row: the first in column order
// among equals, except that a free column is preferred when one is among the closest (it
// ends the search now; with many equal costs the search would otherwise walk every
// assigned column first).
struct ScanResult
{
    int column = -1;
    double distance = kInfinity;
};

constexpr int kPadding = 4;

// GCC vector extension types: 2 lanes (SSE2, NEON) and 4 lanes (AVX2).
typedef double Double2 __attribute__((vector_size(2 * sizeof(double))));
typedef double Double4 __attribute__((vector_size(4 * sizeof(double))));
template <int Lanes> struct VectorOf;
template <> struct VectorOf<2>
{
    using Type = Double2;
};
template <> struct VectorOf<4>
{
    using Type = Double4;
};

template <int Lanes>
[[gnu::always_inline]] inline ScanResult relaxAndFindClosest(const ScanArrays& a, double base,
                                                             double row)
{
    using Vec = typename VectorOf<Lanes>::Type;
    // Scalars broadcast in vector arithmetic; loads and stores go through memcpy (unaligned).
    const Vec zero = {};
    const Vec vBase = zero + base, vRow = zero + row, vInf = zero + kInfinity,
              vScanned = zero + kScanned, vStep = zero + double(Lanes);
    Vec index = zero;
    for (int l = 0; l < Lanes; ++l)
        index[l] = l;
    Vec lowest = vInf, lowestAt = zero - 1.0, lowestFree = vInf, lowestFreeAt = zero - 1.0;
    Vec before, rowCost, v, pathRow, isFree;

    int j = 0;
    for (; j + Lanes <= a.cols; j += Lanes) {
        std::memcpy(&before, a.pathCost + j, sizeof(Vec));
        std::memcpy(&rowCost, a.rowCosts + j, sizeof(Vec));
        std::memcpy(&v, a.v + j, sizeof(Vec));
        std::memcpy(&pathRow, a.pathRow + j, sizeof(Vec));
        std::memcpy(&isFree, a.isFree + j, sizeof(Vec));
        const Vec reduced = vBase + rowCost - v;
        const auto shorter = reduced < before; // never true for scanned columns (-inf)
        const Vec cost = shorter ? reduced : before;
        pathRow = shorter ? vRow : pathRow;
        std::memcpy(a.pathCost + j, &cost, sizeof(Vec));
        std::memcpy(a.pathRow + j, &pathRow, sizeof(Vec));
        const Vec candidate = before == vScanned ? vInf : cost;
        const auto lower = candidate < lowest; // strict: the first index per lane wins
        lowest = lower ? candidate : lowest;
        lowestAt = lower ? index : lowestAt;
        const Vec freeCandidate = isFree != zero ? candidate : vInf;
        const auto lowerFree = freeCandidate < lowestFree;
        lowestFree = lowerFree ? freeCandidate : lowestFree;
        lowestFreeAt = lowerFree ? index : lowestFreeAt;
        index += vStep;
    }

    double best = kInfinity, bestAt = -1, bestFree = kInfinity, bestFreeAt = -1;
    for (int l = 0; l < Lanes; ++l) { // merge lanes: smallest value, then smallest index
        if (lowest[l] < best || (lowest[l] == best && lowestAt[l] < bestAt)) {
            best = lowest[l];
            bestAt = lowestAt[l];
        }
        if (lowestFree[l] < bestFree ||
            (lowestFree[l] == bestFree && lowestFreeAt[l] < bestFreeAt)) {
            bestFree = lowestFree[l];
            bestFreeAt = lowestFreeAt[l];
        }
    }
    for (; j < a.cols; ++j) { // the last cols % Lanes columns
        const double before = a.pathCost[j];
        if (before == kScanned)
            continue;
        const double reduced = base + a.rowCosts[j] - a.v[j];
        if (reduced < before) {
            a.pathCost[j] = reduced;
            a.pathRow[j] = row;
        }
        const double cost = a.pathCost[j];
        if (cost < best) {
            best = cost;
            bestAt = j;
        }
        if (a.isFree[j] != 0 && cost < bestFree) {
            bestFree = cost;
            bestFreeAt = j;
        }
    }
    if (bestFree <= best) // a free column is among the closest
        return {int(bestFreeAt), bestFree};
    return {int(bestAt), best};
}

ScanResult relaxAndFindClosestBaseline(const ScanArrays& a, double base, double row)
{
    return relaxAndFindClosest<2>(a, base, row);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) ScanResult relaxAndFindClosestAvx2(const ScanArrays& a, double base,
                                                                   double row)
{
    return relaxAndFindClosest<4>(a, base, row);
}

using ScanFunction = ScanResult (*)(const ScanArrays&, double, double);
ScanFunction bestScanFunction()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? relaxAndFindClosestAvx2 : relaxAndFindClosestBaseline;
}
#else
using ScanFunction = ScanResult (*)(const ScanArrays&, double, double);
ScanFunction bestScanFunction()
{
    return relaxAndFindClosestBaseline;
}
#endif

class ShortestAugmentingPath
{
public:
    ShortestAugmentingPath(const double* costs, int rows, int cols)
        : m_costs(costs), m_rows(rows), m_cols(cols),
          m_padded((cols + kPadding - 1) / kPadding * kPadding), m_scan(bestScanFunction()),
          m_u(std::size_t(rows), 0.0), m_v(std::size_t(m_padded), 0.0),
          m_pathCost(std::size_t(m_padded)), m_finalCost(std::size_t(m_padded)),
          m_pathRow(std::size_t(m_padded), -1.0), m_isFree(std::size_t(m_padded), 0.0),
          m_colForRow(std::size_t(rows), -1), m_rowForCol(std::size_t(cols), -1)
    {
        std::fill(m_isFree.begin(), m_isFree.begin() + cols, 1.0);
        m_scannedRows.reserve(std::size_t(rows));
        m_scannedCols.reserve(std::size_t(cols));
    }

    void assignRow(int freeRow)
    {
        const int sink = shortestPath(freeRow);
        updateDuals(freeRow);
        m_isFree[std::size_t(sink)] = 0.0;
        // Flip the alternating path: every column on it takes the row it was reached from.
        for (int col = sink;;) {
            const int row = int(m_pathRow[std::size_t(col)]);
            m_rowForCol[std::size_t(col)] = row;
            std::swap(m_colForRow[std::size_t(row)], col);
            if (row == freeRow)
                break;
        }
    }

    std::vector<int> result() const { return m_colForRow; }

private:
    // Dijkstra from freeRow over the columns; returns the first unassigned column reached.
    int shortestPath(int freeRow)
    {
        std::fill(m_pathCost.begin(), m_pathCost.begin() + m_cols, kInfinity);
        std::fill(m_pathCost.begin() + m_cols, m_pathCost.end(), kScanned);
        m_scannedRows.clear();
        m_scannedCols.clear();
        m_minDistance = 0;

        int row = freeRow;
        for (;;) {
            m_scannedRows.push_back(row);
            const ScanArrays arrays{m_costs + std::size_t(row) * std::size_t(m_cols),
                                    m_v.data(),
                                    m_pathCost.data(),
                                    m_pathRow.data(),
                                    m_isFree.data(),
                                    m_cols};
            const ScanResult closest =
                m_scan(arrays, m_minDistance - m_u[std::size_t(row)], double(row));
            if (closest.column < 0 || !std::isfinite(closest.distance))
                throw std::logic_error("linear sum assignment: no augmenting path");
            m_minDistance = closest.distance;
            const auto col = std::size_t(closest.column);
            m_finalCost[col] = closest.distance;
            m_pathCost[col] = kScanned;
            m_scannedCols.push_back(closest.column);
            const int owner = m_rowForCol[col];
            if (owner < 0)
                return closest.column;
            row = owner;
        }
    }

    void updateDuals(int freeRow)
    {
        m_u[std::size_t(freeRow)] += m_minDistance;
        for (const int row : m_scannedRows) {
            if (row != freeRow)
                m_u[std::size_t(row)] +=
                    m_minDistance - m_finalCost[std::size_t(m_colForRow[std::size_t(row)])];
        }
        for (const int col : m_scannedCols)
            m_v[std::size_t(col)] -= m_minDistance - m_finalCost[std::size_t(col)];
    }

    const double* m_costs;
    int m_rows;
    int m_cols;
    int m_padded;
    ScanFunction m_scan;
    std::vector<double> m_u;         // row duals
    std::vector<double> m_v;         // column duals
    std::vector<double> m_pathCost;  // this search: path length to each column, or kScanned
    std::vector<double> m_finalCost; // this search: path length of each scanned column
    std::vector<double> m_pathRow;   // this search: row each column was reached from
    std::vector<double> m_isFree;    // 1 for unassigned columns
    std::vector<int> m_colForRow;
    std::vector<int> m_rowForCol;
    std::vector<int> m_scannedRows;
    std::vector<int> m_scannedCols;
    double m_minDistance = 0;
};

void checkArguments(std::span<const double> costs, int rows, int cols)
{
    if (rows < 0 || cols < 0 || std::size_t(rows) * std::size_t(cols) != costs.size())
        throw std::invalid_argument("linear sum assignment: cost matrix has " +
                                    std::to_string(costs.size()) + " entries, expected " +
                                    std::to_string(rows) + " x " + std::to_string(cols));
    if (rows > cols)
        throw std::invalid_argument("linear sum assignment: more rows than columns");
    if (!std::all_of(costs.begin(), costs.end(), [](double c) { return std::isfinite(c); }))
        throw std::invalid_argument("linear sum assignment: costs must be finite");
}
} // namespace

std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols)
{
    return solveLinearSumAssignment(costs, rows, cols, JobControl());
}

std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols,
                                          const JobControl& job)
{
    checkArguments(costs, rows, cols);
    if (rows == 0)
        return {};
    ShortestAugmentingPath solver(costs.data(), rows, cols);
    const QString stage = mappingStageName();
    for (int row = 0; row < rows; ++row) {
        job.checkCancelled();
        solver.assignRow(row);
        job.progress(stage, double(row + 1) / rows);
    }
    return solver.result();
}

} // namespace traceload

#include "assignment.h"

#include "assignment_scan.h"
#include "log_space.h"

#include <algorithm>
#include <cmath>
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
// Each Dijkstra step relaxes every column from one row and picks the closest unscanned
// one, so the time is (steps) x (columns); assignment_scan.cpp does that step with vector
// instructions over contiguous arrays (scanned columns are marked in place instead of
// being removed from a list). For distances between points the costs are recomputed in
// each step rather than read from a matrix: streaming a 200 MB matrix row by row was twice
// as slow as the square roots.

namespace traceload {

namespace {
using lsa::kInfinity;
using lsa::kPadding;
using lsa::kScanned;

// Where the costs come from: a row-major matrix, or the distances between row points and
// column points.
struct CostSource
{
    const double* matrix = nullptr;
    const double* rowX = nullptr;
    const double* rowY = nullptr;
    std::vector<double> colX; // padded copies
    std::vector<double> colY;
};

class ShortestAugmentingPath
{
public:
    ShortestAugmentingPath(CostSource costs, int rows, int cols)
        : m_costs(std::move(costs)), m_cols(cols),
          m_padded((cols + kPadding - 1) / kPadding * kPadding),
          m_scan(lsa::scanFunction(m_costs.matrix == nullptr)), m_u(std::size_t(rows), 0.0),
          m_v(std::size_t(m_padded), 0.0), m_pathCost(std::size_t(m_padded)),
          m_finalCost(std::size_t(m_padded)), m_pathRow(std::size_t(m_padded), -1.0),
          m_isFree(std::size_t(m_padded), 0.0), m_colForRow(std::size_t(rows), -1),
          m_rowForCol(std::size_t(cols), -1)
    {
        std::fill(m_isFree.begin(), m_isFree.begin() + cols, 1.0);
        if (!m_costs.matrix) {
            m_costs.colX.resize(std::size_t(m_padded), 0.0);
            m_costs.colY.resize(std::size_t(m_padded), 0.0);
        }
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

        lsa::ScanArrays arrays;
        arrays.colX = m_costs.colX.data();
        arrays.colY = m_costs.colY.data();
        arrays.v = m_v.data();
        arrays.pathCost = m_pathCost.data();
        arrays.pathRow = m_pathRow.data();
        arrays.isFree = m_isFree.data();
        arrays.cols = m_cols;
        int row = freeRow;
        for (;;) {
            m_scannedRows.push_back(row);
            const auto r = std::size_t(row);
            if (m_costs.matrix) {
                arrays.rowCosts = m_costs.matrix + r * std::size_t(m_cols);
            } else {
                arrays.pointX = m_costs.rowX[r];
                arrays.pointY = m_costs.rowY[r];
            }
            const lsa::ScanResult closest = m_scan(arrays, m_minDistance - m_u[r], double(row));
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

    CostSource m_costs;
    int m_cols;
    int m_padded;
    lsa::ScanFunction m_scan;
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

bool allFinite(std::span<const double> values)
{
    return std::all_of(values.begin(), values.end(), [](double c) { return std::isfinite(c); });
}

std::vector<int> solve(CostSource costs, int rows, int cols, const JobControl& job)
{
    if (rows > cols)
        throw std::invalid_argument("linear sum assignment: more rows than columns");
    if (rows == 0)
        return {};
    ShortestAugmentingPath solver(std::move(costs), rows, cols);
    const QString stage = mappingStageName();
    for (int row = 0; row < rows; ++row) {
        job.checkCancelled();
        solver.assignRow(row);
        job.progress(stage, double(row + 1) / rows);
    }
    return solver.result();
}
} // namespace

std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols)
{
    return solveLinearSumAssignment(costs, rows, cols, JobControl());
}

std::vector<int> solveLinearSumAssignment(std::span<const double> costs, int rows, int cols,
                                          const JobControl& job)
{
    if (rows < 0 || cols < 0 || std::size_t(rows) * std::size_t(cols) != costs.size())
        throw std::invalid_argument("linear sum assignment: cost matrix has " +
                                    std::to_string(costs.size()) + " entries, expected " +
                                    std::to_string(rows) + " x " + std::to_string(cols));
    if (!allFinite(costs))
        throw std::invalid_argument("linear sum assignment: costs must be finite");
    CostSource source;
    source.matrix = costs.data();
    return solve(std::move(source), rows, cols, job);
}

std::vector<int> solveEuclideanAssignment(std::span<const double> rowX,
                                          std::span<const double> rowY,
                                          std::span<const double> colX,
                                          std::span<const double> colY, const JobControl& job)
{
    if (rowX.size() != rowY.size() || colX.size() != colY.size())
        throw std::invalid_argument("euclidean assignment: x and y counts differ");
    if (!allFinite(rowX) || !allFinite(rowY) || !allFinite(colX) || !allFinite(colY))
        throw std::invalid_argument("euclidean assignment: coordinates must be finite");
    CostSource source;
    source.rowX = rowX.data();
    source.rowY = rowY.data();
    source.colX.assign(colX.begin(), colX.end());
    source.colY.assign(colY.begin(), colY.end());
    return solve(std::move(source), int(rowX.size()), int(colX.size()), job);
}

} // namespace traceload

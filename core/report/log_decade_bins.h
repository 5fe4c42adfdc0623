#pragma once

#include <QString>
#include <vector>

namespace traceload {

// The seed's log-decade bins: inside every decade [10^k, 10^(k+1)) the edges are
// 1, 2, ..., 9 times 10^k, so the bins read 1–2, 2–3, ..., 9–10, 10–20, 20–30, ...
// The range runs from the decade of the smallest value to the decade boundary at or above
// the largest value, like the seed's floor(log10(min))..ceil(log10(max)).
//
// Unlike the seed, edges are the exact decimal numbers (0.3 is the double nearest to
// 3/10, not 3 * 0.1 = 0.30000000000000004), so a value equal to an edge always falls into
// the bin that starts there; and a range whose smallest and largest values are in the
// same power of ten (e.g. all values are 1) still gets one decade of bins instead of none.
class LogDecadeBins
{
public:
    // The seed plots zeros as 0.01 ("to avoid math errors"); so do we.
    static constexpr double zeroReplacement = 0.01;
    // Values outside [minValue, maxValue] cannot be binned (their decades' edges are not
    // finite doubles); they are counted as dropped, as are negative and non-finite values.
    static constexpr double minValue = 1e-300;
    static constexpr double maxValue = 1e300;

    // The decade k with 10^k <= value < 10^(k+1); value must be in [minValue, maxValue].
    static int decadeOf(double value);
    // multiplier * 10^decade as the double nearest to that decimal number.
    static double edge(int multiplier, int decade);
    // Edges from 10^firstDecade to 10^lastDecade (9 per decade, plus the last).
    // lastDecade <= firstDecade yields the single decade starting at firstDecade.
    static std::vector<double> edges(int firstDecade, int lastDecade);
    // Edges covering [minValue, maxValue] of the data, as the seed computes them.
    static std::vector<double> edgesCovering(double smallest, double largest);

    // "0.01", "0.5", "3", "200", "90000", "2e6": short decimal text of an edge.
    static QString formatEdge(double edge);
    // "1–2", "0.1–0.2", "90000–1e5" (en dash).
    static QString label(double lower, double upper);
};

} // namespace traceload

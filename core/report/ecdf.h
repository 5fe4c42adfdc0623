#pragma once

#include <cstddef>
#include <vector>

namespace traceload {

// The empirical distribution function of a sample, as points to plot: x ascending, y the
// fraction of values <= x. A sample larger than maxPoints is reduced to maxPoints
// quantiles (always keeping the minimum and the maximum), so a CDF of ten million
// latencies costs a few thousand points to draw and still shows the tail exactly.
struct Ecdf
{
    std::vector<double> x;
    std::vector<double> y;
    std::size_t sampleSize = 0;

    bool isEmpty() const { return x.empty(); }

    // Sorts `values` in place (NaNs are dropped first).
    static Ecdf of(std::vector<double> values, std::size_t maxPoints = 4000);
};

// The q-quantile (q in [0, 1]) of ascending `sorted` by the nearest-rank rule
// (the smallest value with at least q of the sample at or below it); NaN when empty.
double quantileOfSorted(const std::vector<double>& sorted, double q);

} // namespace traceload

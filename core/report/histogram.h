#pragma once

#include <QStringList>
#include <cstdint>
#include <span>
#include <vector>

namespace traceload {

// Counts of values in bins given by ascending edges, with numpy.histogram's rule: every
// bin is [lower, upper) except the last, which is [lower, upper].
struct Histogram
{
    std::vector<double> edges;         // bin count + 1 ascending edges (empty: no bins)
    std::vector<std::uint64_t> counts; // one per bin
    QStringList labels;                // one per bin, e.g. "1–2" (may be empty)
    std::uint64_t outside = 0;         // finite values below the first or above the last edge
    std::uint64_t dropped = 0;         // values that cannot be binned (NaN, negative for log bins)
    std::uint64_t zerosReplaced = 0;   // zeros counted as LogDecadeBins::zeroReplacement

    int binCount() const { return int(counts.size()); }
    bool isEmpty() const;        // no value in any bin
    std::uint64_t total() const; // values in bins
    std::uint64_t maxCount() const;
    // Bin of a value, -1 when outside (or NaN).
    int binOf(double value) const;

    // Counts `values` into the given edges.
    static Histogram withEdges(std::vector<double> edges, std::span<const double> values);
    // The same edges (and labels) as this histogram, other values: the seed's
    // "bins where proxies exist" markers use it.
    Histogram recount(std::span<const double> values) const;
};

// The seed's log-decade histogram (see LogDecadeBins): zeros count as 0.01; negative,
// non-finite and astronomically large or small values are dropped (and counted). No
// binnable value: a histogram without bins. Bins are labelled with their ranges.
Histogram logDecadeHistogram(std::span<const double> values);
// Counts values into the bins of a log-decade histogram with the same zero rule (values
// outside its range count as `outside`).
Histogram recountLogDecade(const Histogram& bins, std::span<const double> values);

// Equal-width bins starting at 0 (or below, for negative data) with a "nice" width
// (1, 2, 2.5 or 5 times a power of ten) such that at most maxBins bins cover the data.
// Non-finite values are dropped. No finite value: no bins.
Histogram linearHistogram(std::span<const double> values, int maxBins = 20);
// The nice width used by linearHistogram for a range of `span` split into <= maxBins bins.
double niceBinWidth(double span, int maxBins);

} // namespace traceload

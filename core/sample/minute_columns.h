#pragma once

#include <cstdint>
#include <vector>

namespace traceload {

// One per-minute quantity of every trace function, count x weight (invocations: weight 1;
// resources: mean duration x memory), arranged for the Wasserstein distance between a
// sample's per-minute distribution and the full trace's.
//
// Values are grouped into bins 1 % wide on a log scale (value 0 is a bin of its own; each
// integer below 100 is alone in its bin, so invocation counts below 100 are exact). A bin
// stands for the mean of the trace's values in it, so the distance is the exact
// 1-Wasserstein distance of the binned distributions, within 1 % of the unbinned one per
// value. For each minute the bins present in the trace are kept, ascending, with how many
// functions fall at or below each and how many sample members do:
// W = sum_k |S_k/N - F_k/A| (v_k+1 - v_k).
//
// Swapping one sample member for another function changes S_k by one on the bins between
// the two functions' bins only. What that does to W is kept as prefix sums over the bins
// (for S_k + 1 and for S_k - 1), so a swap is judged in O(1) per minute (plus two binary
// searches); minutes in which both are in the same bin cost nothing. Accepting a swap
// updates the counts and the prefix sums of the minutes it changes.
class MinuteColumns
{
public:
    // counts[f] are function f's counts per minute (at least `minutes` of them), weights[f]
    // its weight (> 0); both must outlive the columns.
    MinuteColumns(const std::vector<const std::vector<std::uint32_t>*>& counts,
                  const std::vector<double>& weights, int minutes);

    int minutes() const { return m_minutes; }
    std::size_t entries() const;

    // Makes members (function indices, any order) the current sample.
    void setSample(const std::vector<std::size_t>& members);
    // Sum over minutes of W between the current sample and the full trace.
    double distanceSum() const;
    // Change of distanceSum() if the sample member out were replaced by in.
    double swapDelta(std::size_t out, std::size_t in) const;
    void applySwap(std::size_t out, std::size_t in);

    // The bin of a value count x weight with log(weight) = lnWeight (0 for count 0).
    static std::uint16_t binOf(std::uint32_t count, double lnWeight);

private:
    struct Minute
    {
        std::vector<std::uint16_t> bins;       // present in the trace, ascending; bins[0] == 0
        std::vector<std::uint16_t> indexOfBin; // position in bins of every bin present
        std::vector<double> values;            // the mean trace value in each
        std::vector<std::int32_t> full;        // functions with value in bins[0..k]
        std::vector<std::int32_t> sample;      // sample members with value in bins[0..k]
        // plus[k] = sum over j < k of (|g_j + 1/N| - |g_j|) (values[j+1] - values[j]), with
        // g_j = sample[j]/N - full[j]/A; minus likewise with - 1/N. Size bins + 1.
        std::vector<double> plus;
        std::vector<double> minus;
    };

    void updatePrefixes(Minute& column, std::size_t from) const;

    std::uint16_t binOf(std::size_t function, int minute) const;
    std::size_t indexOf(const Minute& column, std::uint16_t bin) const;

    const std::vector<const std::vector<std::uint32_t>*>& m_counts;
    const std::vector<double>& m_weights;
    std::vector<double> m_lnWeights;
    int m_minutes = 0;
    std::size_t m_sampleSize = 0;
    std::vector<Minute> m_columns;
};

} // namespace traceload

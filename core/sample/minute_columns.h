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
// (for S_k + 1 and for S_k - 1), so a swap is judged in O(1) per minute; minutes in which
// both are in the same bin cost nothing. The prefix sums are two-level (sums within blocks
// of kPrefixBlock bins, plus each block's offset), so accepting a swap costs the bins
// between the two functions plus one pass over the blocks, not the whole tail of the bins.
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
    // The same for another sample (function indices), leaving the current one as it is.
    double distanceSum(const std::vector<std::size_t>& members) const;
    // Change of distanceSum() if the sample member out were replaced by in.
    double swapDelta(std::size_t out, std::size_t in) const;
    // The same, with out's positions per minute from positionsOf(out) (for judging several
    // candidates against one member).
    double swapDelta(const std::vector<std::uint16_t>& outPositions, std::size_t in) const;
    std::vector<std::uint16_t> positionsOf(std::size_t function) const;
    void applySwap(std::size_t out, std::size_t in);

    // The bin of a value count x weight with log(weight) = lnWeight (0 for count 0).
    static std::uint16_t binOf(std::uint32_t count, double lnWeight);

private:
    static constexpr std::size_t kPrefixBlock = 32;

    struct Minute
    {
        std::vector<std::uint16_t> bins; // present in the trace, ascending; bins[0] == 0
        // Position in bins of every bin present from firstBin on (bin 0 is position 0).
        std::uint16_t firstBin = 0;
        std::vector<std::uint16_t> indexOfBin;
        std::vector<double> values;       // the mean trace value in each
        std::vector<std::int32_t> full;   // functions with value in bins[0..k]
        std::vector<std::int32_t> sample; // sample members with value in bins[0..k]
        // P+(k) = sum over j < k of (|g_j + 1/N| - |g_j|) (values[j+1] - values[j]), with
        // g_j = sample[j]/N - full[j]/A; P- likewise with - 1/N. For k = 0 .. bins:
        // P(k) = blockPlus[k / kPrefixBlock] + plus[k], plus[k] summing from the block's start.
        std::vector<double> plus;
        std::vector<double> minus;
        std::vector<double> blockPlus; // offsets: the sum of the blocks before
        std::vector<double> blockMinus;
        std::vector<double> totalPlus; // each block's own sum
        std::vector<double> totalMinus;
        double prefixPlus(std::size_t k) const { return blockPlus[k / kPrefixBlock] + plus[k]; }
        double prefixMinus(std::size_t k) const { return blockMinus[k / kPrefixBlock] + minus[k]; }
    };

    // Recomputes the prefix sums after sample[from .. to) changed (to = bins: all of them).
    void updatePrefixes(Minute& column, std::size_t from, std::size_t to) const;

    std::uint16_t binOf(std::size_t function, int minute) const;
    static std::size_t indexOf(const Minute& column, std::uint16_t bin);
    // W of one minute, sample[k] members at or below bins[k] of `members` in all.
    static double minuteDistance(const Minute& column, const std::int32_t* sample,
                                 std::size_t members, std::size_t functions);
    static double minuteDelta(const Minute& column, std::size_t outIndex, std::size_t inIndex);

    const std::vector<const std::vector<std::uint32_t>*>& m_counts;
    const std::vector<double>& m_weights;
    std::vector<double> m_lnWeights;
    int m_minutes = 0;
    std::size_t m_sampleSize = 0;
    std::vector<Minute> m_columns;
};

} // namespace traceload

#include "minute_columns.h"

#include "common/parallel_map.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace traceload {

namespace {

// Bins: 0 for value 0, else 1 + floor(ln(value) / ln(1.01)) + kOffset, clamped to the
// table: values from about 1e-13 to 1e13 have bins of their own.
constexpr int kBinCount = 6000;
constexpr int kOffset = 3000;
const double kInvLnStep = 1.0 / std::log(1.01);

// ln(count) for small counts, computed once.
const std::array<double, 4096>& lnSmallCounts()
{
    static const std::array<double, 4096> table = [] {
        std::array<double, 4096> t{};
        for (std::size_t i = 1; i < t.size(); ++i)
            t[i] = std::log(double(i));
        return t;
    }();
    return table;
}

} // namespace

std::uint16_t MinuteColumns::binOf(std::uint32_t count, double lnWeight)
{
    if (count == 0)
        return 0;
    const auto& small = lnSmallCounts();
    const double ln = (count < small.size() ? small[count] : std::log(double(count))) + lnWeight;
    // The tiny bias keeps exact powers of 1.01 (and small integers) off a bin boundary.
    const double bin = std::floor(ln * kInvLnStep + 1e-9) + 1 + kOffset;
    return std::uint16_t(std::clamp(bin, 1.0, double(kBinCount - 1)));
}

std::uint16_t MinuteColumns::binOf(std::size_t function, int minute) const
{
    return binOf((*m_counts[function])[std::size_t(minute)], m_lnWeights[function]);
}

MinuteColumns::MinuteColumns(const std::vector<const std::vector<std::uint32_t>*>& counts,
                             const std::vector<double>& weights, int minutes)
    : m_counts(counts), m_weights(weights), m_lnWeights(weights.size()),
      m_minutes(std::max(minutes, 0)), m_columns(std::size_t(m_minutes))
{
    for (std::size_t f = 0; f < weights.size(); ++f)
        m_lnWeights[f] = std::log(weights[f]);
    // Blocks of minutes are independent; each counts its minutes' bins in dense histograms,
    // reading every function's counts for the block in one go (function by function, which
    // is how they lie in memory). Results do not depend on threads.
    constexpr int kBlock = 32;
    std::vector<int> blocks;
    for (int first = 0; first < m_minutes; first += kBlock)
        blocks.push_back(first);
    parallelMap(blocks, [this](int first) {
        const int last = std::min(first + kBlock, m_minutes);
        const std::size_t width = std::size_t(last - first);
        std::vector<std::int32_t> binCount(width * kBinCount, 0);
        std::vector<double> binSum(width * kBinCount, 0.0);
        // Zeros (most entries of a real trace) all fall in bin 0: counted by what is left.
        // The functions' counts lie in separate allocations: reading them is a cache miss
        // each, so the ones a few functions ahead are fetched early.
        constexpr std::size_t kAhead = 8;
        for (std::size_t f = 0; f < m_counts.size(); ++f) {
            if (f + kAhead < m_counts.size()) {
                const char* ahead =
                    reinterpret_cast<const char*>(m_counts[f + kAhead]->data() + first);
                for (std::size_t byte = 0; byte < width * sizeof(std::uint32_t); byte += 64)
                    __builtin_prefetch(ahead + byte);
            }
            const std::uint32_t* counts = m_counts[f]->data() + first;
            for (std::size_t m = 0; m < width; ++m) {
                if (counts[m] == 0)
                    continue;
                const std::uint16_t bin = binOf(counts[m], m_lnWeights[f]);
                ++binCount[m * kBinCount + bin];
                binSum[m * kBinCount + bin] += double(counts[m]) * m_weights[f];
            }
        }
        for (std::size_t m = 0; m < width; ++m) {
            const std::int32_t* count = binCount.data() + m * kBinCount;
            binCount[m * kBinCount] =
                std::int32_t(m_counts.size()) - std::accumulate(count + 1, count + kBinCount, 0);
        }
        for (std::size_t m = 0; m < width; ++m) {
            Minute& column = m_columns[std::size_t(first) + m];
            const std::int32_t* count = binCount.data() + m * kBinCount;
            const double* sum = binSum.data() + m * kBinCount;
            std::int32_t cumulative = 0;
            for (int bin = 0; bin < kBinCount; ++bin) {
                if (count[bin] == 0 && bin != 0)
                    continue;
                cumulative += count[bin];
                column.bins.push_back(std::uint16_t(bin));
                column.values.push_back(count[bin] ? sum[bin] / count[bin] : 0.0);
                column.full.push_back(cumulative);
            }
            // The positions of the bins present, over the span they occupy only (a few
            // hundred entries rather than kBinCount: the lookups stay in cache).
            column.firstBin = column.bins.size() > 1 ? column.bins[1] : 0;
            column.indexOfBin.assign(std::size_t(column.bins.back() - column.firstBin) + 1, 0);
            for (std::size_t k = 1; k < column.bins.size(); ++k)
                column.indexOfBin[column.bins[k] - column.firstBin] = std::uint16_t(k);
            column.sample.assign(column.bins.size(), 0);
        }
    });
}

std::size_t MinuteColumns::entries() const
{
    std::size_t total = 0;
    for (const Minute& column : m_columns)
        total += column.bins.size();
    return total;
}

std::size_t MinuteColumns::indexOf(const Minute& column, std::uint16_t bin)
{
    return bin == 0 ? 0 : column.indexOfBin[bin - column.firstBin];
}

void MinuteColumns::setSample(const std::vector<std::size_t>& members)
{
    m_sampleSize = members.size();
    std::vector<int> order(m_columns.size());
    std::iota(order.begin(), order.end(), 0);
    parallelMap(order, [this, &members](int minute) {
        Minute& column = m_columns[std::size_t(minute)];
        std::fill(column.sample.begin(), column.sample.end(), 0);
        for (const std::size_t f : members)
            ++column.sample[indexOf(column, binOf(f, minute))];
        std::partial_sum(column.sample.begin(), column.sample.end(), column.sample.begin());
        updatePrefixes(column, 0, column.bins.size());
    });
}

double MinuteColumns::minuteDistance(const Minute& column, const std::int32_t* sample,
                                     std::size_t members, std::size_t functions)
{
    const double n = double(members);
    const double a = double(functions);
    double w = 0;
    for (std::size_t k = 0; k + 1 < column.values.size(); ++k) {
        const double gap = column.values[k + 1] - column.values[k];
        w += std::abs(sample[k] / n - column.full[k] / a) * gap;
    }
    return w;
}

double MinuteColumns::distanceSum() const
{
    // Summed in minute order, so the result does not depend on threads.
    double total = 0;
    for (const Minute& column : m_columns)
        total += minuteDistance(column, column.sample.data(), m_sampleSize, m_counts.size());
    return total;
}

double MinuteColumns::distanceSum(const std::vector<std::size_t>& members) const
{
    std::vector<double> perMinute(static_cast<std::size_t>(m_minutes), 0.0);
    std::vector<int> order(static_cast<std::size_t>(m_minutes));
    std::iota(order.begin(), order.end(), 0);
    parallelMap(order, [this, &members, &perMinute](int minute) {
        const Minute& column = m_columns[std::size_t(minute)];
        thread_local std::vector<std::int32_t> sample;
        sample.assign(column.bins.size(), 0);
        for (const std::size_t f : members)
            ++sample[indexOf(column, binOf(f, minute))];
        std::partial_sum(sample.begin(), sample.end(), sample.begin());
        perMinute[std::size_t(minute)] =
            minuteDistance(column, sample.data(), members.size(), m_counts.size());
    });
    // Summed in minute order, as distanceSum() does: the same sample gives the same value.
    double total = 0;
    for (const double w : perMinute)
        total += w;
    return total;
}

void MinuteColumns::updatePrefixes(Minute& column, std::size_t from, std::size_t to) const
{
    const double n = double(m_sampleSize);
    const double a = double(m_counts.size());
    const std::size_t size = column.bins.size();
    const std::size_t blocks = size / kPrefixBlock + 1; // of the prefix positions 0 .. size
    if (column.plus.size() != size + 1) {
        column.plus.assign(size + 1, 0.0);
        column.minus.assign(size + 1, 0.0);
        column.blockPlus.assign(blocks, 0.0);
        column.blockMinus.assign(blocks, 0.0);
        column.totalPlus.assign(blocks, 0.0);
        column.totalMinus.assign(blocks, 0.0);
        from = 0;
        to = size;
    }
    if (from >= to)
        return;
    // Term j counts in the prefixes after j: the sums within the blocks holding the changed
    // terms are redone, then the offsets of the blocks after the first of them.
    const std::size_t firstBlock = from / kPrefixBlock;
    const std::size_t lastBlock = (to - 1) / kPrefixBlock;
    for (std::size_t b = firstBlock; b <= lastBlock; ++b) {
        const std::size_t start = b * kPrefixBlock;
        const std::size_t stop = std::min(start + kPrefixBlock, size);
        double p = 0;
        double m = 0;
        for (std::size_t k = start; k < stop; ++k) {
            const double gap = k + 1 < size ? column.values[k + 1] - column.values[k] : 0.0;
            const double g = column.sample[k] / n - column.full[k] / a;
            p += (std::abs(g + 1 / n) - std::abs(g)) * gap;
            m += (std::abs(g - 1 / n) - std::abs(g)) * gap;
            if (k + 1 < start + kPrefixBlock) {
                column.plus[k + 1] = p;
                column.minus[k + 1] = m;
            }
        }
        column.totalPlus[b] = p;
        column.totalMinus[b] = m;
    }
    for (std::size_t b = firstBlock + 1; b < blocks; ++b) {
        column.blockPlus[b] = column.blockPlus[b - 1] + column.totalPlus[b - 1];
        column.blockMinus[b] = column.blockMinus[b - 1] + column.totalMinus[b - 1];
    }
}

double MinuteColumns::minuteDelta(const Minute& column, std::size_t outIndex, std::size_t inIndex)
{
    // The new member counts from its bin up, the old one no longer from its own.
    return inIndex < outIndex ? column.prefixPlus(outIndex) - column.prefixPlus(inIndex)
                              : column.prefixMinus(inIndex) - column.prefixMinus(outIndex);
}

std::vector<std::uint16_t> MinuteColumns::positionsOf(std::size_t function) const
{
    std::vector<std::uint16_t> positions(static_cast<std::size_t>(m_minutes));
    for (int minute = 0; minute < m_minutes; ++minute)
        positions[std::size_t(minute)] =
            std::uint16_t(indexOf(m_columns[std::size_t(minute)], binOf(function, minute)));
    return positions;
}

double MinuteColumns::swapDelta(std::size_t out, std::size_t in) const
{
    return swapDelta(positionsOf(out), in);
}

double MinuteColumns::swapDelta(const std::vector<std::uint16_t>& outPositions,
                                std::size_t in) const
{
    double delta = 0;
    for (int minute = 0; minute < m_minutes; ++minute) {
        const Minute& column = m_columns[std::size_t(minute)];
        const std::size_t outIndex = outPositions[std::size_t(minute)];
        const std::size_t inIndex = indexOf(column, binOf(in, minute));
        if (outIndex != inIndex)
            delta += minuteDelta(column, outIndex, inIndex);
    }
    return delta;
}

void MinuteColumns::applySwap(std::size_t out, std::size_t in)
{
    // Minutes are independent: blocks of them are updated in parallel.
    constexpr int kBlock = 64;
    std::vector<int> blocks;
    for (int first = 0; first < m_minutes; first += kBlock)
        blocks.push_back(first);
    parallelMap(blocks, [this, out, in](int first) {
        for (int minute = first; minute < std::min(first + kBlock, m_minutes); ++minute) {
            const std::uint16_t outBin = binOf(out, minute);
            const std::uint16_t inBin = binOf(in, minute);
            if (outBin == inBin)
                continue;
            Minute& column = m_columns[std::size_t(minute)];
            const std::size_t outIndex = indexOf(column, outBin);
            const std::size_t inIndex = indexOf(column, inBin);
            if (inIndex < outIndex) {
                for (std::size_t k = inIndex; k < outIndex; ++k)
                    ++column.sample[k];
            } else {
                for (std::size_t k = outIndex; k < inIndex; ++k)
                    --column.sample[k];
            }
            updatePrefixes(column, std::min(inIndex, outIndex), std::max(inIndex, outIndex));
        }
    });
}

} // namespace traceload

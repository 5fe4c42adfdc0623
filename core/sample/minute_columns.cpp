#include "minute_columns.h"

#include <QtConcurrent/QtConcurrentMap>
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
    QtConcurrent::blockingMap(blocks, [this](int first) {
        const int last = std::min(first + kBlock, m_minutes);
        const std::size_t width = std::size_t(last - first);
        std::vector<std::int32_t> binCount(width * kBinCount, 0);
        std::vector<double> binSum(width * kBinCount, 0.0);
        for (std::size_t f = 0; f < m_counts.size(); ++f) {
            const std::uint32_t* counts = m_counts[f]->data() + first;
            for (std::size_t m = 0; m < width; ++m) {
                const std::uint16_t bin = binOf(counts[m], m_lnWeights[f]);
                ++binCount[m * kBinCount + bin];
                binSum[m * kBinCount + bin] += double(counts[m]) * m_weights[f];
            }
        }
        for (std::size_t m = 0; m < width; ++m) {
            Minute& column = m_columns[std::size_t(first) + m];
            const std::int32_t* count = binCount.data() + m * kBinCount;
            const double* sum = binSum.data() + m * kBinCount;
            column.indexOfBin.assign(kBinCount, 0);
            std::int32_t cumulative = 0;
            for (int bin = 0; bin < kBinCount; ++bin) {
                if (count[bin] == 0 && bin != 0)
                    continue;
                cumulative += count[bin];
                column.indexOfBin[std::size_t(bin)] = std::uint16_t(column.bins.size());
                column.bins.push_back(std::uint16_t(bin));
                column.values.push_back(count[bin] ? sum[bin] / count[bin] : 0.0);
                column.full.push_back(cumulative);
            }
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

std::size_t MinuteColumns::indexOf(const Minute& column, std::uint16_t bin) const
{
    return column.indexOfBin[bin];
}

void MinuteColumns::setSample(const std::vector<std::size_t>& members)
{
    m_sampleSize = members.size();
    std::vector<int> order(m_columns.size());
    std::iota(order.begin(), order.end(), 0);
    QtConcurrent::blockingMap(order, [this, &members](int minute) {
        Minute& column = m_columns[std::size_t(minute)];
        std::fill(column.sample.begin(), column.sample.end(), 0);
        for (const std::size_t f : members)
            ++column.sample[indexOf(column, binOf(f, minute))];
        std::partial_sum(column.sample.begin(), column.sample.end(), column.sample.begin());
        updatePrefixes(column, 0);
    });
}

double MinuteColumns::distanceSum() const
{
    const double n = double(m_sampleSize);
    const double a = double(m_counts.size());
    // Summed in minute order, so the result does not depend on threads.
    double total = 0;
    for (const Minute& column : m_columns) {
        double w = 0;
        for (std::size_t k = 0; k + 1 < column.values.size(); ++k) {
            const double gap = column.values[k + 1] - column.values[k];
            w += std::abs(column.sample[k] / n - column.full[k] / a) * gap;
        }
        total += w;
    }
    return total;
}

void MinuteColumns::updatePrefixes(Minute& column, std::size_t from) const
{
    const double n = double(m_sampleSize);
    const double a = double(m_counts.size());
    const std::size_t size = column.bins.size();
    column.plus.resize(size + 1);
    column.minus.resize(size + 1);
    if (from == 0) {
        column.plus[0] = 0;
        column.minus[0] = 0;
    }
    for (std::size_t k = from; k < size; ++k) {
        const double gap = k + 1 < size ? column.values[k + 1] - column.values[k] : 0.0;
        const double g = column.sample[k] / n - column.full[k] / a;
        column.plus[k + 1] = column.plus[k] + (std::abs(g + 1 / n) - std::abs(g)) * gap;
        column.minus[k + 1] = column.minus[k] + (std::abs(g - 1 / n) - std::abs(g)) * gap;
    }
}

double MinuteColumns::swapDelta(std::size_t out, std::size_t in) const
{
    double delta = 0;
    for (int minute = 0; minute < m_minutes; ++minute) {
        const std::uint16_t outBin = binOf(out, minute);
        const std::uint16_t inBin = binOf(in, minute);
        if (outBin == inBin)
            continue;
        const Minute& column = m_columns[std::size_t(minute)];
        const std::size_t outIndex = indexOf(column, outBin);
        const std::size_t inIndex = indexOf(column, inBin);
        // The new member counts from its bin up, the old one no longer from its own.
        delta += inIndex < outIndex ? column.plus[outIndex] - column.plus[inIndex]
                                    : column.minus[inIndex] - column.minus[outIndex];
    }
    return delta;
}

void MinuteColumns::applySwap(std::size_t out, std::size_t in)
{
    for (int minute = 0; minute < m_minutes; ++minute) {
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
        updatePrefixes(column, std::min(inIndex, outIndex));
    }
}

} // namespace traceload

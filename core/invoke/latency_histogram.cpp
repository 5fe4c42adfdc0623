#include "latency_histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace traceload {

int LatencyHistogram::bucketOf(std::int64_t value)
{
    if (value < 64)
        return value < 0 ? 0 : int(value);
    const int msb = 63 - std::countl_zero(std::uint64_t(value)); // >= 6
    const int shift = msb - 5;                                   // value >> shift in [32, 64)
    const int bucket = 64 + (msb - 6) * 32 + int((value >> shift) - 32);
    return std::min(bucket, kBucketCount - 1);
}

std::int64_t LatencyHistogram::bucketLow(int bucket)
{
    if (bucket < 64)
        return bucket;
    const int msb = (bucket - 64) / 32 + 6;
    const int shift = msb - 5;
    return std::int64_t(32 + (bucket - 64) % 32) << shift;
}

std::int64_t LatencyHistogram::bucketHigh(int bucket)
{
    if (bucket < 64)
        return bucket;
    const int shift = (bucket - 64) / 32 + 1;
    return bucketLow(bucket) + (std::int64_t(1) << shift) - 1;
}

void LatencyHistogram::add(std::int64_t value)
{
    ++counts[bucketOf(value)];
    ++total;
    max = std::max(max, value);
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (int i = 0; i < kBucketCount; ++i)
        counts[i] += other.counts[i];
    total += other.total;
    max = std::max(max, other.max);
}

void LatencyHistogram::subtract(const LatencyHistogram& other)
{
    // The window's max is unknown from two cumulative copies; keep the top bucket's bound.
    std::int64_t windowMax = 0;
    for (int i = 0; i < kBucketCount; ++i) {
        counts[i] -= std::min(counts[i], other.counts[i]);
        if (counts[i])
            windowMax = bucketHigh(i);
    }
    total -= std::min(total, other.total);
    max = std::min(max, windowMax);
}

std::int64_t LatencyHistogram::percentile(double p) const
{
    if (total == 0)
        return -1;
    const auto rank =
        std::max<std::uint64_t>(1, std::uint64_t(std::ceil(p / 100.0 * double(total))));
    std::uint64_t seen = 0;
    for (int i = 0; i < kBucketCount; ++i) {
        seen += counts[i];
        if (seen >= rank)
            return std::min(bucketHigh(i), max);
    }
    return max;
}

void ConcurrentLatencyHistogram::copyInto(LatencyHistogram& out) const
{
    // Read the total first (acquire) so that the counts include at least those values.
    out.total = m_total.load(std::memory_order_acquire);
    std::uint64_t sum = 0;
    for (int i = 0; i < LatencyHistogram::kBucketCount; ++i) {
        out.counts[i] = m_counts[i].load(std::memory_order_relaxed);
        sum += out.counts[i];
    }
    out.total = sum; // the counts may be a few values ahead of the total read first
    out.max = m_max.load(std::memory_order_relaxed);
}

} // namespace traceload

#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace traceload {

// A log-linear histogram of non-negative microsecond values (HDR-like): exact below 64,
// then 32 buckets per power of two (relative error under 3%) up to 2^41 µs. Fixed memory
// (about 10 KB) and mergeable, so live percentiles cost one relaxed store per value.
class LatencyHistogram
{
public:
    static constexpr int kBucketCount = 64 + 36 * 32;

    static int bucketOf(std::int64_t value);
    // The smallest and largest value a bucket holds.
    static std::int64_t bucketLow(int bucket);
    static std::int64_t bucketHigh(int bucket);

    std::array<std::uint64_t, kBucketCount> counts{};
    std::uint64_t total = 0;
    std::int64_t max = 0;

    void add(std::int64_t value);
    void merge(const LatencyHistogram& other);
    void subtract(const LatencyHistogram& other); // other must be an earlier copy
    // Nearest-rank percentile (0 < p <= 100), reported as the bucket's upper bound
    // (clamped to max); -1 when empty.
    std::int64_t percentile(double p) const;
};

// The single-writer form the hot paths record into: one writer thread stores with relaxed
// atomics, any thread may copy it out.
class ConcurrentLatencyHistogram
{
public:
    void add(std::int64_t value)
    {
        const int b = LatencyHistogram::bucketOf(value);
        m_counts[b].store(m_counts[b].load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
        if (value > m_max.load(std::memory_order_relaxed))
            m_max.store(value, std::memory_order_relaxed);
        m_total.store(m_total.load(std::memory_order_relaxed) + 1, std::memory_order_release);
    }
    void copyInto(LatencyHistogram& out) const;

private:
    std::array<std::atomic<std::uint64_t>, LatencyHistogram::kBucketCount> m_counts{};
    std::atomic<std::uint64_t> m_total{0};
    std::atomic<std::int64_t> m_max{0};
};

} // namespace traceload

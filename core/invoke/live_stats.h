#pragma once

#include "latency_histogram.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace traceload {

struct LivePercentiles
{
    std::int64_t p50 = -1; // µs; -1 = no value yet
    std::int64_t p90 = -1;
    std::int64_t p99 = -1;
    std::int64_t max = -1;
    std::uint64_t count = 0;
};

// What a dashboard or a progress line shows; a small value copied a few times a second.
struct LiveSnapshot
{
    double elapsedS = 0;
    std::uint64_t scheduled = 0; // invocations in the whole run
    std::uint64_t issued = 0;    // sent so far
    std::uint64_t completed = 0; // ok + errors + timeouts
    std::uint64_t ok = 0;
    std::uint64_t errors = 0;
    std::uint64_t timeouts = 0;
    std::uint64_t notSent = 0; // late so far, plus those a cancel left (known at the end)
    std::uint64_t late = 0;    // not sent: later than RunOptions::maxLateness
    std::uint64_t inFlight = 0;
    std::uint64_t coldStarts = 0; // ok replies that said cold (emulator replies only)
    // ok replies that said cold or warm: 0 means unknown (real functions do not say), not
    // "no cold starts".
    std::uint64_t coldKnown = 0;
    int slot = 0; // the slot being replayed
    int slotCount = 0;
    double windowS = 0;   // length of the "window" statistics
    double issueRate = 0; // calls/s sent over the window
    double completionRate = 0;
    LivePercentiles latencyWindow, latencyOverall;   // ok calls, from send
    LivePercentiles responseWindow, responseOverall; // ok calls, from schedule
    LivePercentiles latenessWindow, latenessOverall; // sent calls
    bool started = false;
    bool finished = false;
    bool cancelled = false;
};

// Counters and histograms that the scheduler and the completion threads write without
// locks (each writer owns its shard) and that any thread may snapshot.
class LiveStats
{
public:
    // Shards: max(completion threads, sender threads); each writer owns one.
    explicit LiveStats(int completionShards = 1,
                       std::chrono::milliseconds window = std::chrono::milliseconds(1000));

    // Set up by the invoker.
    void reset(std::uint64_t scheduled, int slotCount, std::int64_t slotLengthUs, double speedup);
    void markStarted(std::chrono::steady_clock::time_point start);
    // notReached: the calls a cancel left unsent (not counting the late ones).
    void markFinished(std::uint64_t notReached, bool cancelled);

    // The sending thread of shard `shard` only (one writer each; the gRPC transport has one
    // scheduler, shard 0; the HTTP/2 transport one per sender thread).
    void recordSent(std::int64_t latenessUs, int shard = 0)
    {
        m_shards[shard]->lateness.add(latenessUs);
        m_issued.fetch_add(1, std::memory_order_relaxed);
    }
    void recordLate(int shard = 0)
    {
        auto& c = m_shards[shard]->late;
        c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    }
    // Completion shard `shard` only (one writer each).
    void recordOk(int shard, std::int64_t latencyUs, std::int64_t responseUs);
    void recordError(int shard);
    void recordTimeout(int shard);
    // After recordOk() for a reply that reported whether it was a cold start.
    void recordColdOrWarm(int shard, bool cold);

    std::uint64_t issued() const { return m_issued.load(std::memory_order_relaxed); }
    std::uint64_t completed() const;

    // Thread-safe; window statistics cover the last `window` of snapshots.
    LiveSnapshot snapshot() const;

private:
    struct alignas(64) Shard
    {
        ConcurrentLatencyHistogram latency;
        ConcurrentLatencyHistogram response;
        ConcurrentLatencyHistogram lateness;
        std::atomic<std::uint64_t> late{0};
        std::atomic<std::uint64_t> ok{0};
        std::atomic<std::uint64_t> errors{0};
        std::atomic<std::uint64_t> timeouts{0};
        std::atomic<std::uint64_t> cold{0};
        std::atomic<std::uint64_t> coldKnown{0};
    };
    struct Cumulative
    {
        std::chrono::steady_clock::time_point at;
        std::uint64_t issued = 0;
        std::uint64_t completed = 0;
        LatencyHistogram latency, response, lateness;
    };

    std::vector<std::unique_ptr<Shard>> m_shards;
    alignas(64) std::atomic<std::uint64_t> m_issued{0};
    std::atomic<std::uint64_t> m_scheduled{0};
    std::atomic<std::uint64_t> m_notSent{0};
    std::atomic<bool> m_started{false};
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_cancelled{false};
    std::atomic<std::int64_t> m_startNs{0};
    std::atomic<std::int64_t> m_finishNs{0};
    int m_slotCount = 0;
    std::int64_t m_slotLengthUs = 1;
    double m_speedup = 1;
    std::chrono::milliseconds m_window;

    mutable std::mutex m_historyMutex;
    mutable std::deque<std::shared_ptr<Cumulative>> m_history;
};

} // namespace traceload

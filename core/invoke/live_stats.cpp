#include "live_stats.h"

#include <algorithm>

namespace traceload {

namespace {

LivePercentiles percentilesOf(const LatencyHistogram& h)
{
    LivePercentiles p;
    p.count = h.total;
    if (h.total == 0)
        return p;
    p.p50 = h.percentile(50);
    p.p90 = h.percentile(90);
    p.p99 = h.percentile(99);
    p.max = h.max;
    return p;
}

std::int64_t nanosOf(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

} // namespace

LiveStats::LiveStats(int completionShards, std::chrono::milliseconds window) : m_window(window)
{
    for (int i = 0; i < std::max(1, completionShards); ++i)
        m_shards.push_back(std::make_unique<Shard>());
}

void LiveStats::reset(std::uint64_t scheduled, int slotCount, std::int64_t slotLengthUs,
                      double speedup)
{
    m_scheduled = scheduled;
    m_slotCount = slotCount;
    m_slotLengthUs = std::max<std::int64_t>(1, slotLengthUs);
    m_speedup = speedup > 0 ? speedup : 1;
}

void LiveStats::markStarted(std::chrono::steady_clock::time_point start)
{
    m_startNs = nanosOf(start);
    m_started.store(true, std::memory_order_release);
}

void LiveStats::markFinished(std::uint64_t notReached, bool cancelled)
{
    m_notSent = notReached;
    m_cancelled = cancelled;
    m_finishNs = nanosOf(std::chrono::steady_clock::now());
    m_finished.store(true, std::memory_order_release);
}

void LiveStats::recordOk(int shard, std::int64_t latencyUs, std::int64_t responseUs)
{
    Shard& s = *m_shards[shard];
    s.latency.add(latencyUs);
    s.response.add(responseUs);
    s.ok.store(s.ok.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void LiveStats::recordError(int shard)
{
    auto& c = m_shards[shard]->errors;
    c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void LiveStats::recordTimeout(int shard)
{
    auto& c = m_shards[shard]->timeouts;
    c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void LiveStats::recordColdOrWarm(int shard, bool cold)
{
    auto& known = m_shards[shard]->coldKnown;
    known.store(known.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    if (cold) {
        auto& c = m_shards[shard]->cold;
        c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    }
}

std::uint64_t LiveStats::completed() const
{
    std::uint64_t n = 0;
    for (const auto& s : m_shards)
        n += s->ok.load(std::memory_order_relaxed) + s->errors.load(std::memory_order_relaxed) +
             s->timeouts.load(std::memory_order_relaxed);
    return n;
}

LiveSnapshot LiveStats::snapshot() const
{
    using namespace std::chrono;
    LiveSnapshot snap;
    const auto now = steady_clock::now();
    auto current = std::make_shared<Cumulative>();
    current->at = now;
    LatencyHistogram part;
    for (const auto& s : m_shards) {
        s->latency.copyInto(part);
        current->latency.merge(part);
        s->response.copyInto(part);
        current->response.merge(part);
        s->lateness.copyInto(part);
        current->lateness.merge(part);
        snap.late += s->late.load(std::memory_order_relaxed);
        snap.ok += s->ok.load(std::memory_order_relaxed);
        snap.errors += s->errors.load(std::memory_order_relaxed);
        snap.timeouts += s->timeouts.load(std::memory_order_relaxed);
        snap.coldStarts += s->cold.load(std::memory_order_relaxed);
        snap.coldKnown += s->coldKnown.load(std::memory_order_relaxed);
    }
    snap.issued = m_issued.load(std::memory_order_relaxed);
    snap.completed = snap.ok + snap.errors + snap.timeouts;
    snap.issued = std::max(snap.issued, snap.completed);
    current->issued = snap.issued;
    current->completed = snap.completed;
    snap.scheduled = m_scheduled.load(std::memory_order_relaxed);
    snap.inFlight = snap.issued - snap.completed;
    snap.slotCount = m_slotCount;
    snap.started = m_started.load(std::memory_order_acquire);
    snap.finished = m_finished.load(std::memory_order_acquire);
    snap.cancelled = m_cancelled.load(std::memory_order_relaxed);
    snap.notSent = snap.late + m_notSent.load(std::memory_order_relaxed);
    if (snap.started) {
        const std::int64_t endNs = snap.finished ? m_finishNs.load() : nanosOf(now);
        snap.elapsedS = std::max<double>(0, double(endNs - m_startNs.load()) / 1e9);
        const double replayedUs = snap.elapsedS * 1e6 * m_speedup;
        snap.slot =
            std::clamp(int(replayedUs / double(m_slotLengthUs)), 0, std::max(0, m_slotCount - 1));
    }
    snap.latencyOverall = percentilesOf(current->latency);
    snap.responseOverall = percentilesOf(current->response);
    snap.latenessOverall = percentilesOf(current->lateness);

    std::shared_ptr<Cumulative> base;
    {
        std::lock_guard lock(m_historyMutex);
        // Oldest copy that is still inside the window is the window's base.
        while (m_history.size() > 1 && now - m_history[1]->at >= m_window)
            m_history.pop_front();
        if (!m_history.empty())
            base = m_history.front();
        if (m_history.empty() || now - m_history.back()->at >= m_window / 10)
            m_history.push_back(current);
        if (m_history.size() > 64)
            m_history.pop_front();
    }
    if (base && now > base->at) {
        snap.windowS = duration<double>(now - base->at).count();
        snap.issueRate = double(current->issued - base->issued) / snap.windowS;
        snap.completionRate = double(current->completed - base->completed) / snap.windowS;
        LatencyHistogram w = current->latency;
        w.subtract(base->latency);
        snap.latencyWindow = percentilesOf(w);
        w = current->response;
        w.subtract(base->response);
        snap.responseWindow = percentilesOf(w);
        w = current->lateness;
        w.subtract(base->lateness);
        snap.latenessWindow = percentilesOf(w);
    }
    return snap;
}

} // namespace traceload

#pragma once

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>

namespace traceload {

// What an emulated call does while it executes.
enum class WorkKind
{
    Sleep,
    Spin
};

// Busy-loops (burning one CPU) until `until`, or until `*drainBy` (a steady_clock
// time-since-epoch count, updated by a shutdown) if that comes first.
void spinUntil(std::chrono::steady_clock::time_point until,
               const std::atomic<std::chrono::steady_clock::rep>& drainBy);

// Caps on --touch-memory: a call touches at most kMaxCallMb, and all calls together hold
// at most kMaxTotalMb; a call that would exceed the total touches nothing.
constexpr qint64 kMaxCallMb = 512;
constexpr qint64 kMaxTotalMb = 2048;

// Process-wide account of touched memory (thread-safe).
class MemoryBudget
{
public:
    explicit MemoryBudget(qint64 capMb = kMaxTotalMb) : m_capMb(capMb) {}
    bool tryReserve(qint64 mb);
    void release(qint64 mb) { m_heldMb.fetch_sub(mb); }
    qint64 heldMb() const { return m_heldMb.load(); }

private:
    const qint64 m_capMb;
    std::atomic<qint64> m_heldMb{0};
};

// Memory allocated and written page by page (so that it is really resident), held for
// the lifetime of the object, capped at kMaxCallMb and by the budget.
class TouchedMemory
{
public:
    TouchedMemory() = default;
    TouchedMemory(MemoryBudget& budget, double mb);
    ~TouchedMemory();
    TouchedMemory(TouchedMemory&& other) noexcept;
    TouchedMemory& operator=(TouchedMemory&& other) noexcept;

    qint64 megabytes() const { return m_mb; }

private:
    void reset();

    MemoryBudget* m_budget = nullptr;
    qint64 m_mb = 0;
    std::unique_ptr<char[]> m_data;
};

} // namespace traceload

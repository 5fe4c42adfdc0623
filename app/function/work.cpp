#include "work.h"

#include <cmath>
#include <utility>

namespace traceload {

void spinUntil(std::chrono::steady_clock::time_point until,
               const std::atomic<std::chrono::steady_clock::rep>& drainBy)
{
    using Clock = std::chrono::steady_clock;
    for (;;) {
        const Clock::time_point now = Clock::now();
        if (now >= until ||
            now.time_since_epoch().count() >= drainBy.load(std::memory_order_relaxed))
            return;
    }
}

bool MemoryBudget::tryReserve(qint64 mb)
{
    qint64 held = m_heldMb.load();
    do {
        if (held + mb > m_capMb)
            return false;
    } while (!m_heldMb.compare_exchange_weak(held, held + mb));
    return true;
}

TouchedMemory::TouchedMemory(MemoryBudget& budget, double mb)
{
    const qint64 wanted = std::min<qint64>(kMaxCallMb, std::llround(std::max(0.0, mb)));
    if (wanted <= 0 || !budget.tryReserve(wanted))
        return;
    m_budget = &budget;
    m_mb = wanted;
    const std::size_t bytes = std::size_t(wanted) << 20;
    m_data = std::make_unique_for_overwrite<char[]>(bytes);
    // volatile: the writes must happen although nothing reads them.
    volatile char* p = m_data.get();
    for (std::size_t i = 0; i < bytes; i += 4096)
        p[i] = char(i >> 12);
}

TouchedMemory::~TouchedMemory()
{
    reset();
}

TouchedMemory::TouchedMemory(TouchedMemory&& other) noexcept
    : m_budget(std::exchange(other.m_budget, nullptr)), m_mb(std::exchange(other.m_mb, 0)),
      m_data(std::move(other.m_data))
{
}

TouchedMemory& TouchedMemory::operator=(TouchedMemory&& other) noexcept
{
    if (this != &other) {
        reset();
        m_budget = std::exchange(other.m_budget, nullptr);
        m_mb = std::exchange(other.m_mb, 0);
        m_data = std::move(other.m_data);
    }
    return *this;
}

void TouchedMemory::reset()
{
    m_data.reset();
    if (m_budget)
        m_budget->release(m_mb);
    m_budget = nullptr;
    m_mb = 0;
}

} // namespace traceload

#include "deadline_timer.h"

#include <algorithm>

namespace traceload {

DeadlineTimer::DeadlineTimer()
{
    m_heap.reserve(1024);
    m_thread = std::thread([this] { run(); });
}

DeadlineTimer::~DeadlineTimer()
{
    stop();
}

void DeadlineTimer::schedule(Clock::time_point when, Task task)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopped) {
            m_heap.push_back({when, m_sequence++, std::move(task)});
            std::push_heap(m_heap.begin(), m_heap.end(), later);
            // Only a new earliest deadline changes what the timer thread waits for.
            if (m_heap.front().sequence == m_sequence - 1) {
                lock.unlock();
                m_wake.notify_one();
            }
            return;
        }
    }
    task(Clock::now() < when);
}

void DeadlineTimer::drainBy(Clock::time_point deadline)
{
    {
        std::lock_guard lock(m_mutex);
        m_drainBy = std::min(m_drainBy, deadline);
    }
    m_wake.notify_one();
}

void DeadlineTimer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void DeadlineTimer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_heap.empty()) {
            if (m_stopping) {
                m_stopped = true;
                return;
            }
            m_wake.wait(lock);
            continue;
        }
        const Clock::time_point when = m_heap.front().when;
        const Clock::time_point due =
            m_stopping ? Clock::time_point::min() : std::min(when, m_drainBy);
        const Clock::time_point now = Clock::now();
        if (now < due) {
            m_wake.wait_until(lock, due);
            continue;
        }
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        Task task = std::move(m_heap.back().task);
        m_heap.pop_back();
        lock.unlock();
        task(now < when);
        lock.lock();
    }
}

} // namespace traceload

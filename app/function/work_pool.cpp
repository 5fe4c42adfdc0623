#include "work_pool.h"

namespace traceload {

WorkPool::WorkPool(int threads)
{
    m_threads.reserve(std::size_t(std::max(1, threads)));
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkPool::~WorkPool()
{
    stop();
}

void WorkPool::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(task));
            m_wake.notify_one();
            return;
        }
    }
    task();
}

void WorkPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads)
        if (t.joinable())
            t.join();
}

void WorkPool::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping and drained
        std::function<void()> task = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        task();
        lock.lock();
    }
}

} // namespace traceload

#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace traceload {

// Runs tasks at their deadlines on one thread (a heap of deadlines), so that thousands of
// sleeping calls cost no thread each. Tasks must be short: they run on the timer thread.
// A task gets `early` = true when it runs before its deadline because of drainBy()/stop().
class DeadlineTimer
{
public:
    using Clock = std::chrono::steady_clock;
    using Task = std::function<void(bool early)>;

    DeadlineTimer();
    ~DeadlineTimer(); // stop()

    DeadlineTimer(const DeadlineTimer&) = delete;
    DeadlineTimer& operator=(const DeadlineTimer&) = delete;

    void schedule(Clock::time_point when, Task task);
    // From now on no task runs later than `deadline` (used for a bounded shutdown).
    void drainBy(Clock::time_point deadline);
    // Runs every pending task now (early) and joins the thread. Tasks scheduled afterwards
    // run at once on the caller's thread.
    void stop();

private:
    struct Entry
    {
        Clock::time_point when;
        unsigned long long sequence; // FIFO among equal deadlines
        Task task;
    };
    static bool later(const Entry& a, const Entry& b)
    {
        return a.when != b.when ? a.when > b.when : a.sequence > b.sequence;
    }
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_heap; // std::push_heap / pop_heap with later(): earliest on top
    unsigned long long m_sequence = 0;
    Clock::time_point m_drainBy = Clock::time_point::max();
    bool m_stopping = false;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace traceload

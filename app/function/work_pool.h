#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace traceload {

// A fixed number of threads running posted tasks in FIFO order: the CPU-bound part of
// the emulated calls (spinning, touching memory) never runs on gRPC's threads and never
// needs more threads than configured.
class WorkPool
{
public:
    explicit WorkPool(int threads);
    ~WorkPool(); // stop()

    WorkPool(const WorkPool&) = delete;
    WorkPool& operator=(const WorkPool&) = delete;

    void post(std::function<void()> task);
    // Runs what is queued, then joins the threads. Tasks posted afterwards run at once on
    // the caller's thread.
    void stop();
    int threadCount() const { return int(m_threads.size()); }

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace traceload

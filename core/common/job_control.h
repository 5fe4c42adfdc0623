#pragma once

#include "input_error.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>

namespace traceload {

// One cancel flag shared by the GUI (or a SIGINT handler) and the worker doing the job.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

// What a long job receives: where to report progress and what to poll for cancellation.
// Progress is throttled here (at most every 100 ms) so callers may report as often as
// they like from hot loops.
class JobControl
{
public:
    using ProgressFn = std::function<void(const QString& stage, double fraction)>;

    JobControl() = default;
    JobControl(const CancelToken* cancel, ProgressFn progress)
        : m_cancel(cancel), m_progress(std::move(progress))
    {
    }

    bool isCancelled() const { return m_cancel && m_cancel->isCancelled(); }
    // Throws Cancelled when the token was cancelled.
    void checkCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }
    // fraction in [0, 1]; 1.0 is always delivered.
    void progress(const QString& stage, double fraction) const;

private:
    const CancelToken* m_cancel = nullptr;
    ProgressFn m_progress;
    mutable std::chrono::steady_clock::time_point m_lastReport{};
};

} // namespace traceload

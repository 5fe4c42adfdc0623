#pragma once

#include <chrono>
#include <mutex>

namespace traceload {

// Scale-to-zero emulation for one service. The first call, and the first call after the
// service has been idle (no call in flight) for longer than the idle timeout, starts a
// new instance: that call is cold and the instance becomes ready coldStart later. Calls
// that arrive while the instance is still starting wait until it is ready (as requests
// queue in front of a starting Knative pod) but are not counted as cold: there is one
// cold call per instance start. Thread-safe.
class InstanceTracker
{
public:
    using Clock = std::chrono::steady_clock;

    struct Admission
    {
        bool cold = false;
        int instance = 0;                  // 1 for the first instance, then 2, ...
        std::chrono::microseconds wait{0}; // until the instance is ready
    };

    InstanceTracker(std::chrono::microseconds coldStart, std::chrono::microseconds idleTimeout)
        : m_coldStart(coldStart), m_idleTimeout(idleTimeout)
    {
    }

    Admission arrive(Clock::time_point now);
    void depart(Clock::time_point now);

private:
    const std::chrono::microseconds m_coldStart;
    const std::chrono::microseconds m_idleTimeout;
    std::mutex m_mutex;
    int m_instance = 0;
    int m_inFlight = 0;
    Clock::time_point m_lastActivity;
    Clock::time_point m_readyAt;
};

} // namespace traceload

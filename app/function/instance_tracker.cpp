#include "instance_tracker.h"

namespace traceload {

InstanceTracker::Admission InstanceTracker::arrive(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    Admission a;
    a.cold = m_instance == 0 || (m_inFlight == 0 && now - m_lastActivity > m_idleTimeout);
    if (a.cold) {
        ++m_instance;
        m_readyAt = now + m_coldStart;
    }
    a.instance = m_instance;
    if (m_readyAt > now)
        a.wait = std::chrono::duration_cast<std::chrono::microseconds>(m_readyAt - now);
    ++m_inFlight;
    if (now > m_lastActivity)
        m_lastActivity = now;
    return a;
}

void InstanceTracker::depart(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    --m_inFlight;
    if (now > m_lastActivity)
        m_lastActivity = now;
}

} // namespace traceload

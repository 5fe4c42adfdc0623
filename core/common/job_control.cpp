#include "job_control.h"

namespace traceload {

void JobControl::progress(const QString& stage, double fraction) const
{
    if (!m_progress)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (fraction < 1.0 && now - m_lastReport < std::chrono::milliseconds(100))
        return;
    m_lastReport = now;
    m_progress(stage, fraction);
}

} // namespace traceload

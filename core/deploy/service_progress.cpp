#include "service_progress.h"

namespace traceload {

QString serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Pending:
        return QStringLiteral("pending");
    case ServiceState::Applying:
        return QStringLiteral("applying");
    case ServiceState::Ready:
        return QStringLiteral("ready");
    case ServiceState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

ServiceStateReporter::ServiceStateReporter(ServiceStateSink sink, const ServicePlan& plan,
                                           const ProxyCatalogue& catalogue)
    : m_sink(std::move(sink)), m_plan(plan), m_catalogue(catalogue),
      m_last(plan.services.size(), -1)
{
    m_clock.start();
}

void ServiceStateReporter::reportLocked(size_t index, ServiceState state, const QString& message)
{
    if (index >= m_last.size() || m_last[index] == int(state) ||
        m_last[index] == int(ServiceState::Failed))
        return;
    m_last[index] = int(state);
    if (!m_sink)
        return;
    const ServiceSpec& spec = m_plan.services[index];
    ServiceProgress p;
    p.index = int(index);
    p.service = spec.name;
    if (spec.proxyIndex >= 0 && size_t(spec.proxyIndex) < m_catalogue.proxies.size())
        p.proxy = m_catalogue.proxies[size_t(spec.proxyIndex)].name;
    p.state = state;
    p.elapsedMs = m_clock.elapsed();
    p.message = state == ServiceState::Failed ? message : QString();
    m_sink(p);
}

void ServiceStateReporter::report(size_t index, ServiceState state, const QString& message)
{
    const std::lock_guard lock(m_mutex);
    reportLocked(index, state, message);
}

void ServiceStateReporter::reportAll(ServiceState state, const QString& message)
{
    const std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < m_last.size(); ++i)
        reportLocked(i, state, message);
}

void ServiceStateReporter::failUnready(const QString& message)
{
    const std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < m_last.size(); ++i)
        if (m_last[i] != int(ServiceState::Ready))
            reportLocked(i, ServiceState::Failed, message);
}

} // namespace traceload

#pragma once

#include "service_plan.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QString>
#include <functional>
#include <mutex>
#include <vector>

namespace traceload {

// Where one service of a deployment is: every service starts Pending, becomes Applying when
// its deployment command starts (knative: `kubectl apply`; local: the emulator starting),
// then Ready (knative: listed Ready by kn; local: the emulator is listening) or Failed.
enum class ServiceState
{
    Pending,
    Applying,
    Ready,
    Failed
};

// "pending", "applying", "ready", "failed" (untranslated: for logs and tests).
QString serviceStateName(ServiceState state);

// One change of a service's state, as DeployOptions::serviceState receives it.
struct ServiceProgress
{
    int index = -1;  // into the plan's services
    QString service; // its name
    QString proxy;   // the proxy it copies
    ServiceState state = ServiceState::Pending;
    qint64 elapsedMs = 0; // since the deployment started
    QString message;      // Failed: why (naming the command); else empty
};

using ServiceStateSink = std::function<void(const ServiceProgress&)>;

// Reports state changes of a plan's services to a sink, for the backends: only changes
// (the same state twice is reported once), a Failed service stays failed, calls never
// overlap (the backends report from several worker threads).
class ServiceStateReporter
{
public:
    ServiceStateReporter(ServiceStateSink sink, const ServicePlan& plan,
                         const ProxyCatalogue& catalogue);

    void report(size_t index, ServiceState state, const QString& message = {});
    void reportAll(ServiceState state, const QString& message = {});
    // Every service not Ready becomes Failed with this message.
    void failUnready(const QString& message);

private:
    void reportLocked(size_t index, ServiceState state, const QString& message);

    ServiceStateSink m_sink;
    const ServicePlan& m_plan;
    const ProxyCatalogue& m_catalogue;
    QElapsedTimer m_clock;
    std::mutex m_mutex;
    std::vector<int> m_last; // -1: nothing reported yet
};

} // namespace traceload

Q_DECLARE_METATYPE(traceload::ServiceProgress)

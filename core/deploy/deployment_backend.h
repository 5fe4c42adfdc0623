#pragma once

#include "common/input_error.h"
#include "common/job_control.h"
#include "deployment_record.h"
#include "profile/proxy_catalogue.h"
#include "service_plan.h"
#include "service_progress.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace traceload {

// The build folder when none is named: not `build`, which is where CMake's preset puts
// the binaries, so that records, YAMLs and logs never land among them.
inline const QString kDefaultBuildDir = QStringLiteral("traceload-deploy");

// Settings of a deployment (and of its teardown). Defaults suit a real cluster; tests
// shrink the intervals. Comparable, so that a workspace knows when a deployment is stale.
struct DeploySettings
{
    QString buildDir = kDefaultBuildDir; // generated files, log and record go here
    int jobs = 0;                        // deployment commands run in parallel; 0 = core count
    int commandTimeoutMs = 300000;       // any single external command
    // knative
    bool deleteExisting = false;   // `kn service delete --all` first (the seed always does)
    int readyTimeoutSeconds = 600; // wait at most this long for every service to be Ready
    int pollIntervalMs = 1000;     // between two `kn service list` polls
    // At most this often a "Ready n/N; still waiting for ..." line while waiting.
    int readyReportIntervalMs = 5000;
    // local
    QString emulatorProgram;                // empty: traceload-function next to the running binary
    QString work = QStringLiteral("sleep"); // --work sleep|spin
    int coldStartMs = 0;
    int idleTimeoutSeconds = 600;
    // The emulator exits after this long without calls (orphans do not run forever); 0 = never.
    int exitAfterIdleSeconds = 1800;
    int startTimeoutMs = 15000; // for the emulator's `listening on` line
    int stopTimeoutMs = 10000;  // SIGTERM -> SIGKILL

    bool operator==(const DeploySettings&) const = default;
};

struct DeployOptions : DeploySettings
{
    DeployOptions() = default;
    explicit DeployOptions(const DeploySettings& settings,
                           std::function<void(const QString&)> messageSink = {},
                           ServiceStateSink stateSink = {})
        : DeploySettings(settings), message(std::move(messageSink)),
          serviceState(std::move(stateSink))
    {
    }
    // What the user should see (commands shown before they run, each command's exit
    // status, notes). May be called from worker threads; calls never overlap.
    std::function<void(const QString&)> message;
    // Each service's state as it changes (pending, applying, ready or failed). May be
    // called from worker threads; calls never overlap each other.
    ServiceStateSink serviceState;
};

// A deployment (or teardown) that could not be completed. The message names the service
// and the command that failed and says how many services are up; record() (also written
// to the build folder, status "failed") lists them, so `teardown` can still remove them.
class DeploymentError : public InputError
{
public:
    DeploymentError(QString service, QString message, DeploymentRecord record)
        : InputError(std::move(message)), m_service(std::move(service)), m_record(std::move(record))
    {
    }
    const QString& service() const { return m_service; }
    const DeploymentRecord& record() const { return m_record; }

private:
    QString m_service;
    DeploymentRecord m_record;
};

// Turns a service plan into endpoints. Usage:
//   const ServicePlan plan = planServices(mapping, catalogue, shareProxies);
//   auto backend = createDeploymentBackend("local", options);
//   const Deployment d = backend->deploy(plan, catalogue, config, job);
//   ... d.endpointOfFunction(), d.connectTo ...
//   teardownDeployment(options); // later, possibly from another process
// deploy() first tears down a live deployment recorded in the same build folder and
// removes the files the previous run generated there (only those), then writes
// <build>/deployment.json (before anything starts, and again when done or failed) and logs
// every command to <build>/deploy.log.
class DeploymentBackend
{
public:
    virtual ~DeploymentBackend() = default;
    virtual QString name() const = 0;
    // config may be null (no pre/post-deployment commands). Throws InputError for bad
    // input or a missing program, DeploymentError when the deployment fails part way,
    // Cancelled when cancelled (the record then lists what was started).
    virtual Deployment deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                              const ProxyConfig* config, const JobControl& job) = 0;
};

// "local" (default), "knative", "dry-run".
QStringList deploymentBackendNames();
// nullptr for an unknown name.
std::unique_ptr<DeploymentBackend> createDeploymentBackend(const QString& name,
                                                           const DeployOptions& options);

struct TeardownResult
{
    bool hadRecord = false; // false: nothing was deployed from this build folder
    QString backend;
    int servicesRemoved = 0; // services deleted / no longer served
};

// Removes exactly what the record in options.buildDir says was deployed (knative: those
// services; local: the emulator process, checked gone), the files generated for it (logs
// are kept), and then the record. Throws DeploymentError when something could not be
// removed; the record then lists what is left so that teardown can be retried.
TeardownResult teardownDeployment(const DeployOptions& options);

// For a command that failed after it deployed: tears down what the record in
// options.buildDir names and returns what to tell the user, either the services removed or
// why teardown failed and the command that removes what is still running. Never throws.
QString teardownAfterFailure(const DeployOptions& options);

} // namespace traceload

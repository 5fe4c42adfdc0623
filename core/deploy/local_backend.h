#pragma once

#include "command_runner.h"
#include "deployment_backend.h"

namespace traceload {

class DeploymentLog;

// Emulates the services on this machine: one traceload-function process hosts every
// service of the plan (behaviour from each proxy's duration and memory percentiles,
// written to <build>/services.json), started detached so that it outlives `deploy`, on a
// free port of 127.0.0.1. Endpoints are "<service>.local"; Deployment::connectTo is the
// emulator's "127.0.0.1:PORT" (the invoker dials it with the endpoint as :authority).
class LocalBackend : public DeploymentBackend
{
public:
    explicit LocalBackend(DeployOptions options) : m_options(std::move(options)) {}

    QString name() const override { return QStringLiteral("local"); }
    Deployment deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                      const ProxyConfig* config, const JobControl& job) override;

    // Stops the recorded emulator (SIGTERM, then SIGKILL after options.stopTimeoutMs) and
    // checks that it is gone; a pid that now belongs to another program is left alone.
    static int teardown(DeploymentRecord& record, const DeployOptions& options, DeploymentLog& log);

    static QString endpointOf(const QString& service) { return service + QStringLiteral(".local"); }
    // The emulator's services file for a plan, keyed by endpoint (the :authority).
    static QByteArray servicesJson(const ServicePlan& plan, const ProxyCatalogue& catalogue);
    // traceload-function next to the running executable.
    static QString defaultEmulatorProgram();
    // The emulator command a deployment with these settings starts (detached, in the
    // build folder): absolute program, then --listen, --services <build>/services.json, …
    static CommandLine emulatorCommand(const DeploySettings& settings);

private:
    DeployOptions m_options;
};

} // namespace traceload

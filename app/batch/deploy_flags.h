#pragma once

#include "deploy/deployment_backend.h"
#include "pipeline_inputs.h"

#include <QCommandLineParser>

namespace traceload::batch {

// The deployment flags `deploy` (and `loadgen` / `run`) share: --backend, -b/--build,
// --share-proxies, --delete-existing, --deploy-jobs, --ready-timeout, --poll-interval,
// --command-timeout, --work, --cold-start-ms, --idle-timeout, --emulator.
void addDeployOptions(QCommandLineParser& parser, const QString& defaultBackend);

struct DeployFlags
{
    QString backend;
    bool shareProxies = false;
    DeployOptions options;
};

// Throws UsageError naming the flag for a bad value or an unknown backend.
DeployFlags readDeployFlags(const QCommandLineParser& parser, const QString& defaultBackend);

// Plans the services the mapping of `inputs` needs (one per trace function, or per proxy
// with --share-proxies) and deploys them through the chosen backend.
Deployment deployServices(const PipelineInputs& inputs, const DeployFlags& flags,
                          const JobControl& job);

// The flags `teardown` needs: -b/--build, --command-timeout, --poll-interval.
void addTeardownOptions(QCommandLineParser& parser);
DeployOptions readTeardownFlags(const QCommandLineParser& parser);

// Prints backend messages (the commands run, notes) on stdout, one per line.
std::function<void(const QString&)> consoleMessages();

} // namespace traceload::batch

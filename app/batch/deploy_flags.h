#pragma once

#include "pipeline/workspace.h"

#include <QCommandLineParser>
#include <functional>

namespace traceload::batch {

// The deployment flags `deploy` (and `loadgen` / `run`) share: --backend, -b/--build,
// --share-proxies, --delete-existing, --deploy-jobs, --ready-timeout, --poll-interval,
// --command-timeout, --work, --cold-start-ms, --idle-timeout, --emulator.
void addDeployOptions(QCommandLineParser& parser, const QString& defaultBackend);

// Reads them into the workspace: a flag given replaces the workspace's value. Throws
// UsageError naming the flag for a bad value or an unknown backend.
void readDeployFlags(const QCommandLineParser& parser, Workspace& workspace);

// The flags `teardown` needs: -b/--build, --command-timeout, --poll-interval.
void addTeardownOptions(QCommandLineParser& parser);
DeploySettings readTeardownFlags(const QCommandLineParser& parser);

// Prints backend messages (the commands run, notes) on stdout, one per line.
std::function<void(const QString&)> consoleMessages();

} // namespace traceload::batch

#pragma once

#include "command_runner.h"
#include "deployment_backend.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace traceload {

// One command a deployment will run, as it will run it.
struct PlannedCommand
{
    enum class Kind
    {
        Program, // an argument list, no shell (kubectl, kn, the emulator)
        Shell,   // a config.json pre/post-deployment command: `bash -c` in the config's folder
        Poll     // run repeatedly until a condition holds (`kn service list -o json`)
    };
    Kind kind = Kind::Program;
    CommandLine command;
    QString service; // the service it is for (a shared pre-deployment command: the first)
    QString purpose; // translated, e.g. "pre-deployment command", "every 1000 ms until …"
    // The user's own shell commands run with the user's rights: confirm before running them.
    bool needsConfirmation() const { return kind == Kind::Shell; }
};

// Everything a deployment will run, in order, worked out before anything runs (from the
// same code the backends run it with). Commands that run in parallel (--deploy-jobs) are
// listed in plan order.
struct DeploymentPreview
{
    QString backend;
    QStringList notes; // what happens besides commands (a previous deployment torn down, …)
    std::vector<PlannedCommand> commands;

    int shellCommandCount() const;
    bool needsConfirmation() const { return shellCommandCount() > 0; }
};

// Throws InputError for an unknown backend or a plan the backend cannot deploy (a knative
// proxy without YAML). Reads the build folder's deployment.json (to say what is torn down
// first); runs nothing.
DeploymentPreview previewDeployment(const QString& backend, const DeploySettings& settings,
                                    const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                    const ProxyConfig* config);

} // namespace traceload

#include "deployment_preview.h"

#include "common/input_error.h"
#include "common/text.h"
#include "deployment_record.h"
#include "knative_backend.h"
#include "knative_cli.h"
#include "local_backend.h"

#include <QDir>
#include <algorithm>

namespace traceload {

namespace {

void addKnative(DeploymentPreview& preview, const DeploySettings& settings, const ServicePlan& plan,
                const ProxyCatalogue& catalogue, const ProxyConfig* config)
{
    const KnativeWorkPlan work =
        KnativeBackend::workPlan(plan, catalogue, config, settings.buildDir);
    auto& out = preview.commands;
    if (!work.extractFrom.isEmpty())
        preview.notes << Text::tr(
                             "The bundled config's YAMLs are copied to %1 first; its commands run "
                             "there.")
                             .arg(work.commandFolder);
    preview.notes << Text::tr("%1 service YAMLs are written to %2.")
                         .arg(plan.services.size())
                         .arg(QDir(settings.buildDir).absolutePath());
    if (settings.deleteExisting) {
        out.push_back(
            {PlannedCommand::Kind::Program,
             KnativeCli::deleteAllCommand(),
             {},
             Text::tr("deletes every Knative service of the namespace (delete existing)")});
        out.push_back(
            {PlannedCommand::Kind::Poll,
             KnativeCli::listCommand(),
             {},
             Text::tr("every %1 ms until no service is listed").arg(settings.pollIntervalMs)});
    }
    for (const auto& [command, service] : work.preDeploymentCommands)
        out.push_back({PlannedCommand::Kind::Shell,
                       CommandRunner::shellCommand(command, work.commandFolder),
                       plan.services[service].name, Text::tr("pre-deployment command")});
    for (size_t i = 0; i < plan.services.size(); ++i) {
        const QString& name = plan.services[i].name;
        out.push_back({PlannedCommand::Kind::Program,
                       KnativeCli::applyCommand(work.services[i].manifest), name,
                       Text::tr("deploys the service")});
        if (work.services[i].entry)
            for (const QString& c : work.services[i].entry->postDeploymentCommands)
                out.push_back({PlannedCommand::Kind::Shell,
                               CommandRunner::shellCommand(c, work.commandFolder), name,
                               Text::tr("post-deployment command")});
    }
    out.push_back({PlannedCommand::Kind::Poll,
                   KnativeCli::listCommand(),
                   {},
                   Text::tr("every %1 ms until every service is Ready (at most %2 s)")
                       .arg(settings.pollIntervalMs)
                       .arg(settings.readyTimeoutSeconds)});
}

} // namespace

int DeploymentPreview::shellCommandCount() const
{
    return int(std::count_if(commands.begin(), commands.end(),
                             [](const PlannedCommand& c) { return c.needsConfirmation(); }));
}

DeploymentPreview previewDeployment(const QString& backend, const DeploySettings& settings,
                                    const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                    const ProxyConfig* config)
{
    if (!deploymentBackendNames().contains(backend))
        throw InputError(Text::tr("unknown deployment backend \"%1\"").arg(backend));
    DeploymentPreview preview;
    preview.backend = backend;
    // What build_folder::prepare does first.
    try {
        if (const auto previous = DeploymentRecord::read(settings.buildDir);
            previous && previous->backend != u"dry-run")
            preview.notes << Text::tr(
                                 "First the %1 deployment recorded in %2 (%3 services) is torn "
                                 "down.")
                                 .arg(previous->backend,
                                      DeploymentRecord::pathIn(settings.buildDir))
                                 .arg(previous->services.size());
    } catch (const InputError& e) {
        preview.notes << e.toString();
    }
    if (backend == u"knative") {
        addKnative(preview, settings, plan, catalogue, config);
    } else if (backend == u"local") {
        preview.commands.push_back(
            {PlannedCommand::Kind::Program,
             LocalBackend::emulatorCommand(settings),
             {},
             Text::tr("started in the background; emulates all %1 services until teardown")
                 .arg(plan.services.size())});
    } else {
        preview.notes << Text::tr("A dry run names %1 endpoints and starts nothing.")
                             .arg(plan.services.size());
    }
    return preview;
}

} // namespace traceload

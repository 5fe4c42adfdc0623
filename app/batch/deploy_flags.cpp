#include "deploy_flags.h"

#include "cli_support.h"

#include <QCoreApplication>

namespace traceload::batch {

namespace {

void addCommonOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringList{"b", "build"},
         tr("Folder for the generated files, the deployment log and record (default build)."),
         "path"},
        {QStringList{"command-timeout"},
         tr("Seconds any single external command may take (default 300)."), "s"},
        {QStringList{"poll-interval"},
         tr("Milliseconds between two `kn service list` polls (default 1000)."), "ms"},
    });
}

void readCommon(const QCommandLineParser& p, DeployOptions& o)
{
    if (p.isSet("build"))
        o.buildDir = p.value("build");
    if (o.buildDir.isEmpty())
        throw UsageError{tr("flag -b/--build: the build folder must not be empty")};
    o.commandTimeoutMs = int(intFlag(p, "command-timeout", 300, 1, 86400) * 1000);
    o.pollIntervalMs = int(intFlag(p, "poll-interval", 1000, 1, 600000));
}

} // namespace

void addDeployOptions(QCommandLineParser& p, const QString& defaultBackend)
{
    addCommonOptions(p);
    p.addOptions({
        {QStringList{"backend"},
         tr("Deployment backend: local (emulated on this machine), knative (kubectl + kn) or "
            "dry-run (default %1).")
             .arg(defaultBackend),
         "name"},
        {QStringList{"share-proxies"},
         tr("One service per distinct proxy instead of one per function.")},
        {QStringList{"delete-existing"},
         tr("knative: delete every existing Knative service first (kn service delete --all).")},
        {QStringList{"deploy-jobs"},
         tr("Deployment commands run in parallel (default: the core count)."), "n"},
        {QStringList{"ready-timeout"},
         tr("knative: seconds to wait for every service to be Ready (default 600)."), "s"},
        {QStringList{"work"},
         tr("local: how the emulator spends a function's duration, sleep or spin (default "
            "sleep)."),
         "mode"},
        {QStringList{"cold-start-ms"},
         tr("local: extra delay of a call that finds no idle instance (default 0 = off)."), "ms"},
        {QStringList{"idle-timeout"},
         tr("local: seconds after which an idle emulated instance is dropped (default 600)."), "s"},
        {QStringList{"emulator"},
         tr("local: the traceload-function program (default: next to traceload)."), "path"},
    });
}

DeployFlags readDeployFlags(const QCommandLineParser& p, const QString& defaultBackend)
{
    DeployFlags f;
    readCommon(p, f.options);
    f.backend = p.isSet("backend") ? p.value("backend") : defaultBackend;
    if (!deploymentBackendNames().contains(f.backend))
        throw UsageError{tr("flag --backend: unknown backend '%1' (available: %2)")
                             .arg(f.backend, deploymentBackendNames().join(QStringLiteral(", ")))};
    f.shareProxies = p.isSet("share-proxies");
    f.options.deleteExisting = p.isSet("delete-existing");
    f.options.jobs = int(intFlag(p, "deploy-jobs", 0, 1, 1024));
    f.options.readyTimeoutSeconds = int(intFlag(p, "ready-timeout", 600, 0, 86400));
    if (p.isSet("work")) {
        f.options.work = p.value("work");
        if (f.options.work != u"sleep" && f.options.work != u"spin")
            throw UsageError{
                tr("flag --work: unknown mode '%1' (use sleep or spin)").arg(f.options.work)};
    }
    f.options.coldStartMs = int(intFlag(p, "cold-start-ms", 0, 0, 3600000));
    f.options.idleTimeoutSeconds = int(intFlag(p, "idle-timeout", 600, 0, 86400 * 365));
    f.options.emulatorProgram = p.value("emulator");
    return f;
}

void addTeardownOptions(QCommandLineParser& p)
{
    addCommonOptions(p);
}

DeployOptions readTeardownFlags(const QCommandLineParser& p)
{
    DeployOptions o;
    readCommon(p, o);
    return o;
}

std::function<void(const QString&)> consoleMessages()
{
    return [](const QString& text) {
        out() << "  " << text << '\n';
        out().flush();
    };
}

Deployment deployServices(const PipelineInputs& inputs, const DeployFlags& flags,
                          const JobControl& job)
{
    const ServicePlan plan = planServices(inputs.mapping, inputs.catalogue, flags.shareProxies);
    const auto backend = createDeploymentBackend(flags.backend, flags.options);
    return backend->deploy(plan, inputs.catalogue, inputs.config ? &*inputs.config : nullptr, job);
}

} // namespace traceload::batch

#include "deploy_flags.h"

#include "cli_support.h"
#include "common/text.h"

#include <QCoreApplication>

namespace traceload::batch {

namespace {

void addCommonOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringList{"b", "build"},
         Text::tr("Folder for the generated files, the deployment log and record (default %1; "
                  "a CMake build folder is refused).")
             .arg(kDefaultBuildDir),
         "path"},
        {QStringList{"command-timeout"},
         Text::tr("Seconds any single external command may take (default 300)."), "s"},
        {QStringList{"poll-interval"},
         Text::tr("Milliseconds between two `kn service list` polls (default 1000)."), "ms"},
    });
}

void readCommon(const QCommandLineParser& p, DeploySettings& o)
{
    if (p.isSet("build"))
        o.buildDir = p.value("build");
    if (o.buildDir.isEmpty())
        throw UsageError{Text::tr("flag -b/--build: the build folder's name must not be empty")};
    o.commandTimeoutMs =
        int(intFlag(p, "command-timeout", o.commandTimeoutMs / 1000, 1, 86400) * 1000);
    o.pollIntervalMs = int(intFlag(p, "poll-interval", o.pollIntervalMs, 1, 600000));
}

} // namespace

void addDeployOptions(QCommandLineParser& p, const QString& defaultBackend)
{
    addCommonOptions(p);
    p.addOptions({
        {QStringList{"backend"},
         Text::tr("Deployment backend: local (emulated on this machine), knative (kubectl + kn) or "
                  "dry-run (default %1).")
             .arg(defaultBackend),
         "name"},
        {QStringList{"share-proxies"},
         Text::tr("One service per distinct proxy instead of one per function.")},
        {QStringList{"delete-existing"},
         Text::tr(
             "knative: delete every existing Knative service first (kn service delete --all).")},
        {QStringList{"deploy-jobs"},
         Text::tr("Deployment commands run in parallel (default: the core count)."), "n"},
        {QStringList{"ready-timeout"},
         Text::tr("knative: seconds to wait for every service to be Ready (default 600)."), "s"},
        {QStringList{"work"},
         Text::tr("local: how the emulator spends a function's duration, sleep or spin (default "
                  "sleep)."),
         "mode"},
        {QStringList{"cold-start-ms"},
         Text::tr("local: extra delay of a call that finds no idle instance (default 0 = off)."),
         "ms"},
        {QStringList{"idle-timeout"},
         Text::tr("local: seconds after which an idle emulated instance is dropped (default 600)."),
         "s"},
        {QStringList{"exit-after-idle"},
         Text::tr("local: seconds without calls after which the emulator exits (default 1800; 0 "
                  "= never)."),
         "s"},
        {QStringList{"emulator"},
         Text::tr("local: the traceload-function program (default: next to traceload)."), "path"},
    });
}

void readDeployFlags(const QCommandLineParser& p, Workspace& w)
{
    DeploySettings& d = w.deploy;
    readCommon(p, d);
    if (p.isSet("backend"))
        w.backend = p.value("backend");
    if (!deploymentBackendNames().contains(w.backend))
        throw UsageError{Text::tr("flag --backend: unknown backend '%1' (available: %2)")
                             .arg(w.backend, deploymentBackendNames().join(QStringLiteral(", ")))};
    w.shareProxies = w.shareProxies || p.isSet("share-proxies");
    d.deleteExisting = d.deleteExisting || p.isSet("delete-existing");
    d.jobs = int(intFlag(p, "deploy-jobs", d.jobs, 1, 1024));
    d.readyTimeoutSeconds = int(intFlag(p, "ready-timeout", d.readyTimeoutSeconds, 0, 86400));
    if (p.isSet("work")) {
        d.work = p.value("work");
        if (d.work != u"sleep" && d.work != u"spin")
            throw UsageError{
                Text::tr("flag --work: unknown mode '%1' (use sleep or spin)").arg(d.work)};
    }
    d.coldStartMs = int(intFlag(p, "cold-start-ms", d.coldStartMs, 0, 3600000));
    d.idleTimeoutSeconds = int(intFlag(p, "idle-timeout", d.idleTimeoutSeconds, 0, 86400 * 365));
    d.exitAfterIdleSeconds =
        int(intFlag(p, "exit-after-idle", d.exitAfterIdleSeconds, 0, 86400 * 365));
    if (p.isSet("emulator"))
        d.emulatorProgram = p.value("emulator");
}

void addTeardownOptions(QCommandLineParser& p)
{
    addCommonOptions(p);
    p.addOptions({
        {QStringList{"orphans"},
         Text::tr("Stop the emulators this user started whose build folder is gone (or no longer "
                  "records them); without -b nothing else is torn down.")},
        {QStringList{"emulator"},
         Text::tr("The traceload-function program whose orphans to look for (default: next to "
                  "traceload)."),
         "path"},
    });
}

DeploySettings readTeardownFlags(const QCommandLineParser& p)
{
    DeploySettings o;
    readCommon(p, o);
    if (p.isSet("emulator"))
        o.emulatorProgram = p.value("emulator");
    return o;
}

std::function<void(const QString&)> consoleMessages()
{
    return [](const QString& text) {
        out() << "  " << text << '\n';
        out().flush();
    };
}

} // namespace traceload::batch

// traceload --batch teardown: removes exactly what `deploy` recorded in the build folder
// (the Knative services it created, or the local emulator process).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "deploy/deployment_backend.h"
#include "deploy/deployment_record.h"
#include "deploy/emulator_process.h"
#include "deploy/local_backend.h"
#include "deploy/orphan_emulators.h"
#include "deploy_flags.h"

#include <QCoreApplication>

namespace traceload::batch {

namespace {

// Emulators of this user whose build folder no longer records them: listed on every
// teardown, stopped with --orphans.
int handleOrphans(const DeployOptions& options, bool stop)
{
    const QString program = options.emulatorProgram.isEmpty()
                                ? LocalBackend::defaultEmulatorProgram()
                                : options.emulatorProgram;
    const std::vector<OrphanEmulator> orphans = findOrphanEmulators(program);
    int failed = 0;
    for (const OrphanEmulator& o : orphans) {
        const QString where = o.buildDirGone
                                  ? Text::tr("its build folder %1 is gone").arg(o.buildDir)
                                  : Text::tr("no record in %1 names it").arg(o.buildDir);
        if (!stop) {
            out() << Text::tr("orphaned emulator: pid %1 (%2)\n").arg(o.pid).arg(where);
            continue;
        }
        const bool gone = emulator_process::stop(o.pid, options.stopTimeoutMs);
        failed += gone ? 0 : 1;
        out() << (gone ? Text::tr("stopped the orphaned emulator pid %1 (%2)\n")
                       : Text::tr("could not stop the orphaned emulator pid %1 (%2)\n"))
                     .arg(o.pid)
                     .arg(where);
    }
    if (!stop && !orphans.empty())
        out() << Text::tr("stop them with: traceload --batch teardown --orphans\n");
    return failed == 0 ? ExitOk : ExitInternalError;
}

int run(const QCommandLineParser& p)
{
    const DeployOptions options(readTeardownFlags(p), consoleMessages());
    const bool orphansOnly = p.isSet("orphans") && !p.isSet("build");
    if (!orphansOnly) {
        const TeardownResult result = teardownDeployment(options);
        const QString record = DeploymentRecord::pathIn(options.buildDir);
        if (!result.hadRecord)
            out() << Text::tr("nothing to tear down: %1 does not exist\n").arg(record);
        else
            out() << Text::tr("removed the %1 deployment recorded in %2 (%3 services removed)\n")
                         .arg(result.backend, record)
                         .arg(result.servicesRemoved);
    }
    const int code = handleOrphans(options, p.isSet("orphans"));
    out().flush();
    return code;
}

} // namespace

int runTeardown(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    parser.setApplicationDescription(Text::tr(
        "Removes what `traceload --batch deploy` recorded in the build folder: its Knative "
        "services or its local emulator, the files it generated (logs are kept) and the "
        "record. Emulators whose build folder is gone are listed; --orphans stops them."));
    addTeardownOptions(parser);
    return runGuarded(parser, arguments, [&] { return run(parser); });
}

} // namespace traceload::batch

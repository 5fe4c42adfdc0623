// traceload --batch teardown: removes exactly what `deploy` recorded in the build folder
// (the Knative services it created, or the local emulator process).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "deploy/deployment_backend.h"
#include "deploy/deployment_record.h"
#include "deploy_flags.h"

#include <QCoreApplication>

namespace traceload::batch {

namespace {

int run(const QCommandLineParser& p)
{
    const DeployOptions options(readTeardownFlags(p), consoleMessages());
    const TeardownResult result = teardownDeployment(options);
    const QString record = DeploymentRecord::pathIn(options.buildDir);
    if (!result.hadRecord)
        out() << Text::tr("nothing to tear down: %1 does not exist\n").arg(record);
    else
        out() << Text::tr("removed the %1 deployment recorded in %2 (%3 services removed)\n")
                     .arg(result.backend, record)
                     .arg(result.servicesRemoved);
    out().flush();
    return ExitOk;
}

} // namespace

int runTeardown(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    parser.setApplicationDescription(Text::tr(
        "Removes what `traceload --batch deploy` recorded in the build folder: its Knative "
        "services or its local emulator, the files it generated (logs are kept) and the "
        "record."));
    addTeardownOptions(parser);
    return runGuarded(parser, arguments, [&] { return run(parser); });
}

} // namespace traceload::batch

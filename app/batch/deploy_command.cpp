// traceload --batch deploy: trace + profile -> mapping -> services deployed through a
// backend (local emulator by default, Knative, or a dry run), recorded in the build folder
// for `invoke` and `teardown`.
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "deploy_flags.h"
#include "pipeline/pipeline.h"
#include "progress_printer.h"
#include "workspace_flags.h"

#include <QCoreApplication>
#include <QDir>

namespace traceload::batch {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(Text::tr(
        "Maps every trace function to its closest proxy function and deploys one service "
        "per trace function (or per proxy with --share-proxies). The deployment is recorded "
        "in <build>/deployment.json; `traceload --batch teardown` removes it."));
    addInputOptions(p);
    addDeployOptions(p, QStringLiteral("local"));
    p.addOption(debugOption(Text::tr("list every deployed service, not only the first five")));
}

void printSummary(const Deployment& deployment, const DeploySettings& options, int functions,
                  bool debug)
{
    const ServicePlan& plan = deployment.plan;
    QTextStream& o = out();
    o << Text::tr("deployed %1 services (%2 backend) for %3 trace functions\n")
             .arg(plan.services.size())
             .arg(deployment.backend)
             .arg(functions);
    if (!deployment.connectTo.isEmpty())
        o << Text::tr("  connect to:  %1 (every endpoint is served there)\n")
                 .arg(deployment.connectTo);
    const size_t shown = debug ? plan.services.size() : std::min<size_t>(plan.services.size(), 5);
    for (size_t i = 0; i < shown; ++i)
        o << QStringLiteral("  %1  %2\n")
                 .arg(plan.services[i].name, -40)
                 .arg(deployment.serviceEndpoints.at(i));
    if (shown < plan.services.size())
        o << Text::tr("  ... %1 more\n").arg(plan.services.size() - shown);
    const QDir build(options.buildDir);
    o << Text::tr("  record:      %1\n").arg(build.filePath(QStringLiteral("deployment.json")));
    o << Text::tr("  log:         %1\n").arg(build.filePath(QStringLiteral("deploy.log")));
    if (deployment.backend != u"dry-run")
        o << Text::tr("  remove with: traceload --batch teardown -b %1\n").arg(options.buildDir);
    o.flush();
}

int run(const QCommandLineParser& p, bool debug)
{
    Workspace w = readInputFlags(p);
    readDeployFlags(p, w);
    // Deploying needs the functions, not their invocations: keep one slot only.
    w.load.offset = 0;
    w.load.warmupSlots = 0;
    w.load.durationSlots = 1;

    ProgressPrinter progress;
    const JobControl job = progress.job();
    Pipeline pipeline(w, TraceWindow::Replayed);
    pipeline.runThrough(Stage::Mapping, job);
    printWarnings(pipeline.mapping()->warnings);
    if (w.backend == u"knative" && !pipeline.proxies()->config)
        err() << Text::tr("warning: no proxy config.json (-c/--config_proxy): pre- and "
                          "post-deployment commands (databases) are not run\n");

    pipeline.runThrough(Stage::Deployment, job, consoleMessages());
    progress.finishLine();
    printSummary(*pipeline.deployment(), w.deploy, int(pipeline.mapping()->entries.size()), debug);
    return ExitOk;
}

} // namespace

int runDeploy(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    addOptions(parser);
    return runGuardedWithDebug(parser, arguments, [&](bool debug) { return run(parser, debug); });
}

} // namespace traceload::batch

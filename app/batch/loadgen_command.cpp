// traceload --batch loadgen: trace + proxy profile -> mapping -> services -> load.json,
// with the seed's flags and defaults (vSwarm tools/load-generator `main.py loadgen`).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "deploy/service_plan.h"
#include "deploy_flags.h"
#include "load/load_file.h"
#include "load/load_generator.h"
#include "load_flags.h"
#include "loadgen_report.h"
#include "mapping/mapper.h"
#include "pipeline_inputs.h"
#include "progress_printer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace traceload::batch {

namespace {

const QString kDefaultOutput = QStringLiteral("invoker/load.json");

void addOption(QCommandLineParser& p, const QStringList& names, const QString& description,
               const QString& valueName = {})
{
    p.addOption(QCommandLineOption(names, description, valueName));
}

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(tr("Maps every trace function to its closest proxy function, "
                                   "deploys the proxies and writes a timestamped load "
                                   "(load.json)."));
    addPipelineInputOptions(p);
    addDeployOptions(p, QStringLiteral("local"));
    addLoadOptions(p);
    addOption(p, {"o", "output"}, tr("Output load file (default invoker/load.json)."), "path");
    addOption(p, {"dbg"}, tr("Show debug messages (default true)."), "bool");
    addOption(p, {"mapping-out"}, tr("Write the mapping (JSON) to this file."), "file");
    addOption(p, {"summary-json"}, tr("Write a machine-readable summary to this file."), "file");
}

struct LoadgenFlags
{
    PipelineInputFlags inputs;
    DeployFlags deploy;
    LoadOptions load;
    QString output;
    QString mappingOut;
    QString summaryJson;
    bool debug = true;
};

LoadgenFlags readFlags(const QCommandLineParser& p)
{
    LoadgenFlags f;
    f.inputs = readPipelineInputFlags(p);
    f.deploy = readDeployFlags(p, QStringLiteral("local"));
    f.deploy.options.message = consoleMessages();
    f.output = p.isSet("output") ? p.value("output") : kDefaultOutput;
    f.debug = boolFlag(p, "dbg", true);

    f.load = readLoadFlags(p, f.inputs);

    f.mappingOut = p.value("mapping-out");
    f.summaryJson = p.value("summary-json");
    return f;
}

// Checked before any work so that a typo in a path fails in a second, not after mapping.
// The default output folder (the seed's invoker/) is created on demand; a folder the user
// named must exist, so that a typo does not scatter files.
void checkOutputFolders(const LoadgenFlags& f)
{
    if (f.output == kDefaultOutput)
        QDir().mkpath(QFileInfo(f.output).absolutePath());
    for (const QString& path : {f.output, f.mappingOut, f.summaryJson}) {
        if (path.isEmpty())
            continue;
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir())
            throw InputError(path, 0, {},
                             tr("output folder %1 does not exist").arg(folder.filePath()));
    }
}

int run(const LoadgenFlags& f)
{
    checkOutputFolders(f);
    ProgressPrinter progress;
    const JobControl job = progress.job();

    const PipelineInputs in = loadPipelineInputs(f.inputs, job);
    checkTraceWindow(f.inputs, in.trace, f.load);
    if (!f.mappingOut.isEmpty())
        MappingFile::write(f.mappingOut, in.mapping);

    // As the seed does, the services are deployed before the load is written, so that
    // load.json names endpoints that exist.
    const Deployment deployment = deployServices(in, f.deploy, job);

    const Load load =
        LoadGenerator::generate(in.trace, deployment.endpointOfFunction(), f.load, job);
    LoadFile::write(f.output, load, job);
    progress.finishLine();

    const LoadgenReport report{f.inputs.tracePath,
                               f.inputs.profilePath,
                               f.inputs.configPath,
                               f.output,
                               &in.trace,
                               &in.catalogue,
                               &in.mapping,
                               &deployment,
                               &f.load,
                               LoadGenerator::statistics(in.trace, f.load)};
    report.print(out(), f.debug);
    if (deployment.backend != u"dry-run")
        out() << tr("Remove the services with: traceload --batch teardown -b %1\n")
                     .arg(f.deploy.options.buildDir);
    if (!f.summaryJson.isEmpty())
        report.writeJson(f.summaryJson);
    return ExitOk;
}

} // namespace

int runLoadgen(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    addOptions(parser);
    return runGuarded(parser, arguments, [&] { return run(readFlags(parser)); });
}

} // namespace traceload::batch

// traceload --batch loadgen: trace + proxy profile -> mapping -> services -> load.json,
// with the seed's flags and defaults (vSwarm tools/load-generator `main.py loadgen`).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "deploy_flags.h"
#include "load/load_file.h"
#include "load_flags.h"
#include "loadgen_report.h"
#include "mapping/mapper.h"
#include "pipeline/pipeline.h"
#include "progress_printer.h"
#include "workspace_flags.h"

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
    p.setApplicationDescription(Text::tr("Maps every trace function to its closest proxy function, "
                                         "deploys the proxies and writes a timestamped load "
                                         "(load.json)."));
    addInputOptions(p);
    addDeployOptions(p, QStringLiteral("local"));
    addLoadOptions(p);
    addOption(p, {"o", "output"}, Text::tr("Output load file (default invoker/load.json)."),
              "path");
    p.addOption(debugOption(Text::tr("also list every skipped trace row")));
    addOption(p, {"mapping-out"}, Text::tr("Write the mapping (JSON) to this file."), "file");
    addOption(p, {"summary-json"}, Text::tr("Write a machine-readable summary to this file."),
              "file");
}

struct LoadgenFlags
{
    Workspace workspace;
    QString output;
    QString mappingOut;
    QString summaryJson;
    bool debug = false;
};

LoadgenFlags readFlags(const QCommandLineParser& p, bool debug)
{
    LoadgenFlags f;
    f.debug = debug;
    f.workspace = readInputFlags(p);
    readDeployFlags(p, f.workspace);
    readLoadFlags(p, f.workspace);
    f.output = p.isSet("output") ? p.value("output") : kDefaultOutput;

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
                             Text::tr("output folder %1 does not exist").arg(folder.filePath()));
    }
}

int run(const LoadgenFlags& f)
{
    checkOutputFolders(f);
    ProgressPrinter progress;
    const JobControl job = progress.job();

    // Only the replayed slots are read: a day-long trace costs memory for the window alone.
    Pipeline pipeline(f.workspace, TraceWindow::Replayed);
    pipeline.runThrough(Stage::Mapping, job);
    const Trace& trace = *pipeline.trace();
    const LoadOptions loadOptions = traceload::loadOptions(f.workspace, trace);
    checkTraceWindow(trace, loadOptions);
    if (!f.mappingOut.isEmpty())
        MappingFile::write(f.mappingOut, *pipeline.mapping());

    // As the seed does, the services are deployed before the load is written, so that
    // load.json names endpoints that exist.
    pipeline.runThrough(Stage::Deployment, job, consoleMessages());
    pipeline.runThrough(Stage::Load, job);
    LoadFile::write(f.output, *pipeline.load(), job);
    progress.finishLine();

    const Workspace& w = f.workspace;
    const LoadgenReport report{w.tracePath,
                               w.profilePath,
                               w.configPath,
                               f.output,
                               &trace,
                               &pipeline.proxies()->catalogue,
                               pipeline.mapping().get(),
                               pipeline.deployment().get(),
                               &loadOptions,
                               LoadGenerator::statistics(trace, loadOptions),
                               w.mapping.fallbackTolerance};
    report.print(out(), f.debug);
    if (w.backend != u"dry-run")
        out() << Text::tr("Remove the services with: traceload --batch teardown -b %1\n")
                     .arg(w.deploy.buildDir);
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
    return runGuardedWithDebug(parser, arguments,
                               [&](bool debug) { return run(readFlags(parser, debug)); });
}

} // namespace traceload::batch

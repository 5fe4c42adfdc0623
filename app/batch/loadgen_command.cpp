// traceload --batch loadgen: trace + proxy profile -> mapping -> services -> load.json,
// with the seed's flags and defaults (vSwarm tools/load-generator `main.py loadgen`).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/output_paths.h"
#include "common/text.h"
#include "deploy/deployment_backend.h"
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
    checkOutputs({{QStringLiteral("-o"), f.output},
                  {QStringLiteral("--mapping-out"), f.mappingOut},
                  {QStringLiteral("--summary-json"), f.summaryJson}});
}

// load.json, the mapping and the summary: committed together, only when all are written.
void writeOutputs(const LoadgenFlags& f, const Pipeline& pipeline, const LoadgenReport& report,
                  const JobControl& job)
{
    std::vector<FileWriter> files{{f.output, [&](QIODevice& out) {
                                       LoadFile::writeTo(out, f.output, *pipeline.load(), job);
                                   }}};
    if (!f.mappingOut.isEmpty())
        files.push_back({f.mappingOut, [&](QIODevice& out) {
                             MappingFile::writeTo(out, f.mappingOut, *pipeline.mapping());
                         }});
    if (!f.summaryJson.isEmpty()) {
        const QByteArray summary = report.json();
        files.push_back({f.summaryJson, [summary, &f](QIODevice& out) {
                             writeAll(out, summary.constData(), summary.size(), f.summaryJson);
                         }});
    }
    writeFilesAtomically(files);
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

    // As the seed does, the services are deployed before the load is written, so that
    // load.json names endpoints that exist.
    const Workspace& w = f.workspace;
    pipeline.runThrough(Stage::Deployment, job, consoleMessages());
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
    try {
        pipeline.runThrough(Stage::Load, job);
        writeOutputs(f, pipeline, report, job);
    } catch (...) {
        // Nothing was written; what was deployed for it must not be left running.
        if (w.backend != u"dry-run")
            err() << teardownAfterFailure(DeployOptions(w.deploy, consoleMessages())) << '\n';
        throw;
    }
    progress.finishLine();
    report.print(out(), f.debug);
    if (w.backend != u"dry-run")
        out() << Text::tr("Remove the services with: traceload --batch teardown -b %1\n")
                     .arg(w.deploy.buildDir);
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

// traceload --batch run: the whole pipeline in one process and one results folder —
// trace + profile -> mapping -> deployment -> load.json -> open-loop invocation -> run
// files and figures -> teardown (unless --keep). With no flags it replays the bundled
// 250-function sample on the local emulator in real time; `--speedup auto` (what the
// headless demo passes) fits any replay into about a minute.
#include "batch_commands.h"
#include "charts/figure_set.h"
#include "cli_support.h"
#include "common/file_hash.h"
#include "common/text.h"
#include "deploy/deployment_backend.h"
#include "deploy_flags.h"
#include "invoke_session.h"
#include "load/load_file.h"
#include "load_flags.h"
#include "mapping/mapper.h"
#include "pipeline/pipeline.h"
#include "progress_printer.h"
#include "report/function_points.h"
#include "report/load_profile.h"
#include "report/mapping_series.h"
#include "report/run_series_of_result.h"
#include "workspace_flags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace traceload::batch {

namespace {

// `--speedup auto` replays any load's window in about this long.
constexpr double kAutoSeconds = 60.0;

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(Text::tr(
        "Runs the whole pipeline: maps the trace, deploys the proxies, generates the load, "
        "invokes it open-loop, writes the run files and figures into one folder and tears "
        "the deployment down."));
    addInputOptions(p);
    addDeployOptions(p, QStringLiteral("local"));
    addLoadOptions(p);
    p.addOption({QStringList{"out-dir"},
                 Text::tr("Results folder (default runs/<date>-<time>); one holding an earlier "
                          "run is refused unless --force."),
                 "dir"});
    p.addOption({QStringList{"force"}, Text::tr("Replace an earlier run in --out-dir.")});
    p.addOption({QStringList{"speedup"},
                 Text::tr("Replay this many times faster, or auto: fit the replay into about a "
                          "minute (default 1, for every input)."),
                 "factor|auto"});
    p.addOption({QStringList{"scale-execution"},
                 Text::tr("With a speed-up on the local backend, shorten the emulated execution "
                          "times by the same factor (default true)."),
                 "bool"});
    p.addOption(latencyCallsOption());
    p.addOption({QStringList{"grpcTimeout"},
                 Text::tr("Deadline of each call in seconds (default 30)."), "seconds"});
    p.addOption({QStringList{"threshold"},
                 Text::tr("Pass/fail condition, repeatable (as in invoke); any violated: exit 99."),
                 "expr"});
    p.addOption(transportOption());
    p.addOption({QStringList{"keep"}, Text::tr("Leave the services deployed after the run.")});
    p.addOption({QStringList{"quiet"}, Text::tr("No progress line while invoking.")});
    p.addOption(debugOption(Text::tr("options, dial targets and overall percentiles while "
                                     "invoking")));
}

struct RunFlags
{
    Workspace workspace;
    QString outDir;
    bool force = false;
    bool autoSpeedup = false;
    bool scaleExecution = true;
    bool latencyOfAllCalls = false;
    double grpcTimeoutS = 30;
    Transport transport = Transport::Auto;
    std::vector<Threshold> thresholds;
    bool keep = false;
    bool quiet = false;
    bool debug = false;
};

RunFlags readFlags(const QCommandLineParser& p, bool debug)
{
    RunFlags f;
    f.debug = debug;
    f.workspace = readInputFlags(p);
    readDeployFlags(p, f.workspace);
    readLoadFlags(p, f.workspace);
    f.outDir = p.isSet("out-dir")
                   ? p.value("out-dir")
                   : QStringLiteral("runs/%1").arg(
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Each run deploys into its own folder unless told otherwise, so runs never share one.
    if (!p.isSet("build"))
        f.workspace.deploy.buildDir = QDir(f.outDir).filePath(QStringLiteral("build"));
    f.autoSpeedup = p.value("speedup") == u"auto";
    if (!f.autoSpeedup)
        f.workspace.speedup = numberFlag(p, "speedup", f.workspace.speedup, 1e-6, 1e6);
    f.scaleExecution = boolFlag(p, "scale-execution", true);
    f.latencyOfAllCalls = latencyCallsFlag(p);
    f.force = p.isSet("force");
    f.grpcTimeoutS = numberFlag(p, "grpcTimeout", 30, 0.001, 86400);
    f.transport = transportFlag(p);
    for (const QString& expr : p.values("threshold"))
        f.thresholds.push_back(Threshold::parse(expr));
    f.keep = p.isSet("keep");
    f.quiet = p.isSet("quiet");
    return f;
}

// A results folder is never silently reused: one that holds a file a run writes is
// refused (--force replaces it).
void refuseEarlierRun(const QString& outDir)
{
    const QDir dir(outDir);
    for (const char* name :
         {"summary.json", "invocations.csv", "load.json", "mapping.json", "rps_lat.csv", "plots"}) {
        if (QFileInfo::exists(dir.filePath(QLatin1String(name))))
            throw InputError(outDir, 0, QStringLiteral("--out-dir"),
                             Text::tr("holds an earlier run (%1): choose another folder, or "
                                      "--force to replace it")
                                 .arg(QLatin1String(name)));
    }
}

// Tears the deployment down when the run ends, however it ends (error, cancel, success),
// unless the user asked to keep it.
class TeardownGuard
{
public:
    TeardownGuard(const DeploySettings& options, bool active)
        : m_options(options, consoleMessages()), m_active(active)
    {
    }
    ~TeardownGuard()
    {
        if (!m_active)
            return;
        try {
            const TeardownResult r = teardownDeployment(m_options);
            out() << Text::tr("Teardown   %1 services removed\n").arg(r.servicesRemoved);
        } catch (const std::exception& e) {
            err() << Text::tr(
                         "warning: teardown failed: %1 (run `traceload --batch teardown -b %2`)\n")
                         .arg(QString::fromLocal8Bit(e.what()), m_options.buildDir);
        }
    }

private:
    DeployOptions m_options;
    bool m_active;
};

void writeFigures(const QString& folder, const Pipeline& in, const Load& load, int warmupSlots,
                  const RunSeries& run, int percentile)
{
    QDir().mkpath(folder);
    const FigureExport png;
    const MappingSeries mapping = MappingSeries::of(*in.trace(), *in.mapping());
    saveFigureSet(figures::mapping(FunctionPoints::ofTrace(*in.trace(), percentile),
                                   FunctionPoints::ofProxies(in.proxies()->catalogue, percentile),
                                   mapping, percentile),
                  folder, png);
    LoadProfile profile = LoadProfile::of(load);
    profile.warmupSlots = warmupSlots;
    saveFigureSet(figures::load(profile), folder, png);
    saveFigureSet(figures::run(run), folder, png);
}

int run(const RunFlags& f)
{
    if (!f.force)
        refuseEarlierRun(f.outDir);
    if (!QDir().mkpath(f.outDir))
        throw InputError(f.outDir, 0, QStringLiteral("--out-dir"),
                         Text::tr("cannot create the results folder"));
    const QDir dir(f.outDir);
    ProgressPrinter progress;
    const JobControl job = progress.job();

    const Workspace& w = f.workspace;
    Pipeline in(w, TraceWindow::Replayed);
    in.runThrough(Stage::Mapping, job);
    progress.finishLine();
    printWarnings(in.mapping()->warnings); // e.g. -u true fell back to nearest
    const LoadOptions loadOptions = traceload::loadOptions(w, *in.trace());
    checkTraceWindow(*in.trace(), loadOptions);
    MappingFile::write(dir.filePath(QStringLiteral("mapping.json")), *in.mapping());

    in.runThrough(Stage::Deployment, job, consoleMessages());
    const Deployment& deployment = *in.deployment();
    TeardownGuard teardown(w.deploy, !f.keep && deployment.backend != u"dry-run");

    in.runThrough(Stage::Load, job);
    const Load& load = *in.load();
    const QString loadPath = dir.filePath(QStringLiteral("load.json"));
    LoadFile::write(loadPath, load, job);
    progress.finishLine();

    RunOptions options;
    options.warmupSlots = loadOptions.warmupSlots;
    options.durationSlots = loadOptions.durationSlots;
    const double window = double(load.timeSlots.size()) * double(load.slotLengthUs) / 1e6;
    options.speedup = f.autoSpeedup ? std::max(1.0, window / kAutoSeconds) : w.speedup;
    options.executionScale =
        executionScaleFor(options.speedup, deployment.backend == u"local", f.scaleExecution);
    options.latencyOfAllCalls = f.latencyOfAllCalls;
    options.grpcTimeout = std::chrono::milliseconds(std::llround(f.grpcTimeoutS * 1000));
    options.connectTo = deployment.connectTo;
    options.transport = f.transport;
    out() << Text::tr("Run        %1 invocations of %2 services over %3 s of trace, replayed %4x "
                      "faster (%5 s)\n")
                 .arg(load.invocationCount())
                 .arg(deployment.plan.services.size())
                 .arg(window)
                 .arg(options.speedup)
                 .arg(window / options.speedup, 0, 'f', 1);
    if (f.autoSpeedup && options.speedup > 1)
        out() << Text::tr("           --speedup auto fits the replay into about a minute; "
                          "--speedup 1 replays in real time\n");
    if (options.executionScale != 1)
        out() << Text::tr("           emulated execution times are %1x shorter too "
                          "(--scale-execution false keeps them)\n")
                     .arg(options.executionScale);
    out().flush();

    const RunInputs inputs{QFileInfo(loadPath).absoluteFilePath(), fileSha256(loadPath),
                           w.load.seed};
    const InvokeSession session{
        {f.outDir, QStringLiteral("lat.csv"), f.thresholds}, f.debug, f.quiet, {}};
    const InvokeReport report = invokeAndReport(in.load(), options, inputs, session);

    const QString plots = dir.filePath(QStringLiteral("plots"));
    writeFigures(plots, in, load, loadOptions.warmupSlots,
                 runSeriesOf(*report.result, report.outcome.summary, f.outDir),
                 w.mapping.percentile);
    out() << Text::tr("Results    %1 (load.json, mapping.json, invocations.csv, summary.json, "
                      "plots/)\n")
                 .arg(QDir::toNativeSeparators(f.outDir));
    out().flush();
    return exitCodeOf(report.outcome);
}

} // namespace

int runRun(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    addOptions(parser);
    return runGuardedWithDebug(parser, arguments,
                               [&](bool debug) { return run(readFlags(parser, debug)); });
}

} // namespace traceload::batch

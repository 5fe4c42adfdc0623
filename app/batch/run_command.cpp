// traceload --batch run: the whole pipeline in one process and one results folder —
// trace + profile -> mapping -> deployment -> load.json -> open-loop invocation -> run
// files and figures -> teardown (unless --keep). With no flags it replays the bundled
// 250-function sample on the local emulator, sped up to take about a minute.
#include "batch_commands.h"
#include "charts/figure_set.h"
#include "cli_support.h"
#include "common/file_hash.h"
#include "deploy/deployment_backend.h"
#include "deploy_flags.h"
#include "invoke_session.h"
#include "load/load_file.h"
#include "load_flags.h"
#include "mapping/mapper.h"
#include "pipeline_inputs.h"
#include "progress_printer.h"
#include "report/function_points.h"
#include "report/load_profile.h"
#include "report/mapping_series.h"
#include "report/run_series_of_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace traceload::batch {

namespace {

// The bundled demo replays its window in about this long unless --speedup says otherwise.
constexpr double kDemoSeconds = 60.0;

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(
        tr("Runs the whole pipeline: maps the trace, deploys the proxies, generates the load, "
           "invokes it open-loop, writes the run files and figures into one folder and tears "
           "the deployment down."));
    addPipelineInputOptions(p);
    addDeployOptions(p, QStringLiteral("local"));
    addLoadOptions(p);
    p.addOption(
        {QStringList{"out-dir"}, tr("Results folder (default runs/<date>-<time>)."), "dir"});
    p.addOption({QStringList{"speedup"},
                 tr("Replay this many times faster (default 1; for the bundled sample, what "
                    "makes the run take about a minute)."),
                 "factor"});
    p.addOption({QStringList{"grpcTimeout"}, tr("Deadline of each call in seconds (default 30)."),
                 "seconds"});
    p.addOption({QStringList{"threshold"},
                 tr("Pass/fail condition, repeatable (as in invoke); any violated: exit 99."),
                 "expr"});
    p.addOption({QStringList{"keep"}, tr("Leave the services deployed after the run.")});
    p.addOption({QStringList{"quiet"}, tr("No progress line while invoking.")});
    p.addOption({QStringList{"dbg"}, tr("Show debug messages (default false)."), "bool"});
}

struct RunFlags
{
    PipelineInputFlags inputs;
    DeployFlags deploy;
    LoadOptions load;
    QString outDir;
    std::optional<double> speedup;
    double grpcTimeoutS = 30;
    std::vector<Threshold> thresholds;
    bool keep = false;
    bool quiet = false;
    bool debug = false;
};

RunFlags readFlags(const QCommandLineParser& p)
{
    RunFlags f;
    f.inputs = readPipelineInputFlags(p);
    f.deploy = readDeployFlags(p, QStringLiteral("local"));
    f.deploy.options.message = consoleMessages();
    f.load = readLoadFlags(p, f.inputs);
    f.outDir = p.isSet("out-dir")
                   ? p.value("out-dir")
                   : QStringLiteral("runs/%1").arg(
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Each run deploys into its own folder unless told otherwise, so runs never share one.
    if (!p.isSet("build"))
        f.deploy.options.buildDir = QDir(f.outDir).filePath(QStringLiteral("build"));
    if (p.isSet("speedup"))
        f.speedup = numberFlag(p, "speedup", 1.0, 1e-6, 1e6);
    f.grpcTimeoutS = numberFlag(p, "grpcTimeout", 30, 0.001, 86400);
    for (const QString& expr : p.values("threshold"))
        f.thresholds.push_back(Threshold::parse(expr));
    f.keep = p.isSet("keep");
    f.quiet = p.isSet("quiet");
    f.debug = boolFlag(p, "dbg", false);
    return f;
}

// Tears the deployment down when the run ends, however it ends (error, cancel, success),
// unless the user asked to keep it.
class TeardownGuard
{
public:
    TeardownGuard(const DeployOptions& options, bool active) : m_options(options), m_active(active)
    {
    }
    ~TeardownGuard()
    {
        if (!m_active)
            return;
        try {
            const TeardownResult r = teardownDeployment(m_options);
            out() << tr("Teardown   %1 services removed\n").arg(r.servicesRemoved);
        } catch (const std::exception& e) {
            err() << tr("warning: teardown failed: %1 (run `traceload --batch teardown -b %2`)\n")
                         .arg(QString::fromLocal8Bit(e.what()), m_options.buildDir);
        }
    }

private:
    DeployOptions m_options;
    bool m_active;
};

void writeFigures(const QString& folder, const PipelineInputs& in, const Load& load,
                  const RunSeries& run, int percentile)
{
    QDir().mkpath(folder);
    const FigureExport png;
    const MappingSeries mapping = MappingSeries::of(in.trace, in.mapping);
    saveFigureSet(figures::mapping(FunctionPoints::ofTrace(in.trace, percentile),
                                   FunctionPoints::ofProxies(in.catalogue, percentile),
                                   mapping.proxyOfTrace, mapping.errors, percentile),
                  folder, png);
    saveFigureSet(figures::load(LoadProfile::of(load)), folder, png);
    saveFigureSet(figures::run(run), folder, png);
}

int run(const RunFlags& f)
{
    if (!QDir().mkpath(f.outDir))
        throw InputError(f.outDir, 0, QStringLiteral("--out-dir"),
                         tr("cannot create the results folder"));
    const QDir dir(f.outDir);
    ProgressPrinter progress;
    const JobControl job = progress.job();

    const PipelineInputs in = loadPipelineInputs(f.inputs, job);
    checkTraceWindow(f.inputs, in.trace, f.load);
    MappingFile::write(dir.filePath(QStringLiteral("mapping.json")), in.mapping);

    const Deployment deployment = deployServices(in, f.deploy, job);
    TeardownGuard teardown(f.deploy.options, !f.keep && deployment.backend != u"dry-run");

    const Load load =
        LoadGenerator::generate(in.trace, deployment.endpointOfFunction(), f.load, job);
    const QString loadPath = dir.filePath(QStringLiteral("load.json"));
    LoadFile::write(loadPath, load, job);
    progress.finishLine();

    RunOptions options;
    options.warmupSlots = f.load.warmupSlots;
    options.durationSlots = f.load.durationSlots;
    const double window = double(load.timeSlots.size()) * double(load.slotLengthUs) / 1e6;
    options.speedup = f.speedup.value_or(
        f.inputs.tracePath == kBundledTrace ? std::max(1.0, window / kDemoSeconds) : 1.0);
    options.grpcTimeout = std::chrono::milliseconds(std::llround(f.grpcTimeoutS * 1000));
    options.connectTo = deployment.connectTo;
    out() << tr("Run        %1 invocations of %2 services over %3 s of trace, replayed %4x "
                "faster (%5 s)\n")
                 .arg(load.invocationCount())
                 .arg(deployment.plan.services.size())
                 .arg(window)
                 .arg(options.speedup)
                 .arg(window / options.speedup, 0, 'f', 1);
    out().flush();

    const RunInputs inputs{QFileInfo(loadPath).absoluteFilePath(), fileSha256(loadPath),
                           f.load.seed};
    const InvokeSession session{
        {f.outDir, QStringLiteral("lat.csv"), f.thresholds}, f.debug, f.quiet, {}};
    // Not owned: invokeAndReport returns only after the run, and the load outlives it.
    const std::shared_ptr<const Load> unowned(std::shared_ptr<void>(), &load);
    const InvokeReport report = invokeAndReport(unowned, options, inputs, session);

    const QString plots = dir.filePath(QStringLiteral("plots"));
    writeFigures(plots, in, load, runSeriesOf(*report.result, report.outcome.summary, f.outDir),
                 f.inputs.mappingOptions.percentile);
    out() << tr("Results    %1 (load.json, mapping.json, invocations.csv, summary.json, "
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
    return runGuarded(parser, arguments, [&] { return run(readFlags(parser)); });
}

} // namespace traceload::batch

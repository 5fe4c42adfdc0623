// traceload --batch plot: the seed's six figures (vSwarm tools/load-generator `main.py plot`)
// with its flags and file names, plus mapping, load and run figures when those inputs are
// given. Rendering needs widgets (QCustomPlot): main() gives this command a QApplication
// on the offscreen platform.
#include "batch_commands.h"
#include "charts/figure_set.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "load/load_file.h"
#include "mapping/mapper.h"
#include "pipeline/bundled_inputs.h"
#include "profile/profile_reader.h"
#include "progress_printer.h"
#include "report/function_points.h"
#include "report/load_profile.h"
#include "report/mapping_series.h"
#include "report/run_folder_reader.h"
#include "trace/trace_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <optional>

namespace traceload::batch {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(
        Text::tr("Draws the seed's six figures of a trace and a proxy profile (log-decade "
                 "histograms and the function-profiles scatter), and mapping, load and run "
                 "figures when --mapping-in, --load or --run is given."));
    p.addOptions({
        {{"t", "trace"},
         Text::tr("Trace folder with invocations.csv, durations.csv, memory.csv "
                  "(default: the bundled 250-function sample)."),
         "path"},
        {{"p", "profile"},
         Text::tr("Proxy profile.json (default: the bundled vSwarm profile)."),
         "path"},
        {{"o", "png_folder"},
         Text::tr("Output folder for the figures (default png; created if "
                  "missing)."),
         "path"},
        {{"m", "minute"},
         Text::tr("Trace and load have minute (true) or second (false) slots "
                  "(default true)."),
         "bool"},
        {{"w", "warmup_duration"},
         Text::tr("Warm-up slots at the start of --load, shaded in its chart (default 2, as "
                  "loadgen and invoke)."),
         "n"},
        {QStringList{"percentile"},
         Text::tr("Percentile of memory and duration drawn (default 75)."), "n"},
        {QStringList{"mapping-in"},
         Text::tr("Mapping file: adds the mapping error histogram and the "
                  "trace-to-proxy scatter."),
         "file"},
        {QStringList{"load"}, Text::tr("load.json: adds the invocations-per-slot chart."), "file"},
        {QStringList{"run"},
         Text::tr("Run folder (invocations.csv, summary.json): adds latency CDF, latency "
                  "and lateness over time, issued vs completed, cold starts."),
         "dir"},
        {QStringList{"format"}, Text::tr("png, pdf or svg (default png)."), "format"},
        {QStringList{"size"}, Text::tr("Figure size in pixels, WxH (default 1200x800)."), "WxH"},
        {QStringList{"dpi"},
         Text::tr("Resolution: pixels per inch; fonts are in points (default 100)."), "n"},
    });
    p.addOption(debugOption(Text::tr("list every skipped trace row, not only the first")));
}

struct PlotFlags
{
    QString tracePath = kBundledTrace;
    QString profilePath = kBundledProfile;
    QString outputFolder = QStringLiteral("png");
    bool debug = false;
    Granularity granularity = Granularity::Minute;
    int percentile = 75;
    int warmupSlots = 2;
    QString mappingIn;
    QString loadPath;
    QString runFolder;
    bool seedFigures = true;
    FigureExport exportOptions;
};

PlotFlags readFlags(const QCommandLineParser& p, bool debug)
{
    PlotFlags f;
    f.debug = debug;
    if (p.isSet("trace"))
        f.tracePath = p.value("trace");
    if (p.isSet("profile"))
        f.profilePath = p.value("profile");
    if (p.isSet("png_folder"))
        f.outputFolder = p.value("png_folder");
    if (f.outputFolder.isEmpty())
        throw UsageError{Text::tr("flag -o/--png_folder: empty folder name")};
    f.granularity = boolFlag(p, "minute", true) ? Granularity::Minute : Granularity::Second;
    f.percentile = int(intFlag(p, "percentile", 75, 0, 100));
    f.warmupSlots = int(intFlag(p, "warmup_duration", 2, 0, 10'000'000));
    f.mappingIn = p.value("mapping-in");
    f.loadPath = p.value("load");
    f.runFolder = p.value("run");
    // Asked only for a load or a run: do not also draw the bundled sample's figures.
    f.seedFigures = p.isSet("trace") || p.isSet("profile") || !f.mappingIn.isEmpty() ||
                    (f.loadPath.isEmpty() && f.runFolder.isEmpty());
    if (p.isSet("format")) {
        const auto format = figureFormatFromName(p.value("format"));
        if (!format)
            throw UsageError{Text::tr("flag --format: unknown format '%1' (use png, pdf or svg)")
                                 .arg(p.value("format"))};
        f.exportOptions.format = *format;
    }
    if (p.isSet("size")) {
        const auto size = parseFigureSize(p.value("size"));
        if (!size)
            throw UsageError{Text::tr("flag --size: '%1' is not WxH with both between 64 and 10000 "
                                      "pixels (e.g. 1200x800)")
                                 .arg(p.value("size"))};
        f.exportOptions.size = *size;
    }
    f.exportOptions.dpi = numberFlag(p, "dpi", 100, 10, 1200);
    return f;
}

void prepareOutputFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        throw InputError(folder, 0, {},
                         Text::tr("cannot create the output folder: a file of that "
                                  "name exists"));
    if (!QDir().mkpath(folder))
        throw InputError(folder, 0, {}, Text::tr("cannot create the output folder"));
}

class PlotRun
{
public:
    explicit PlotRun(const PlotFlags& flags) : m_flags(flags) {}

    int run()
    {
        // Read every input before writing anything: a bad input leaves no half set.
        ProgressPrinter progress;
        const JobControl job = progress.job();
        std::optional<Trace> trace;
        std::optional<ProxyCatalogue> catalogue;
        if (m_flags.seedFigures) {
            TraceReadOptions options;
            options.granularity = m_flags.granularity;
            trace = TraceReader::read(m_flags.tracePath, options, job);
            catalogue = m_flags.profilePath == kBundledProfile
                            ? ProfileReader::bundled()
                            : ProfileReader::read(m_flags.profilePath);
            warnAboutTrace(*trace);
        }
        std::optional<Mapping> mapping;
        if (!m_flags.mappingIn.isEmpty())
            mapping = MappingFile::read(m_flags.mappingIn, *trace, *catalogue, m_flags.percentile);
        std::optional<LoadProfile> load;
        if (!m_flags.loadPath.isEmpty()) {
            load = LoadProfile::of(
                LoadFile::read(m_flags.loadPath, slotLengthUs(m_flags.granularity), job));
            load->warmupSlots = m_flags.warmupSlots;
        }
        std::optional<RunSeries> runSeries;
        if (!m_flags.runFolder.isEmpty()) {
            runSeries = RunFolderReader::read(m_flags.runFolder, job);
            for (const QString& w : std::as_const(runSeries->warnings))
                err() << Text::tr("warning: %1\n").arg(w);
        }

        progress.finishLine();
        prepareOutputFolder(m_flags.outputFolder);
        if (trace) {
            const FunctionPoints tracePoints = FunctionPoints::ofTrace(*trace, m_flags.percentile);
            const FunctionPoints proxyPoints =
                FunctionPoints::ofProxies(*catalogue, m_flags.percentile);
            write(figures::seed(tracePoints, proxyPoints, m_flags.percentile));
            if (mapping) {
                const MappingSeries series = MappingSeries::of(*trace, *mapping);
                write(figures::mapping(tracePoints, proxyPoints, series, m_flags.percentile));
            }
        }
        if (load)
            write(figures::load(*load));
        if (runSeries)
            write(figures::run(*runSeries));
        out() << Text::tr("%n figure(s) written to %1\n", nullptr, m_written)
                     .arg(QDir::toNativeSeparators(m_flags.outputFolder));
        return ExitOk;
    }

private:
    void write(const FigureSet& set)
    {
        const QStringList paths = saveFigureSet(set, m_flags.outputFolder, m_flags.exportOptions);
        m_written += int(paths.size());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const Figure& figure = *set[std::size_t(i)].figure;
            out() << Text::tr("%1 plotted at %2%3\n")
                         .arg(figure.title(), QDir::toNativeSeparators(paths[i]),
                              figure.hasNoData() ? Text::tr(" (no data)") : QString());
        }
        out().flush();
    }

    void warnAboutTrace(const Trace& trace)
    {
        const TraceReport& r = trace.report;
        if (!r.skippedRows.empty())
            err() << Text::tr("warning: %1 malformed trace rows skipped (first: %2)\n")
                         .arg(r.skippedRows.size())
                         .arg(r.skippedRows.front().toString());
        for (std::size_t i = 1; m_flags.debug && i < r.skippedRows.size(); ++i)
            err() << Text::tr("warning: skipped %1\n").arg(r.skippedRows[i].toString());
        if (!r.incompleteFunctions.empty())
            err() << Text::tr("warning: %1 functions are not in all three trace files and are not "
                              "plotted\n")
                         .arg(r.incompleteFunctions.size());
    }

    const PlotFlags& m_flags;
    int m_written = 0;
};

} // namespace

int runPlot(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    addOptions(parser);
    return runGuardedWithDebug(parser, arguments, [&](bool debug) {
        const PlotFlags flags = readFlags(parser, debug);
        return PlotRun(flags).run();
    });
}

} // namespace traceload::batch

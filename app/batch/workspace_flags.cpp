#include "workspace_flags.h"

#include "cli_support.h"
#include "common/text.h"
#include "progress_printer.h"
#include "trace/trace_download.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace traceload::batch {

void addTraceSourceOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringList{"day"},
         Text::tr("Day (1-14) of a trace folder in the Azure release's layout "
                  "(invocations_per_function_md.anon.dNN.csv, ...); needed when it holds several."),
         "n"},
        {QStringList{"app-memory"},
         Text::tr("How the release's per-application memory becomes a function's: split (divided "
                  "evenly among the app's functions, as invitro does; default) or copy."),
         "rule"},
        {QStringList{"cache-dir"},
         Text::tr("Where -t URL keeps downloads and extractions for later runs (default: the "
                  "user's cache folder)."),
         "dir"},
        {QStringList{"trace-sha256"}, Text::tr("Expected SHA-256 (hex) of the -t URL archive."),
         "hex"},
        {QStringList{"trace-size"}, Text::tr("Expected size in bytes of the -t URL archive."), "n"},
    });
}

void addInputOptions(QCommandLineParser& p)
{
    addTraceSourceOptions(p);
    p.addOptions({
        {QStringList{"workspace"},
         Text::tr("A .traceload workspace saved by the window: its inputs and options, each "
                  "replaced by the flags given here."),
         "file"},
        {QStringList{"t", "trace"},
         Text::tr("Trace folder with invocations.csv, durations.csv, memory.csv or the Azure "
                  "release's day files, or an http(s) URL of the release archive (downloaded "
                  "once into the cache; default: the bundled 250-function sample)."),
         "path"},
        {QStringList{"p", "profile"},
         Text::tr("Proxy profile.json (default: the bundled vSwarm profile)."), "path"},
        {QStringList{"c", "config_proxy"},
         Text::tr("Proxy config.json with deployment commands (default: the bundled one when the "
                  "profile is bundled)."),
         "path"},
        {QStringList{"m", "minute"},
         Text::tr("Trace has minute (true) or second (false) slots (default true)."), "bool"},
        {QStringList{"u", "unique"},
         Text::tr("One-to-one mapping by linear sum assignment (default false)."), "bool"},
        {QStringList{"percentile"},
         Text::tr("Percentile of memory and duration compared (default 75)."), "n"},
        {QStringList{"fallback-tolerance"},
         Text::tr("Give a function a trace function (runs the requested time, touches the "
                  "requested memory) when its proxy is off by more than this fraction in duration "
                  "or memory, e.g. 0.4 (default: never)."),
         "x"},
        {QStringList{"strict"},
         Text::tr("Treat malformed trace rows as errors instead of skipping them.")},
        {QStringList{"mapping-in"},
         Text::tr("Use the mapping in this file (functions it lacks are mapped nearest)."), "file"},
    });
}

void readTraceDayFlags(const QCommandLineParser& p, Workspace& w)
{
    if (isTraceUrl(w.tracePath)) {
        TraceDownloadOptions options;
        options.cacheDir = p.value("cache-dir");
        if (p.isSet("trace-size"))
            options.expectedSize =
                intFlag(p, "trace-size", 0, 1, std::numeric_limits<qint64>::max());
        options.expectedSha256 = p.value("trace-sha256").toLatin1();
        ProgressPrinter progress;
        const TraceDownload download = downloadTrace(QUrl(w.tracePath), options, progress.job());
        progress.finishLine();
        w.tracePath = download.folder;
    }
    if (p.isSet("app-memory")) {
        const std::optional<AppMemoryRule> rule = appMemoryRuleFromName(p.value("app-memory"));
        if (!rule) {
            throw UsageError{Text::tr("flag -app-memory: \"%1\" is neither split nor copy")
                                 .arg(p.value("app-memory"))};
        }
        w.appMemory = *rule;
    }
    w.traceDay =
        int(intFlag(p, "day", w.traceDay, TraceFileSet::kFirstDay, TraceFileSet::kLastDay));
    if (w.traceDay == 0 || w.tracePath == kBundledTrace)
        return;
    // The day must be in the folder; say so naming the flag (the reader would name the folder).
    const std::vector<int> days = TraceFileSet::daysIn(w.tracePath);
    if (std::find(days.begin(), days.end(), w.traceDay) != days.end())
        return;
    QStringList found;
    for (const int day : days)
        found << QString::number(day);
    throw UsageError{found.isEmpty()
                         ? Text::tr("flag -day: %2 holds no day %1 (no day of the release at all)")
                               .arg(w.traceDay)
                               .arg(w.tracePath)
                         : Text::tr("flag -day: %2 holds no day %1; it holds days %3")
                               .arg(w.traceDay)
                               .arg(w.tracePath, found.join(QStringLiteral(", ")))};
}

Workspace readInputFlags(const QCommandLineParser& p)
{
    Workspace w = p.isSet("workspace") ? Workspace::read(p.value("workspace")) : Workspace();
    if (p.isSet("trace"))
        w.tracePath = p.value("trace");
    if (p.isSet("profile"))
        w.profilePath = p.value("profile");
    if (p.isSet("config_proxy"))
        w.configPath = p.value("config_proxy");
    else if (p.isSet("profile"))
        w.configPath.clear(); // the bundled config's YAMLs are the bundled profile's
    w.granularity = boolFlag(p, "minute", w.granularity == Granularity::Minute)
                        ? Granularity::Minute
                        : Granularity::Second;
    w.mapping.method = boolFlag(p, "unique", w.mapping.method == MappingMethod::Unique)
                           ? MappingMethod::Unique
                           : MappingMethod::Nearest;
    w.mapping.percentile = int(intFlag(p, "percentile", w.mapping.percentile, 0, 100));
    w.strict = w.strict || p.isSet("strict");
    if (p.isSet("fallback-tolerance")) {
        const std::optional<double> x = parseNumber(p.value("fallback-tolerance"));
        if (!x || !(*x > 0) || !std::isfinite(*x)) {
            throw UsageError{Text::tr("flag -fallback-tolerance: '%1' is not a number above 0")
                                 .arg(p.value("fallback-tolerance"))};
        }
        w.mapping.fallbackTolerance = *x;
    }
    readTraceDayFlags(p, w);
    if (p.isSet("mapping-in"))
        w.mappingIn = p.value("mapping-in");
    return w;
}

} // namespace traceload::batch

// traceload --batch sample: a trace folder of N functions (or one per size of a sweep)
// whose per-minute invocation and resource distributions stay close to the full trace's.
#include "batch_commands.h"
#include "cli_support.h"
#include "common/text.h"
#include "pipeline/pipeline_stages.h"
#include "progress_printer.h"
#include "sample/sample_output.h"
#include "workspace_flags.h"

#include <QCoreApplication>

namespace traceload::batch {

namespace {

void addSampleOptions(QCommandLineParser& p)
{
    addTraceSourceOptions(p);
    p.addOptions({
        {QStringList{"t", "trace"},
         Text::tr("Trace folder (pre-cut files, or the Azure release's layout with --day), or "
                  "an http(s) URL of the release archive."),
         "path"},
        {QStringList{"m", "minute"},
         Text::tr("Trace has minute (true) or second (false) slots (default true)."), "bool"},
        {QStringList{"strict"},
         Text::tr("Treat malformed trace rows as errors instead of skipping them.")},
        {QStringList{"functions"}, Text::tr("Functions in the sample."), "n"},
        {QStringList{"min"}, Text::tr("Sweep: smallest sample."), "n"},
        {QStringList{"max"}, Text::tr("Sweep: largest sample (included)."), "n"},
        {QStringList{"step"}, Text::tr("Sweep: step between sizes."), "n"},
        {QStringList{"trials"},
         Text::tr("Uniform random draws per size that the sample is compared with (default 16)."),
         "k"},
        {QStringList{"seed"}, Text::tr("The same seed gives the same sample (default 42)."), "s"},
        {QStringList{"swap-rounds"},
         Text::tr("Rounds of swap improvement after the stratified start (default 4)."), "n"},
        {QStringList{"o", "output"},
         Text::tr("Output folder: the sample's trace files and sample.json; a sweep writes one "
                  "folder per size inside it."),
         "dir"},
    });
}

struct SampleFlags
{
    Workspace workspace;
    SampleOptions options;
    QString output;
};

SampleFlags readSampleFlags(const QCommandLineParser& p)
{
    SampleFlags f;
    if (p.isSet("trace"))
        f.workspace.tracePath = p.value("trace");
    f.workspace.granularity =
        boolFlag(p, "minute", true) ? Granularity::Minute : Granularity::Second;
    f.workspace.strict = p.isSet("strict");
    readTraceDayFlags(p, f.workspace);
    const bool sweep = p.isSet("min") || p.isSet("max") || p.isSet("step");
    if (sweep == p.isSet("functions"))
        throw UsageError{Text::tr("give either -functions N or a sweep -min -max -step")};
    constexpr long long kMany = 100'000'000;
    if (sweep) {
        for (const char* name : {"min", "max", "step"}) {
            if (!p.isSet(name))
                throw UsageError{Text::tr("flag -%1: a sweep needs -min, -max and -step")
                                     .arg(QLatin1String(name))};
        }
        const long long min = intFlag(p, "min", 0, 1, kMany);
        const long long max = intFlag(p, "max", 0, min, kMany);
        const long long step = intFlag(p, "step", 0, 1, kMany);
        for (long long n = min; n <= max; n += step)
            f.options.sizes.push_back(int(n));
    } else {
        f.options.sizes.push_back(int(intFlag(p, "functions", 0, 1, kMany)));
    }
    f.options.trials = int(intFlag(p, "trials", f.options.trials, 0, 10'000));
    f.options.seed =
        std::uint64_t(intFlag(p, "seed", 42, 0, std::numeric_limits<long long>::max()));
    f.options.swapRounds = int(intFlag(p, "swap-rounds", f.options.swapRounds, 0, 1'000));
    if (!p.isSet("output"))
        throw UsageError{Text::tr("flag -o/--output: the output folder is required")};
    f.output = p.value("output");
    return f;
}

QString distanceText(const SampleDistance& d)
{
    return Text::tr("%1 (invocations %2, resources %3)")
        .arg(d.average(), 0, 'f', 4)
        .arg(d.invocations, 0, 'f', 4)
        .arg(d.resources, 0, 'f', 4);
}

int run(const SampleFlags& f, bool sweep)
{
    ProgressPrinter progress;
    const JobControl job = progress.job();
    const Trace trace = readTrace(f.workspace, TraceWindow::Whole, job);
    const int largest = f.options.sizes.back();
    if (std::size_t(largest) > trace.functions.size()) {
        throw UsageError{Text::tr("flag -%1: %2 functions asked for, but the trace has %3")
                             .arg(sweep ? QStringLiteral("max") : QStringLiteral("functions"))
                             .arg(largest)
                             .arg(trace.functions.size())};
    }
    const std::vector<SampleResult> samples = Sampler::sample(trace, f.options, job);
    writeSamples(trace, samples, f.options, f.output);
    progress.finishLine();

    out() << Text::tr("Trace   %1: %2 functions, %3 slots, %4 invocations\n")
                 .arg(f.workspace.tracePath)
                 .arg(trace.functions.size())
                 .arg(trace.slotCount)
                 .arg(trace.totalInvocations());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const SampleResult& s = samples[i];
        out() << Text::tr("Sample  %1 functions -> %2\n")
                     .arg(s.size)
                     .arg(sampleFolder(samples, i, f.output));
        out() << Text::tr("  distance            %1\n").arg(distanceText(s.distance));
        out() << Text::tr("  stratified start    %1\n").arg(distanceText(s.stratified));
        if (s.startDraw < 0)
            out() << Text::tr("  swaps from the stratified start: %1\n").arg(s.swaps);
        else
            out() << Text::tr("  swaps from random draw %1 (closer than the stratified start): "
                              "%2\n")
                         .arg(s.startDraw + 1)
                         .arg(s.swaps);
        if (!s.randomDraws.empty()) {
            out() << Text::tr("  best of %1 random   %2\n")
                         .arg(s.randomDraws.size())
                         .arg(distanceText(s.bestRandom()));
            out() << Text::tr("  median of random    %1\n").arg(s.medianRandom(), 0, 'f', 4);
        }
        out() << Text::tr("  invocations scaled up: %1 % of the trace's\n")
                     .arg(100.0 * s.invocationRatio, 0, 'f', 1);
    }
    out().flush();
    return ExitOk;
}

} // namespace

int runSample(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    parser.setApplicationDescription(Text::tr(
        "Chooses N functions of a trace whose per-minute invocation and resource "
        "distributions are closest to the whole trace's (Wasserstein distance per minute, "
        "the invitro sampler's criterion) and writes them as a trace folder. Deterministic by "
        "seed; the samples of a sweep are nested."));
    addSampleOptions(parser);
    return runGuarded(parser, arguments, [&] {
        const SampleFlags flags = readSampleFlags(parser);
        return run(flags, parser.isSet("min"));
    });
}

} // namespace traceload::batch

// bench_sample: the path of `traceload --batch sample` (read the whole trace, sample, write
// the folder) on a trace folder, with wall time per phase and peak RSS (VmHWM, the whole
// process); then the reproducibility the issue compares with invitro's sampler: a second
// run with the same seed and one with another seed, and the functions they share.
//
//   bench_sample DIR [--functions N] [--trials K] [--seed S] [--out DIR]
// Run on purpose, under the shared lock (README "Performance"):
//   tests/bench/run-quiet.sh build/bin/bench_sample /tmp/day

#include "sample/sample_output.h"
#include "sample/sampler.h"
#include "trace/trace_reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace traceload;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return -1;
}

void print(const char* label, const SampleDistance& d)
{
    std::printf("  %-22s %8.4f (invocations %.4f, resources %.4f)\n", label, d.average(),
                d.invocations, d.resources);
}

std::size_t shared(std::vector<std::size_t> a, std::vector<std::size_t> b)
{
    std::vector<std::size_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the sampler on a trace folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Trace folder."));
    parser.addOptions({{QStringLiteral("functions"), QStringLiteral("Sample size."),
                        QStringLiteral("N"), QStringLiteral("500")},
                       {QStringLiteral("trials"), QStringLiteral("Random draws."),
                        QStringLiteral("K"), QStringLiteral("16")},
                       {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"),
                        QStringLiteral("1")},
                       {QStringLiteral("out"), QStringLiteral("Keep the sample in this folder."),
                        QStringLiteral("DIR")}});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QElapsedTimer timer;
    timer.start();
    const Trace trace = TraceReader::read(parser.positionalArguments().front());
    const double readS = double(timer.nsecsElapsed()) / 1e9;

    SampleOptions options;
    options.sizes = {parser.value(QStringLiteral("functions")).toInt()};
    options.trials = parser.value(QStringLiteral("trials")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    timer.restart();
    const std::vector<SampleResult> samples = Sampler::sample(trace, options);
    const double sampleS = double(timer.nsecsElapsed()) / 1e9;
    QTemporaryDir out;
    timer.restart();
    const QString outDir =
        parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : out.path();
    writeSamples(trace, samples, options, outDir);
    const double writeS = double(timer.nsecsElapsed()) / 1e9;
    const double peak = peakRssMb();

    const SampleResult& s = samples.front();
    std::printf("sample %d of %zu functions x %d slots: read %.2f s, sample %.2f s, write "
                "%.2f s, total %.2f s, peak RSS %.0f MB\n",
                s.size, trace.functions.size(), trace.slotCount, readS, sampleS, writeS,
                readS + sampleS + writeS, peak);
    print("chosen", s.distance);
    print("stratified start", s.stratified);
    print("best random", s.bestRandom());
    std::printf("  %-22s %8.4f (of %zu draws)\n", "median random", s.medianRandom(),
                s.randomDraws.size());
    std::printf("  swaps %d from %s, invocations scaled up: %.1f %% of the trace's\n", s.swaps,
                s.startDraw < 0 ? "the stratified start" : "the best random draw",
                100.0 * s.invocationRatio);

    // The same options again (the random draws are part of the search: the best may be the
    // start).
    const SampleResult again = Sampler::sample(trace, options).front();
    options.seed += 1;
    const SampleResult other = Sampler::sample(trace, options).front();
    std::printf("same seed: %zu of %d functions shared; seed %llu: %zu shared\n",
                shared(s.members, again.members), s.size,
                static_cast<unsigned long long>(options.seed), shared(s.members, other.members));
    return 0;
}

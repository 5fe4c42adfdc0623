// Load generation and load.json benchmarks (issue 2's numbers):
//   bench_loadgen [sample-trace-dir] [scratch-dir]
// 1. 2,000 functions x 60 minutes (~1.06 M invocations), uniform: generate + write.
// 2. exponential on the 250-function sample trace, 22 minutes.
// 3. a day-size trace: 46,000 functions, 2 minutes, Azure-like skew.
// 4. reading the 1 M-invocation load.json back.
// Each is run several times; the best and the median wall time are printed, and the peak
// RSS of the whole process at the end.
#include "load/load_file.h"
#include "load/load_generator.h"
#include "load/random_stream.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>

using namespace traceload;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Runs
{
    std::vector<double> wall;
    std::vector<double> cpu; // all threads: on a busy machine, closer to the work done
};

void report(const char* what, Runs runs)
{
    std::sort(runs.wall.begin(), runs.wall.end());
    std::sort(runs.cpu.begin(), runs.cpu.end());
    std::printf("%-56s wall best %7.4f s, median %7.4f s | CPU best %7.4f s (%zu runs)\n", what,
                runs.wall.front(), runs.wall[runs.wall.size() / 2], runs.cpu.front(),
                runs.wall.size());
}

Runs timeRuns(int count, const std::function<void()>& body)
{
    Runs runs;
    for (int r = 0; r < count; ++r) {
        const auto start = Clock::now();
        const double cpuStart = processCpuSeconds();
        body();
        runs.cpu.push_back(processCpuSeconds() - cpuStart);
        runs.wall.push_back(seconds(Clock::now() - start));
    }
    return runs;
}

// A skewed synthetic trace: per function a log-uniform rate over `decades` decades,
// scaled so that the whole window holds about `target` invocations; per slot the count
// wanders around the rate.
Trace syntheticTrace(int functions, int nSlots, double target, double decades)
{
    RandomStream rng(2024, 0, 0);
    std::vector<double> rate(static_cast<std::size_t>(functions));
    double sum = 0;
    for (auto& r : rate) {
        r = std::pow(10.0, decades * rng.nextDouble());
        sum += r;
    }
    Trace trace;
    trace.directory = QStringLiteral("synthetic");
    trace.granularity = Granularity::Minute;
    trace.totalSlots = trace.slotCount = nSlots;
    for (int f = 0; f < functions; ++f) {
        TraceFunction function;
        function.id = QStringLiteral("owner%1app%1fn%1").arg(f);
        const double perSlot = rate[std::size_t(f)] / sum * target / nSlots;
        for (int s = 0; s < nSlots; ++s)
            function.invocations.push_back(
                std::uint32_t(std::floor(perSlot * (0.5 + rng.nextDouble()) + rng.nextDouble())));
        trace.functions.push_back(std::move(function));
    }
    return trace;
}

// Only the counts of invocations.csv (the trace reader has its own benchmark).
Trace readCounts(const QString& directory)
{
    Trace trace;
    trace.directory = directory;
    QFile file(directory + QStringLiteral("/invocations.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return trace;
    const int nSlots = int(file.readLine().split(',').size()) - 4;
    trace.totalSlots = trace.slotCount = nSlots;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != nSlots + 4)
            continue;
        TraceFunction function;
        function.id = QString::fromLatin1(fields[0] + fields[1] + fields[2]);
        for (int s = 0; s < nSlots; ++s)
            function.invocations.push_back(fields[4 + s].toUInt());
        trace.functions.push_back(std::move(function));
    }
    return trace;
}

// Endpoints as the dry-run backend names them: "<proxy>-<8 hex>.dry-run".
std::vector<QString> endpointsFor(const Trace& trace)
{
    std::vector<QString> out;
    for (std::size_t f = 0; f < trace.functions.size(); ++f)
        out.push_back(QStringLiteral("fibonacci-python-1000000-1010000-%1.dry-run")
                          .arg(RandomStream::mix(f) & 0xffffffffu, 8, 16, QLatin1Char('0')));
    return out;
}

LoadOptions options(IatDistribution distribution, int nSlots)
{
    LoadOptions o;
    o.distribution = distribution;
    o.warmupSlots = 0;
    o.durationSlots = nSlots;
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString sampleDir = args.size() > 1 ? args[1] : QStringLiteral(TRACELOAD_SAMPLE_TRACE);
    QTemporaryDir tmp(args.size() > 2 ? args[2] + QStringLiteral("/bench-loadgen-XXXXXX")
                                      : QDir::tempPath() + QStringLiteral("/bench-loadgen-XXXXXX"));
    const QString loadPath = tmp.filePath(QStringLiteral("load.json"));
    const int runs = 7;

    {
        const Trace trace = syntheticTrace(2000, 60, 1.06e6, 3.0);
        const auto endpoints = endpointsFor(trace);
        Load load;
        std::printf("2,000 functions x 60 minutes: ");
        load = LoadGenerator::generate(trace, endpoints, options(IatDistribution::Uniform, 60));
        std::printf("%llu invocations\n", static_cast<unsigned long long>(load.invocationCount()));
        report("  generate (uniform)", timeRuns(runs, [&] {
                   load = LoadGenerator::generate(trace, endpoints,
                                                  options(IatDistribution::Uniform, 60));
               }));
        report("  write load.json", timeRuns(runs, [&] { LoadFile::write(loadPath, load); }));
        report("  generate + write", timeRuns(runs, [&] {
                   LoadFile::write(loadPath,
                                   LoadGenerator::generate(trace, endpoints,
                                                           options(IatDistribution::Uniform, 60)));
               }));
        report("  generate (exponential)", timeRuns(runs, [&] {
                   load = LoadGenerator::generate(trace, endpoints,
                                                  options(IatDistribution::Exponential, 60));
               }));
        std::printf("  load.json: %.1f MB\n", double(QFileInfo(loadPath).size()) / 1e6);
        Load back;
        report("  read load.json",
               timeRuns(runs, [&] { back = LoadFile::read(loadPath, 60'000'000); }));
        std::printf("  read back %llu invocations\n",
                    static_cast<unsigned long long>(back.invocationCount()));
    }
    {
        const Trace trace = readCounts(sampleDir);
        const auto endpoints = endpointsFor(trace);
        Load load;
        report("250-function sample, 22 minutes, exponential: generate", timeRuns(runs, [&] {
                   load = LoadGenerator::generate(trace, endpoints,
                                                  options(IatDistribution::Exponential, 22));
               }));
        report("  generate + write", timeRuns(runs, [&] {
                   LoadFile::write(
                       loadPath, LoadGenerator::generate(
                                     trace, endpoints, options(IatDistribution::Exponential, 22)));
               }));
        std::printf("  %zu functions, %llu invocations\n", trace.functions.size(),
                    static_cast<unsigned long long>(load.invocationCount()));
    }
    {
        const Trace trace = syntheticTrace(46000, 2, 1.25e6, 5.0);
        const auto endpoints = endpointsFor(trace);
        Load load;
        report("46,000 functions x 2 minutes, uniform: generate", timeRuns(runs, [&] {
                   load = LoadGenerator::generate(trace, endpoints,
                                                  options(IatDistribution::Uniform, 2));
               }));
        report("  generate + write", timeRuns(runs, [&] {
                   LoadFile::write(loadPath,
                                   LoadGenerator::generate(trace, endpoints,
                                                           options(IatDistribution::Uniform, 2)));
               }));
        std::printf("  %llu invocations\n",
                    static_cast<unsigned long long>(load.invocationCount()));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}

// Mapping benchmark: nearest and unique mapping of random traces onto random proxy
// catalogues, with memory and duration drawn log-normally like the Azure 2019 trace and the
// vSwarm profile. Prints wall-clock times (best and median of several runs).
//
//   bench_mapping            the sizes: 1,000 x 2,500 nearest and unique,
//                            5,000 x 5,000 unique
//   bench_mapping F P        one size: F trace functions x P proxies

#include "mapping/assignment.h"
#include "mapping/log_space.h"
#include "mapping/mapper.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace traceload;

namespace {
// Memory around 150 MB (a few MB to a few GB), duration around 300 ms (sub-ms to minutes).
void drawPercentiles(std::mt19937_64& rng, PercentileMap& memory, PercentileMap& duration)
{
    std::lognormal_distribution<double> memoryMb(std::log(150.0), 1.0);
    std::lognormal_distribution<double> durationMs(std::log(300.0), 2.0);
    memory[75] = memoryMb(rng);
    duration[75] = durationMs(rng);
}

Trace randomTrace(int functions, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Trace trace;
    trace.functions.resize(std::size_t(functions));
    for (int i = 0; i < functions; ++i) {
        TraceFunction& f = trace.functions[std::size_t(i)];
        f.id = QStringLiteral("function-%1").arg(i);
        drawPercentiles(rng, f.memoryMb, f.durationMs);
    }
    return trace;
}

ProxyCatalogue randomCatalogue(int proxies, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    ProxyCatalogue catalogue;
    catalogue.sourceFile = QStringLiteral("random profile");
    catalogue.proxies.resize(std::size_t(proxies));
    for (int j = 0; j < proxies; ++j) {
        ProxyFunction& p = catalogue.proxies[std::size_t(j)];
        p.name = QStringLiteral("proxy-%1").arg(j);
        drawPercentiles(rng, p.memoryMb, p.durationMs);
    }
    return catalogue;
}

struct Timing
{
    double bestMs = 0;
    double medianMs = 0;
    double bestCpuMs = 0; // process CPU time: less disturbed by other load than wall time
    double total = 0;     // the mapping's total error (identical in every run)
};

Timing timeMapping(const Trace& trace, const ProxyCatalogue& catalogue, MappingMethod method,
                   int runs)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    Timing timing;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const Mapping mapping = Mapper::map(trace, catalogue, {method, 75});
        cpuTimes.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        timing.total = mapping.errorStats().total;
    }
    std::sort(times.begin(), times.end());
    timing.bestCpuMs = *std::min_element(cpuTimes.begin(), cpuTimes.end());
    timing.bestMs = times.front();
    timing.medianMs = times[times.size() / 2];
    return timing;
}

void run(int functions, int proxies, bool nearest, bool unique, int runs)
{
    const Trace trace = randomTrace(functions, 1);
    const ProxyCatalogue catalogue = randomCatalogue(proxies, 2);
    if (nearest) {
        const Timing t = timeMapping(trace, catalogue, MappingMethod::Nearest, runs);
        std::printf("nearest %6d x %-6d  wall best %8.1f ms  median %8.1f ms  cpu best %8.1f ms"
                    "  (total error %.3f)\n",
                    functions, proxies, t.bestMs, t.medianMs, t.bestCpuMs, t.total);
    }
    if (unique && functions <= proxies) {
        const Timing t = timeMapping(trace, catalogue, MappingMethod::Unique, runs);
        std::printf("unique  %6d x %-6d  wall best %8.1f ms  median %8.1f ms  cpu best %8.1f ms"
                    "  (total error %.3f)\n",
                    functions, proxies, t.bestMs, t.medianMs, t.bestCpuMs, t.total);
    }
    std::fflush(stdout);
}

// The matrix form of the assignment (solveLinearSumAssignment), on the same distances the
// unique mapping uses, for comparison with SciPy's linear_sum_assignment.
void runMatrixAssignment(int rows, int cols)
{
    std::mt19937_64 rowRng(1), colRng(2);
    std::vector<LogPoint> rowPoints(static_cast<std::size_t>(rows));
    std::vector<LogPoint> colPoints(static_cast<std::size_t>(cols));
    for (LogPoint& p : rowPoints) {
        PercentileMap memory, duration;
        drawPercentiles(rowRng, memory, duration);
        p = {std::log(memory[75]), std::log(duration[75])};
    }
    for (LogPoint& p : colPoints) {
        PercentileMap memory, duration;
        drawPercentiles(colRng, memory, duration);
        p = {std::log(memory[75]), std::log(duration[75])};
    }
    std::vector<double> costs;
    costs.reserve(std::size_t(rows) * std::size_t(cols));
    for (const LogPoint& r : rowPoints)
        for (const LogPoint& c : colPoints)
            costs.push_back(logDistance(r, c));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const std::vector<int> assignment = solveLinearSumAssignment(costs, rows, cols);
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    double total = 0;
    for (int i = 0; i < rows; ++i)
        total +=
            costs[std::size_t(i) * std::size_t(cols) + std::size_t(assignment[std::size_t(i)])];
    std::printf(
        "matrix assignment %d x %d (LSA alone)  wall %8.1f ms  cpu %8.1f ms  (total %.3f)\n", rows,
        cols, wallMs, cpuMs, total);
    std::fflush(stdout);
}

// Writing and reading back the mapping of a day-size trace.
void runMappingFile(int functions, int proxies)
{
    const Trace trace = randomTrace(functions, 1);
    const ProxyCatalogue catalogue = randomCatalogue(proxies, 2);
    const Mapping mapping = Mapper::map(trace, catalogue, {});
    const QString path = QDir::temp().filePath(QStringLiteral("bench_mapping.json"));
    QElapsedTimer timer;
    timer.start();
    MappingFile::write(path, mapping);
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Mapping read = MappingFile::read(path, trace, catalogue, 75);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("mapping file %d functions: write %.1f ms, read %.1f ms (%zu entries)\n", functions,
                writeMs, readMs, read.entries.size());
    QFile::remove(path);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3) {
        run(args[1].toInt(), args[2].toInt(), true, true, 3);
        return 0;
    }
    run(1000, 2500, true, true, 7);
    run(5000, 5000, false, true, 3);
    runMatrixAssignment(5000, 5000);
    run(46000, 191, true, false, 3); // a day-size trace onto the vSwarm catalogue
    runMappingFile(46000, 191);
    return 0;
}

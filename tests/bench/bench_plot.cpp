// bench_plot [out-dir]: the seed's six figures of the 250-function sample (read, build,
// render, write PNG), and the function-profiles scatter (plus the mapping scatter) for
// 50,000 trace functions. Prints wall times (median of 5) and the peak RSS.
#include "charts/figure_set.h"
#include "charts/mapping_plot.h"
#include "charts/scatter_plot.h"
#include "invoke/live_stats.h"
#include "profile/profile_reader.h"
#include "report/function_points.h"
#include "trace/trace_reader.h"
#include "widgets/live_run_panel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <sys/resource.h>

using namespace traceload;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

FunctionPoints syntheticTrace(int n)
{
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> memory(4.0, 1.0), duration(5.0, 2.5);
    FunctionPoints p;
    for (int i = 0; i < n; ++i) {
        p.names << QString::number(i);
        p.memoryMb.push_back(memory(rng));
        p.durationMs.push_back(duration(rng));
    }
    return p;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QDir().mkpath(out);
    const FigureExport png; // 1200x800 at 100 dpi

    const double seedMs = medianMs(5, [&] {
        const Trace trace = TraceReader::read(QStringLiteral(":/traceload/vswarm/trace"));
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const FigureSet set = figures::seed(FunctionPoints::ofTrace(trace, 75),
                                            FunctionPoints::ofProxies(catalogue, 75), 75);
        for (const NamedFigure& f : set)
            f.figure->save(QDir(out).filePath(f.fileStem + QStringLiteral(".png")), png);
    });
    std::printf("six seed figures (250-function sample, read+render+write PNG): %.0f ms, "
                "peak RSS so far %ld MB\n",
                seedMs, peakRssMb());

    const FunctionPoints trace = syntheticTrace(50'000);
    const FunctionPoints proxies = FunctionPoints::ofProxies(ProfileReader::bundled(), 75);
    const double scatterMs = medianMs(5, [&] {
        ScatterPlot plot;
        plot.setTitle(QStringLiteral("Function profiles"));
        plot.addSeries(QStringLiteral("Trace functions"), trace.memoryMb, trace.durationMs,
                       palette::blue());
        plot.addSeries(QStringLiteral("Proxy functions"), proxies.memoryMb, proxies.durationMs,
                       palette::red(), QCPScatterStyle::ssDiamond);
        plot.save(QDir(out).filePath(QStringLiteral("scatter-50000.png")), png);
    });
    std::printf("function-profiles scatter, 50,000 trace functions: %.0f ms\n", scatterMs);

    std::vector<int> proxyOf(std::size_t(trace.size()));
    for (std::size_t i = 0; i < proxyOf.size(); ++i)
        proxyOf[i] = int(i % std::size_t(proxies.size()));
    const double mappingMs = medianMs(3, [&] {
        MappingScatterPlot plot;
        plot.setTitle(QStringLiteral("Mapping"));
        plot.setMapping(trace, proxies, proxyOf);
        plot.save(QDir(out).filePath(QStringLiteral("mapping-50000.png")), png);
    });
    std::printf("mapping scatter, 50,000 lines: %.0f ms\n", mappingMs);

    // The Run page's live charts: one snapshot costs what a redraw of their decimated series
    // costs.
    LiveRunPanel live;
    live.resize(1200, 900);
    live.begin({});
    const int snapshots = 2400; // 10 minutes at 4 snapshots/s
    QElapsedTimer t;
    t.start();
    std::mt19937_64 rng(3);
    std::normal_distribution<double> noise(0, 1);
    for (int i = 1; i <= snapshots; ++i) {
        LiveSnapshot s;
        s.elapsedS = i * 0.25;
        s.issueRate = 2000 + 20 * noise(rng);
        s.completionRate = s.issueRate - 5 + 10 * noise(rng);
        s.latencyWindow.p50 = std::int64_t(1200 + 50 * noise(rng));
        s.latencyWindow.p99 = std::int64_t((i > 1200 && i < 1300 ? 9000 : 4000) + 300 * noise(rng));
        live.addSnapshot(s);
    }
    std::printf("live charts: %.2f ms per snapshot (%d snapshots)\n",
                double(t.nsecsElapsed()) / 1e6 / snapshots, snapshots);
    live.grab().save(QDir(out).filePath(QStringLiteral("live-run-panel.png")));
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return 0;
}

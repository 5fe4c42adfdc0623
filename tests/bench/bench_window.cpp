// bench_window: opens the workbench on a trace folder (e.g. the day-size trace from
// traceload-gen-trace --functions 46000 --slots 1440) and reports the time until the Trace
// page is usable (the trace read, its table filled and the figures drawn), until the whole
// analysis (mapping and load) is current, and the event loop's stalls meanwhile: the
// lateness of a 10 ms QTimer (p50 / p99 / max). Then it sorts the table by every column and
// reports each sort's time (wall, and the GUI thread's CPU time, which a busy machine does not
// inflate). Stalls over 50 ms are listed with when they ended. Run under Xvfb (or
// QT_QPA_PLATFORM=offscreen):
//
//   xvfb-run -a build/bin/bench_window TRACE_DIR

#include "main_window.h"
#include "pages/mapping_page.h"
#include "pages/trace_page.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace traceload;

namespace {

struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    std::vector<double> latenessMs;
    std::vector<std::pair<double, double>> longStalls; // (seconds since start, ms) over 50 ms

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0) {
                latenessMs.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
                if (latenessMs.back() > 50)
                    longStalls.emplace_back(double(now) / 1e9, latenessMs.back());
            }
            last = now;
        });
        clock.start();
        timer.start();
    }
    double percentile(double p) const
    {
        if (latenessMs.empty())
            return 0;
        std::vector<double> v = latenessMs;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
    }
};

// CPU time of the calling thread: what a sort costs, whatever else the machine runs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

bool analysisReady(const Pipeline* p)
{
    for (Stage s : {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load})
        if (p->status(s) != StageStatus::Ready)
            return false;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window TRACE_DIR\n");
        return 2;
    }
    const QString traceDir = QString::fromLocal8Bit(argv[1]);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    StallProbe probe;
    QElapsedTimer clock;
    double readS = -1, usableS = -1, analysedS = -1, cpuAtOpen = 0, cpuLoading = 0;
    auto* trace = static_cast<TracePage*>(window.page(Stage::Trace));

    // A local loop, not app.exec(): QApplication::quit() would close the window.
    QEventLoop waiting;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const auto t = window.pipeline()->trace();
        if (readS < 0 && t && t->directory == traceDir)
            readS = double(clock.nsecsElapsed()) / 1e9;
        if (usableS < 0 && t && t->directory == traceDir &&
            trace->table()->model()->rowCount() == int(t->functions.size()))
            usableS = double(clock.nsecsElapsed()) / 1e9;
        if (usableS >= 0 && analysedS < 0 && analysisReady(window.pipeline())) {
            analysedS = double(clock.nsecsElapsed()) / 1e9;
            cpuLoading = threadCpuMs() - cpuAtOpen;
        }
        if (analysedS >= 0 || clock.elapsed() > 600'000)
            waiting.quit();
    });
    QTimer::singleShot(500, [&] {
        probe.start();
        clock.start();
        cpuAtOpen = threadCpuMs();
        window.openPath(traceDir);
        poll.start();
    });
    waiting.exec();
    poll.stop();
    const auto functions =
        window.pipeline()->trace() ? window.pipeline()->trace()->functions.size() : 0;
    std::printf("trace            %s (%zu functions)\n", qPrintable(traceDir), functions);
    std::printf("trace read after          %.2f s\n", readS);
    std::printf("trace page usable after   %.2f s\n", usableS);
    std::printf("analysis current after    %.2f s (mapping and load); GUI thread CPU meanwhile "
                "%.0f ms\n",
                analysedS, cpuLoading);
    std::printf("event loop stall (10 ms timer lateness): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                probe.percentile(0.5), probe.percentile(0.99), probe.percentile(1.0));

    for (const auto& [at, ms] : probe.longStalls)
        std::printf("  stall of %.0f ms ending at %.2f s\n", ms, at);

    const auto sortEveryColumn = [](QTableView* table) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            QElapsedTimer sortClock;
            sortClock.start();
            const double cpuBefore = threadCpuMs();
            table->sortByColumn(column, Qt::DescendingOrder);
            QApplication::processEvents();
            std::printf("  sort by %-22s %4.0f ms (GUI thread CPU %.0f ms)\n",
                        qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()),
                        double(sortClock.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore);
        }
    };
    std::printf("Trace page table:\n");
    sortEveryColumn(trace->table());

    // The Mapping page fills its table when first shown: time that, then its sorts.
    auto* mapping = static_cast<MappingPage*>(window.page(Stage::Mapping));
    QElapsedTimer showClock;
    showClock.start();
    const double cpuBefore = threadCpuMs();
    window.showStage(Stage::Mapping);
    while (mapping->table()->model()->rowCount() == 0 && showClock.elapsed() < 60'000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents); // no busy wait
    QApplication::processEvents();                                  // and drawn
    std::printf("Mapping page shown and filled in %.0f ms (GUI thread CPU %.0f ms)\n",
                double(showClock.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore);
    sortEveryColumn(mapping->table());
    // To look at what was measured: BENCH_WINDOW_GRAB=FILE.png saves the Mapping page.
    if (const QString grab = qEnvironmentVariable("BENCH_WINDOW_GRAB"); !grab.isEmpty())
        window.grab().save(grab);
    return usableS >= 0 ? 0 : 1;
}

// bench_window: opens the workbench on a trace folder (e.g. the day-size trace from
// traceload-gen-trace --functions 46000 --slots 1440) and reports the time until the Trace
// page is usable (the trace read, its table filled and the figures drawn), until the whole
// analysis (mapping and load) is current, and the event loop's stalls meanwhile: the
// lateness of a 10 ms QTimer (p50 / p99 / max). Then it sorts the table by every column and
// reports each sort's time. Run under Xvfb (or QT_QPA_PLATFORM=offscreen):
//
//   xvfb-run -a build/bin/bench_window TRACE_DIR

#include "main_window.h"
#include "pages/trace_page.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace traceload;

namespace {

struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    std::vector<double> latenessMs;

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0)
                latenessMs.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
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
    double usableS = -1, analysedS = -1;
    auto* trace = static_cast<TracePage*>(window.page(Stage::Trace));

    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const auto t = window.pipeline()->trace();
        if (usableS < 0 && t && t->directory == traceDir &&
            trace->table()->model()->rowCount() == int(t->functions.size()))
            usableS = double(clock.nsecsElapsed()) / 1e9;
        if (usableS >= 0 && analysedS < 0 && analysisReady(window.pipeline()))
            analysedS = double(clock.nsecsElapsed()) / 1e9;
        if (analysedS >= 0 || clock.elapsed() > 600'000)
            app.quit();
    });
    QTimer::singleShot(500, [&] {
        probe.start();
        clock.start();
        window.openPath(traceDir);
        poll.start();
    });
    app.exec();
    poll.stop();
    const auto functions =
        window.pipeline()->trace() ? window.pipeline()->trace()->functions.size() : 0;
    std::printf("trace            %s (%zu functions)\n", qPrintable(traceDir), functions);
    std::printf("trace page usable after   %.2f s\n", usableS);
    std::printf("analysis current after    %.2f s (mapping and load)\n", analysedS);
    std::printf("event loop stall (10 ms timer lateness): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                probe.percentile(0.5), probe.percentile(0.99), probe.percentile(1.0));

    QTableView* table = trace->table();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        QElapsedTimer sortClock;
        sortClock.start();
        table->sortByColumn(column, Qt::DescendingOrder);
        QApplication::processEvents();
        std::printf("sort by %-24s %.0f ms\n",
                    qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()),
                    double(sortClock.nsecsElapsed()) / 1e6);
    }
    return usableS >= 0 ? 0 : 1;
}

// bench_window_run: the Run page's cost to the event loop and to the invoker. The workbench
// deploys the bundled sample on the local emulator, then replays a synthetic load of
// RATE calls/s for SECONDS seconds (one endpoint, its fastest service) twice: once with no
// window on screen (an InvokerRunner in the same process, the event loop idle), once from
// the Run page's Start button with the live charts on. For each it reports the event
// loop's stall (lateness of a 10 ms timer: p50 / p99 / max) and the invoker's own lateness
// (send − schedule, its records), and checks the targets: stall p99 <= 50 ms,
// max <= 200 ms, invoker lateness p99 with the window <= 2x without.
//
//   xvfb-run -a build/bin/bench_window_run [RATE] [SECONDS]     (or QT_QPA_PLATFORM=offscreen)

#include "charts/live_chart.h"
#include "deploy/deployment_backend.h"
#include "invoke/invoker_runner.h"
#include "jobs/stage_job_runner.h"
#include "load/load_file.h"
#include "main_window.h"
#include "pages/run_page.h"
#include "report/run_summary.h"
#include "widgets/live_run_panel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace traceload;

namespace {

struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    std::vector<double> latenessMs;    // while the invoker runs
    std::vector<double> endLatenessMs; // after it ended, until the results are shown
    std::function<bool()> running;

    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0)
                (running() ? latenessMs : endLatenessMs)
                    .push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
            last = now;
        });
    }
    void start(std::function<bool()> isRunning)
    {
        running = std::move(isRunning);
        latenessMs.clear();
        endLatenessMs.clear();
        last = 0;
        clock.start();
        timer.start();
    }
    void stop() { timer.stop(); }
    double endMax() const
    {
        return endLatenessMs.empty()
                   ? 0
                   : *std::max_element(endLatenessMs.begin(), endLatenessMs.end());
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

struct Row
{
    const char* name = "";
    double stallP50 = 0, stallP99 = 0, stallMax = 0, endStallMax = 0;
    PercentileSummary lateness;
    StatusCounts counts;
    int frames = 0;
};

// Runs the event loop until `done` or the deadline; false on timeout. It sleeps between
// events and checks every 5 ms: a processEvents() loop would spin a core at 100 % and take
// it from the invoker and the emulator it measures.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    bool finished = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done())
            finished = true;
        if (finished || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return finished;
}

void fail(const char* what)
{
    std::fprintf(stderr, "bench_window_run: %s\n", what);
    std::exit(1);
}

} // namespace

// The live charts' cost per snapshot (append + repaint of all five), full of points.
void measureFrames()
{
    LiveRunPanel panel;
    panel.resize(1000, 700);
    panel.show();
    LiveRunPanel::Plan plan;
    plan.scheduled = 10'000'000;
    plan.slotCount = 60;
    plan.slotWallS = 60;
    plan.targetPerSlot.assign(60, 5000);
    panel.begin(plan);
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    std::vector<double> ms;
    for (int i = 0; i < 1200; ++i) {
        LiveSnapshot s;
        s.started = true;
        s.elapsedS = i * 0.25;
        s.scheduled = plan.scheduled;
        s.issued = std::uint64_t(i) * 1250;
        s.ok = s.completed = std::uint64_t(i) * 1240;
        s.issueRate = 5000 + (i % 7) * 10;
        s.completionRate = 4990;
        s.slot = i / 240;
        s.slotCount = 60;
        s.latencyWindow = {1000 + i % 13 * 10, 2000, 5000 + i % 17 * 100, 9000, 100};
        s.latenessWindow = {3, 50, 100 + i % 5, 900, 100};
        s.coldStarts = std::uint64_t(i) / 10;
        clock.start();
        panel.addSnapshot(s);
        for (QWidget* chart : panel.charts())
            chart->repaint();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("live charts, one snapshot (append + repaint of 5 charts of %d points): p50 %.1f "
                "ms, p99 %.1f ms, max %.1f ms\n",
                panel.charts().front()->pointCount(), ms[ms.size() / 2], ms[ms.size() * 99 / 100],
                ms.back());
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 30;
    QTemporaryDir dir;
    measureFrames();

    MainWindow window;
    window.resize(1400, 900);
    Workspace ws = window.pipeline()->workspace();
    ws.backend = QStringLiteral("local");
    ws.deploy.buildDir = dir.filePath(QStringLiteral("build"));
    ws.deploy.emulatorProgram =
        QCoreApplication::applicationDirPath() + QStringLiteral("/traceload-function");
    window.pipeline()->setWorkspace(ws);
    Pipeline* pipeline = window.pipeline();
    if (!waitFor([&] { return pipeline->canRun(Stage::Deployment); }, 120'000))
        fail("the sample's mapping did not become ready");
    window.jobs()->start(Stage::Deployment);
    if (!waitFor([&] { return pipeline->status(Stage::Deployment) == StageStatus::Ready; },
                 120'000))
        fail("the local deployment failed");
    const auto deployment = pipeline->deployment();

    // One endpoint, the service whose proxy is fastest, RATE calls/s for SECONDS s: one
    // minute slot replayed 60/SECONDS times faster, equidistant arrivals.
    const auto& proxies = pipeline->proxies()->catalogue.proxies;
    std::size_t fastest = 0;
    for (std::size_t i = 0; i < deployment->plan.services.size(); ++i) {
        const auto duration = [&](std::size_t s) {
            return proxies[std::size_t(deployment->plan.services[s].proxyIndex)].durationMs.at(75);
        };
        if (duration(i) < duration(fastest))
            fastest = i;
    }
    Load load;
    load.slotLengthUs = 60'000'000;
    load.endpoints = {deployment->serviceEndpoints[fastest]};
    LoadSlot slot;
    const std::int64_t calls = std::int64_t(rate) * seconds;
    for (std::int64_t i = 0; i < calls; ++i) {
        slot.timestampsUs.push_back(i * load.slotLengthUs / calls);
        slot.endpoints.push_back(0);
    }
    load.timeSlots.push_back(std::move(slot));
    const QString loadPath = dir.filePath(QStringLiteral("synthetic-load.json"));
    LoadFile::write(loadPath, load);
    const double speedup = 60.0 / seconds;

    ws = pipeline->workspace();
    ws.loadIn = loadPath;
    ws.load.warmupSlots = 0;
    ws.load.durationSlots = 1;
    ws.speedup = speedup;
    ws.grpcTimeoutMs = 5000;
    ws.outDir = dir.filePath(QStringLiteral("window-run"));
    pipeline->setWorkspace(ws);
    if (!waitFor([&] { return pipeline->status(Stage::Load) == StageStatus::Ready; }, 120'000))
        fail("the synthetic load was not read");
    std::fprintf(stderr, "%lld calls to %s at %d/s, %d s; emulator %s\n", (long long)calls,
                 qPrintable(load.endpoints[0]), rate, seconds, qPrintable(deployment->connectTo));

    StallProbe probe;
    std::vector<Row> rows;

    // No window: the invoker alone, the event loop only receiving snapshots.
    const auto runHeadless = [&](std::shared_ptr<const Load> what, double factor) {
        InvokerRunner runner;
        runner.setInterval(250);
        RunOptions options;
        options.warmupSlots = 0;
        options.durationSlots = 1;
        options.speedup = factor;
        options.grpcTimeout = std::chrono::milliseconds(5000);
        options.connectTo = deployment->connectTo;
        std::shared_ptr<RunResult> result;
        QObject::connect(&runner, &InvokerRunner::finished,
                         [&](std::shared_ptr<RunResult> r) { result = std::move(r); });
        QObject::connect(&runner, &InvokerRunner::failed,
                         [](const QString& m) { fail(qPrintable(m)); });
        probe.start([&] { return !result; });
        runner.start(what, options);
        if (!waitFor([&] { return bool(result); }, seconds * 1000 + 120'000))
            fail("the windowless run did not end");
        probe.stop();
        return result;
    };
    // 0. Warm-up (not reported): connections, the emulator's threads, page faults.
    {
        const std::size_t n = std::size_t(rate) * 3;
        auto warm = std::make_shared<Load>(load);
        warm->timeSlots[0].timestampsUs.resize(n);
        warm->timeSlots[0].endpoints.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            warm->timeSlots[0].timestampsUs[i] =
                std::int64_t(i) * load.slotLengthUs / std::int64_t(n);
        runHeadless(warm, 20);
    }
    // 1. No window.
    {
        const auto result = runHeadless(pipeline->load(), speedup);
        const RunSummary summary = RunSummary::compute(*result);
        rows.push_back({"no window", probe.percentile(0.5), probe.percentile(0.99),
                        probe.percentile(1.0), probe.endMax(), summary.lateness, summary.all, 0});
    }

    // 2. The Run page with its live charts, started from its Start button.
    {
        window.show();
        auto* page = static_cast<RunPage*>(window.page(Stage::Run));
        window.showStage(Stage::Run);
        if (!waitFor([&] { return page->missing().isEmpty(); }, 30'000))
            fail(qPrintable(page->missing()));
        bool finished = false;
        QObject::connect(page, &RunPage::runFinished, [&] { finished = true; });
        QObject::connect(page, &RunPage::runFailed, [](const QString& m) { fail(qPrintable(m)); });
        // Running from the Start button until the invoker has ended (the live panel's last
        // snapshot); after that the run folder is written and the results drawn.
        probe.start([&] { return !page->livePanel()->lastSnapshot().finished; });
        page->start();
        if (!waitFor([&] { return finished; }, seconds * 1000 + 120'000))
            fail("the window's run did not end");
        probe.stop();
        const RunSummary summary = RunSummary::compute(*pipeline->run());
        rows.push_back({"Run page, live charts", probe.percentile(0.5), probe.percentile(0.99),
                        probe.percentile(1.0), probe.endMax(), summary.lateness, summary.all,
                        page->livePanel()->snapshotCount()});
    }
    teardownDeployment(DeployOptions(ws.deploy));

    std::printf("\n%d calls/s for %d s (%lld calls), one endpoint on the local emulator\n\n", rate,
                seconds, (long long)calls);
    std::printf("event loop stall = lateness of a 10 ms timer while the invoker runs; \"at "
                "end\": from its end until the run folder is written and the results drawn\n\n");
    std::printf("%-22s %11s %11s %11s %11s %14s %14s %14s %8s %7s %6s\n", "", "stall p50",
                "stall p99", "stall max", "at end max", "lateness p50", "lateness p99",
                "lateness max", "ok", "not ok", "frames");
    for (const Row& r : rows)
        std::printf("%-22s %8.1f ms %8.1f ms %8.1f ms %8.1f ms %11lld us %11lld us %11lld us "
                    "%8llu %7llu %6d\n",
                    r.name, r.stallP50, r.stallP99, r.stallMax, r.endStallMax,
                    (long long)r.lateness.p50, (long long)r.lateness.p99, (long long)r.lateness.max,
                    (unsigned long long)r.counts.ok,
                    (unsigned long long)(r.counts.scheduled - r.counts.ok), r.frames);
    const Row& bare = rows[0];
    const Row& live = rows[1];
    const double ratio = double(live.lateness.p99) / std::max<double>(1, double(bare.lateness.p99));
    std::printf("\ntargets: stall p99 %.1f <= 50 ms %s, stall max %.1f <= 200 ms %s, invoker "
                "lateness p99 %.2fx the windowless run <= 2x %s\n",
                live.stallP99, live.stallP99 <= 50 ? "ok" : "MISSED", live.stallMax,
                live.stallMax <= 200 ? "ok" : "MISSED", ratio, ratio <= 2 ? "ok" : "MISSED");
    return 0;
}

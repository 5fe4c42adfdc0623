// The Run page in the workbench on the bundled sample, deployed on the local backend: a
// sped-up run started from the Start button fills the live charts and writes the run
// folder that `--batch invoke` writes; the Stop button and closing the window write
// partial results whose counts add up; a folder written by `--batch run` shows the totals
// of its summary.json; two runs overlay; thresholds are validated as they are typed.
#include "charts/live_chart.h"
#include "deploy/deployment_backend.h"
#include "deploy/deployment_record.h"
#include "jobs/stage_job_runner.h"
#include "main_window.h"
#include "pages/run_page.h"
#include "report/run_series.h"
#include "test_support.h"
#include "widgets/live_run_panel.h"
#include "widgets/run_results_view.h"
#include "widgets/run_summary_panel.h"
#include "widgets/threshold_list.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace traceload;

namespace {

constexpr int kTimeoutMs = 90'000;

bool ready(const Pipeline* p, std::initializer_list<Stage> stages)
{
    for (Stage s : stages)
        if (p->status(s) != StageStatus::Ready)
            return false;
    return true;
}

QAbstractButton* buttonNamed(QWidget* parent, const QString& text)
{
    for (auto* b : parent->findChildren<QAbstractButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::readText(path)).object();
}

qint64 lineCount(const QString& path)
{
    return test::readText(path).count('\n');
}

bool processAlive(qint64 pid)
{
    const QByteArray stat = test::readText(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.isEmpty() && !stat.contains(") Z ");
}

// The lateness of a 10 ms timer: how long the event loop was kept from running.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    double maxMs = 0;

    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0)
                maxMs = std::max(maxMs, double(now - last) / 1e6 - 10.0);
            last = now;
        });
        clock.start();
        timer.start();
    }
};

// Every status count of summary.json adds up to the scheduled invocations, and the
// per-invocation files agree with it.
void checkRunFolder(const QString& folder, bool cancelled)
{
    for (const char* file : {"load.json", "invocations.csv", "summary.json", "rps_lat.csv"})
        QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(file))), file);
    const QJsonObject summary = readJson(folder + QStringLiteral("/summary.json"));
    const QJsonObject counts = summary[QStringLiteral("counts")].toObject();
    const qint64 scheduled = counts[QStringLiteral("scheduled")].toInteger();
    QVERIFY(scheduled > 0);
    QCOMPARE(counts[QStringLiteral("ok")].toInteger() +
                 counts[QStringLiteral("error")].toInteger() +
                 counts[QStringLiteral("timeout")].toInteger() +
                 counts[QStringLiteral("not_sent")].toInteger(),
             scheduled);
    QCOMPARE(summary[QStringLiteral("cancelled")].toBool(), cancelled);
    QCOMPARE(lineCount(folder + QStringLiteral("/invocations.csv")), scheduled + 1);
    // The measured phase's ok calls (no warm-up here), one line each.
    QCOMPARE(lineCount(folder + QStringLiteral("/rps_lat.csv")),
             summary[QStringLiteral("measured")].toObject()[QStringLiteral("ok")].toInteger());
    // load.json is the load that was run, as in --batch run.
    QCOMPARE(summary[QStringLiteral("inputs")]
                 .toObject()[QStringLiteral("load")]
                 .toObject()[QStringLiteral("path")]
                 .toString(),
             QDir(folder).filePath(QStringLiteral("load.json")));
}

// TRACELOAD_SCREENSHOTS=DIR: the window is saved there at two moments of the session.
QString screenshotDir()
{
    return qEnvironmentVariable("TRACELOAD_SCREENSHOTS");
}

void screenshot(QWidget& window, const QString& name)
{
    if (!screenshotDir().isEmpty())
        window.grab().save(QDir(screenshotDir()).filePath(name));
}

void checkCountersAddUp(const LiveSnapshot& s)
{
    QVERIFY(s.finished);
    QCOMPARE(s.ok + s.errors + s.timeouts + s.notSent, s.scheduled);
}

} // namespace

class TestRunPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // Deploy, run, stop a run, close the window during a run (with teardown): one window,
    // one emulator, three run folders.
    void runsStopsAndClosesOnTheLocalBackend()
    {
        QTemporaryDir dir;
        auto window = std::make_unique<MainWindow>();
        MainWindow& w = *window;
        w.resize(1400, 900);
        w.show();
        Workspace ws = w.pipeline()->workspace();
        ws.backend = QStringLiteral("local");
        ws.deploy.buildDir = dir.filePath(QStringLiteral("build"));
        ws.deploy.emulatorProgram = test::binary(QStringLiteral("traceload-function"));
        ws.load.warmupSlots = 0;
        ws.load.durationSlots = 2;
        ws.speedup = 60; // two minutes of the trace in two seconds
        ws.grpcTimeoutMs = 5000;
        ws.outDir = dir.filePath(QStringLiteral("run1"));
        ws.thresholds = {QStringLiteral("errors.rate<0.5"), QStringLiteral("latency.p99<1us")};
        w.pipeline()->setWorkspace(ws);
        auto* run = static_cast<RunPage*>(w.page(Stage::Run));
        w.showStage(Stage::Run);
        QTRY_VERIFY_WITH_TIMEOUT(
            ready(w.pipeline(), {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load}),
            kTimeoutMs);
        // Not deployed yet: the page says so instead of failing late.
        QVERIFY2(run->missing().contains(QStringLiteral("Deploy first")),
                 qPrintable(run->missing()));
        QVERIFY(!buttonNamed(run, QStringLiteral("Start"))->isEnabled());

        QVERIFY(w.jobs()->start(Stage::Deployment));
        QTRY_COMPARE_WITH_TIMEOUT(w.pipeline()->status(Stage::Deployment), StageStatus::Ready,
                                  kTimeoutMs);
        const auto record = DeploymentRecord::read(ws.deploy.buildDir);
        QVERIFY(record && record->emulatorPid > 0);
        const qint64 emulator = record->emulatorPid;
        QTRY_VERIFY(run->missing().isEmpty());
        QTRY_VERIFY(buttonNamed(run, QStringLiteral("Start"))->isEnabled());

        // 1. A whole run from the Start button.
        StallProbe probe;
        QSignalSpy finished(run, &RunPage::runFinished);
        buttonNamed(run, QStringLiteral("Start"))->click();
        QVERIFY(run->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QTRY_VERIFY(!run->isBusy());
        QCOMPARE(finished.at(0).at(0).toString(), ws.outDir);
        QVERIFY(run->livePanel()->snapshotCount() > 2);
        for (LiveChart* chart : run->livePanel()->charts())
            QVERIFY2(chart->pointCount() > 0, qPrintable(chart->title()));
        checkCountersAddUp(run->livePanel()->lastSnapshot());
        checkRunFolder(ws.outDir, false);
        const QJsonObject summary = readJson(ws.outDir + QStringLiteral("/summary.json"));
        const auto scheduled = quint64(summary["counts"].toObject()["scheduled"].toInteger());
        QCOMPARE(run->livePanel()->lastSnapshot().scheduled, scheduled);
        QCOMPARE(summary["counts"].toObject()["error"].toInt(), 0); // the emulator serves all
        // The run is the Pipeline's, and the page shows its summary and figures.
        QCOMPARE(w.pipeline()->status(Stage::Run), StageStatus::Ready);
        QCOMPARE(w.pipeline()->run()->records.size(), std::size_t(scheduled));
        QVERIFY(run->results()->shown());
        QCOMPARE(run->results()->shown()->report->summary.all.scheduled, scheduled);
        QVERIFY(run->results()->summary()->text().contains(QStringLiteral("✘ failed")));
        QCOMPARE(run->figurePanels().size(), 7);
        QVERIFY2(probe.maxMs < 2000, qPrintable(QString::number(probe.maxMs)));
        screenshot(w, QStringLiteral("run-page-finished.png"));

        // Every chart exports, in each format.
        const QString charts = dir.filePath(QStringLiteral("charts"));
        QDir().mkpath(charts);
        FigureExport svg;
        svg.format = FigureFormat::Svg;
        QCOMPARE(run->exportCharts(charts, svg).size(), 10);
        QVERIFY(QFile::exists(charts + QStringLiteral("/live-latency.svg")));
        QVERIFY(QFile::exists(charts + QStringLiteral("/run-latency-cdf.svg")));
        FigureExport pdf;
        pdf.format = FigureFormat::Pdf;
        QVERIFY(!run->exportCharts(charts, pdf).isEmpty());
        QVERIFY(QFileInfo(charts + QStringLiteral("/live-rates.pdf")).size() > 0);

        // 2. Stopped with the Stop button: partial results that add up.
        ws = w.pipeline()->workspace();
        ws.speedup = 4; // 30 s unless stopped
        ws.outDir = dir.filePath(QStringLiteral("run2"));
        w.pipeline()->setWorkspace(ws);
        QTRY_VERIFY(buttonNamed(run, QStringLiteral("Start"))->isEnabled());
        buttonNamed(run, QStringLiteral("Start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isRunning() && run->livePanel()->lastSnapshot().issued > 100,
                                 kTimeoutMs);
        if (!screenshotDir().isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(run->livePanel()->snapshotCount() > 24, kTimeoutMs);
            screenshot(w, QStringLiteral("run-page-running.png"));
        }
        buttonNamed(run, QStringLiteral("Stop"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
        QTRY_VERIFY(!run->isBusy());
        checkCountersAddUp(run->livePanel()->lastSnapshot());
        QVERIFY(run->livePanel()->lastSnapshot().notSent > 0);
        checkRunFolder(ws.outDir, true);
        QVERIFY(w.pipeline()->run()->cancelled);
        // The earlier run is now the comparison.
        QVERIFY(run->results()->comparison());
        QCOMPARE(run->results()->comparison()->folder, dir.filePath(QStringLiteral("run1")));

        // 3. Closing the window during a run: results written, then torn down as asked.
        ws.outDir = dir.filePath(QStringLiteral("run3"));
        w.pipeline()->setWorkspace(ws);
        run->setTeardownAfterRun(true);
        QTRY_VERIFY(buttonNamed(run, QStringLiteral("Start"))->isEnabled());
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isRunning() && run->livePanel()->lastSnapshot().issued > 100,
                                 kTimeoutMs);
        QVERIFY(!w.close()); // not yet: the run is stopped first
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kTimeoutMs);
        QVERIFY(!run->isBusy());
        checkRunFolder(ws.outDir, true);
        QVERIFY(!QFile::exists(DeploymentRecord::pathIn(ws.deploy.buildDir)));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(emulator), 10'000);
        window.reset();
        // Nothing left to tear down.
        QVERIFY(!teardownDeployment(DeployOptions(ws.deploy)).hadRecord);
    }

    // A folder that `traceload --batch run` wrote shows the totals of its summary.json, and a
    // second folder overlays it.
    void opensABatchRunFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("batch"));
        const auto r = test::runTraceload({"--batch", "run", "-d", "1", "-w", "0", "--speedup",
                                           "60", "-grpcTimeout", "2", "--quiet", "--out-dir", out},
                                          dir.path(), 180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject counts =
            readJson(out + QStringLiteral("/summary.json"))["counts"].toObject();

        MainWindow w;
        w.show();
        QVERIFY(w.openPath(out)); // as `traceload RUN_DIR` does
        QCOMPARE(w.currentStage(), Stage::Run);
        auto* run = static_cast<RunPage*>(w.page(Stage::Run));
        QTRY_VERIFY_WITH_TIMEOUT(run->results()->shown(), kTimeoutMs);
        const RunView& shown = *run->results()->shown();
        QVERIFY(shown.report);
        for (const auto& [key, fromFile, fromCsv] :
             {std::tuple{"scheduled", shown.report->summary.all.scheduled, shown.series->scheduled},
              std::tuple{"ok", shown.report->summary.all.ok, shown.series->ok},
              std::tuple{"error", shown.report->summary.all.error, shown.series->errors},
              std::tuple{"timeout", shown.report->summary.all.timeout, shown.series->timeouts},
              std::tuple{"not_sent", shown.report->summary.all.notSent, shown.series->notSent}}) {
            QCOMPARE(qint64(fromFile), counts[QLatin1String(key)].toInteger());
            QCOMPARE(qint64(fromCsv), counts[QLatin1String(key)].toInteger());
        }
        QVERIFY(run->results()->summary()->text().contains(
            QLocale().toString(counts["scheduled"].toInteger())));
        QCOMPARE(run->figurePanels().size(), 7);

        // A second run folder: the first becomes the comparison.
        const QString fixture = test::fixturesDir() + QStringLiteral("/run");
        QVERIFY(w.openPath(fixture));
        QTRY_COMPARE_WITH_TIMEOUT(run->results()->shown()->folder, fixture, kTimeoutMs);
        QVERIFY(run->results()->comparison());
        QCOMPARE(run->results()->comparison()->folder, out);
        QCOMPARE(run->results()->shown()->report->summary.all.scheduled, quint64(9));

        // Not a run folder: an error in the log, the shown run stays.
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        QSignalSpy errors(run, &RunPage::error);
        run->openRunFolder(empty);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeoutMs);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("invocations.csv")));
        QCOMPARE(run->results()->shown()->folder, fixture);
    }

    void thresholdsAreValidatedAsTyped()
    {
        MainWindow w;
        auto* run = static_cast<RunPage*>(w.page(Stage::Run));
        auto* list = run->findChild<ThresholdList*>();
        QVERIFY(list);
        list->addThreshold(QStringLiteral("latency.p99<500ms"));
        QCOMPARE(w.pipeline()->workspace().thresholds, QStringList{"latency.p99<500ms"});
        list->addThreshold(QStringLiteral("latency.p42<1ms"));
        // The bad one is not saved, and the page says what is wrong.
        QCOMPARE(w.pipeline()->workspace().thresholds, QStringList{"latency.p99<500ms"});
        QVERIFY2(run->missing().contains(QStringLiteral("latency.p42<1ms")),
                 qPrintable(run->missing()));
        auto* widget = list->findChild<QListWidget*>();
        widget->item(1)->setText(QStringLiteral("errors.rate<1%"));
        QCOMPARE(w.pipeline()->workspace().thresholds,
                 (QStringList{"latency.p99<500ms", "errors.rate<1%"}));
        QVERIFY(!run->missing().contains(QStringLiteral("threshold")));
    }
};

QTEST_MAIN(TestRunPage)
#include "test_run_page.moc"

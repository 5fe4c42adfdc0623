// The pipeline's one owner of state: stages computed from the workspace, stale-marking when
// an input changes, stale results refused, manual overrides, and the batch path (a window of
// the trace) giving the same load as the window's path (the whole trace and an offset).
#include "common/input_error.h"
#include "load/load_file.h"
#include "pipeline/pipeline.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

Workspace sample()
{
    Workspace w;
    w.tracePath = test::sampleTraceDir();
    w.profilePath = test::sampleProfile();
    w.configPath = test::sampleConfig();
    w.backend = QStringLiteral("dry-run");
    return w;
}

QByteArray loadBytes(const Load& load)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.json"));
    LoadFile::write(path, load);
    return test::readText(path);
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void runsThroughTheLoad()
    {
        Pipeline p(sample());
        QCOMPARE(p.status(Stage::Load), StageStatus::Empty);
        p.runThrough(Stage::Load);
        for (Stage s : {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load})
            QCOMPARE(p.status(s), StageStatus::Ready);
        QCOMPARE(p.status(Stage::Deployment), StageStatus::Empty);
        QCOMPARE(p.trace()->functions.size(), std::size_t(250));
        QCOMPARE(p.mapping()->entries.size(), std::size_t(250));
        QCOMPARE(p.load()->timeSlots.size(), std::size_t(22));
        QVERIFY(p.load()->endpoints.front().endsWith(QLatin1String(".dry-run")));
    }

    void staleMarking()
    {
        Pipeline p(sample());
        p.runThrough(Stage::Load);
        QSignalSpy changed(&p, &Pipeline::stageChanged);

        Workspace w = p.workspace();
        w.load.seed = 43; // only the load depends on it
        p.setWorkspace(w);
        QCOMPARE(p.status(Stage::Trace), StageStatus::Ready);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Ready);
        QCOMPARE(p.status(Stage::Load), StageStatus::Stale);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Stage>(), Stage::Load);
        QVERIFY(p.load()); // still readable while stale

        w.mapping.method = MappingMethod::Unique; // the mapping and all after it
        p.setWorkspace(w);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Stale);
        QCOMPARE(p.status(Stage::Load), StageStatus::Stale);
        QString why;
        QVERIFY(!p.canRun(Stage::Load, &why));
        QCOMPARE(why, QStringLiteral("Load needs a current mapping"));

        w.tracePath = test::fixturesDir() + QStringLiteral("/trace/small"); // everything
        p.setWorkspace(w);
        QCOMPARE(p.status(Stage::Trace), StageStatus::Stale);
        QCOMPARE(p.status(Stage::Proxies), StageStatus::Ready);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Stale);
    }

    void staleResultsAreRefused()
    {
        Pipeline p(sample());
        p.runThrough(Stage::Mapping);
        const StageTask task = p.task(Stage::Mapping);
        p.markRunning(Stage::Mapping, task.key);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Running);
        Workspace w = p.workspace();
        w.mapping.percentile = 50; // the user changes the percentile while it runs
        p.setWorkspace(w);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Stale);
        const StageValue value = task.work({});
        QVERIFY(!p.accept(Stage::Mapping, task.key, value)); // never shown as current
        QCOMPARE(p.mapping()->percentile, 75);
        QCOMPARE(p.status(Stage::Mapping), StageStatus::Stale);
    }

    void failuresNameTheInputAndClearOnChange()
    {
        Workspace w = sample();
        w.tracePath = QStringLiteral("/nonexistent/trace");
        Pipeline p(w);
        QVERIFY_THROWS_EXCEPTION(InputError, p.runThrough(Stage::Trace));
        QCOMPARE(p.status(Stage::Trace), StageStatus::Failed);
        QVERIFY2(p.error(Stage::Trace).contains(QLatin1String("/nonexistent/trace")),
                 qPrintable(p.error(Stage::Trace)));
        w.tracePath = test::sampleTraceDir();
        p.setWorkspace(w);
        QCOMPARE(p.status(Stage::Trace), StageStatus::Empty);
        QVERIFY(p.error(Stage::Trace).isEmpty());
    }

    void manualOverrides()
    {
        Pipeline p(sample());
        p.runThrough(Stage::Mapping);
        const MappingEntry before = p.mapping()->entries.at(3);
        const QString other = before.proxyName == u"aes-go-10-10" ? QStringLiteral("aes-go-10-11")
                                                                  : QStringLiteral("aes-go-10-10");
        Workspace w = p.workspace();
        w.overrides[before.traceId] = other;
        p.setWorkspace(w);
        p.runThrough(Stage::Mapping);
        const MappingEntry after = p.mapping()->entries.at(3);
        QCOMPARE(after.proxyName, other);
        QVERIFY(after.error > before.error); // nearest was the closest
        QCOMPARE(p.mapping()->entries.at(4).proxyName, p.mapping()->entries.at(4).proxyName);

        w.overrides = {{QStringLiteral("no-such-function"), other}};
        p.setWorkspace(w);
        try {
            p.runThrough(Stage::Mapping);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), QStringLiteral("no-such-function"));
            QCOMPARE(e.message(), QStringLiteral("no trace function has this id"));
        }
        w.overrides = {{before.traceId, QStringLiteral("no-such-proxy")}};
        p.setWorkspace(w);
        QVERIFY_THROWS_EXCEPTION(InputError, p.runThrough(Stage::Mapping));
        QVERIFY(p.error(Stage::Mapping).contains(QLatin1String("unknown proxy \"no-such-proxy\"")));
    }

    // What `--batch loadgen` reads (only the replayed window) and what the window reads (the
    // whole trace, with an offset) give byte-identical load.json files.
    void windowedAndWholeTraceGiveTheSameLoad_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("distribution");
        QTest::addRow("uniform, start") << 0 << int(IatDistribution::Uniform);
        QTest::addRow("exponential, offset 7") << 7 << int(IatDistribution::Exponential);
        QTest::addRow("equidistant, offset 100") << 100 << int(IatDistribution::Equidistant);
    }
    void windowedAndWholeTraceGiveTheSameLoad()
    {
        QFETCH(int, offset);
        QFETCH(int, distribution);
        Workspace w = sample();
        w.load.offset = offset;
        w.load.distribution = IatDistribution(distribution);
        Pipeline whole(w, TraceWindow::Whole);
        Pipeline windowed(w, TraceWindow::Replayed);
        whole.runThrough(Stage::Load);
        windowed.runThrough(Stage::Load);
        QCOMPARE(whole.trace()->slotCount, 150);
        QCOMPARE(windowed.trace()->slotCount, 22);
        QCOMPARE(loadBytes(*whole.load()), loadBytes(*windowed.load()));
    }

    void windowTooLongNamesTheTrace()
    {
        Workspace w = sample();
        w.load.offset = 140;
        Pipeline p(w);
        try {
            p.runThrough(Stage::Load);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), test::sampleTraceDir() + QStringLiteral("/invocations.csv"));
            QCOMPARE(e.message(), QStringLiteral("the trace has 150 slots but offset 140 + "
                                                 "warm-up 2 + duration 20 = 162 slots are needed"));
        }
    }

    void knativeLoadWaitsForTheDeployment()
    {
        Workspace w = sample();
        w.backend = QStringLiteral("knative");
        Pipeline p(w);
        p.runThrough(Stage::Mapping);
        QString why;
        QVERIFY(!p.canRun(Stage::Load, &why));
        QCOMPARE(why, QStringLiteral("Load needs a current deployment"));
    }

    // The Deployment task hands each service's state to the sink it was made with; a
    // deployment torn down is discarded, and what needs it can no longer run.
    void deploymentTaskStatesAndDiscard()
    {
        QTemporaryDir dir;
        Workspace w = sample();
        w.deploy.buildDir = dir.filePath(QStringLiteral("build"));
        Pipeline p(w);
        p.runThrough(Stage::Load);
        std::vector<ServiceProgress> states;
        QStringList messages;
        const StageTask task = p.task(
            Stage::Deployment, [&messages](const QString& m) { messages << m; },
            [&states](const ServiceProgress& s) { states.push_back(s); });
        QVERIFY(p.accept(Stage::Deployment, task.key, task.work({})));
        QCOMPARE(p.status(Stage::Deployment), StageStatus::Ready);
        QCOMPARE(states.size(), std::size_t(2 * 250)); // pending, then ready
        QCOMPARE(states.back().state, ServiceState::Ready);
        QVERIFY(p.canRun(Stage::Run));

        QSignalSpy changed(&p, &Pipeline::stageChanged);
        p.discard(Stage::Deployment);
        QCOMPARE(p.status(Stage::Deployment), StageStatus::Empty);
        QVERIFY(!p.deployment());
        QVERIFY(!p.canRun(Stage::Run));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(p.status(Stage::Load), StageStatus::Ready); // dry-run endpoints need no deployment
    }

    void loadFromAFile()
    {
        Pipeline made(sample());
        made.runThrough(Stage::Load);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, *made.load());

        Workspace w = sample();
        w.tracePath = QStringLiteral("/nonexistent"); // not needed for a load file
        w.loadIn = path;
        Pipeline p(w);
        QVERIFY(p.canRun(Stage::Load));
        p.runThrough(Stage::Load);
        QCOMPARE(p.status(Stage::Trace), StageStatus::Empty);
        QCOMPARE(p.load()->invocationCount(), made.load()->invocationCount());
        QCOMPARE(loadBytes(*p.load()), loadBytes(*made.load()));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "test_pipeline.moc"

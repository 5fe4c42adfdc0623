// Concluding a run: the summary, the threshold verdicts and the run folder in one call,
// and the run's chart series drawn from memory equal to those read back from its folder.
#include "common/input_error.h"
#include "invoke/invoker.h"
#include "report/run_folder_reader.h"
#include "report/run_outcome.h"
#include "report/run_series_of_result.h"
#include "run_result_sample.h"
#include "test_loads.h"
#include "test_server.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace traceload;

namespace {

// Element by element; NaN (no value in a bucket) equals NaN.
bool sameValues(const std::vector<double>& a, const std::vector<double>& b, const char* what)
{
    bool same = a.size() == b.size();
    for (std::size_t i = 0; same && i < a.size(); ++i)
        same = a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]));
    if (!same)
        qWarning("%s differ", what);
    return same;
}

void compareSeries(const RunSeries& memory, const RunSeries& folder)
{
    QCOMPARE(memory.folder, folder.folder);
    QVERIFY(sameValues(memory.latencyMs, folder.latencyMs, "latencyMs"));
    QVERIFY(sameValues(memory.responseMs, folder.responseMs, "responseMs"));
    QCOMPARE(memory.measuredStartS, folder.measuredStartS);
    QCOMPARE(memory.hasWarmup, folder.hasWarmup);
    QCOMPARE(memory.targetRatePerS, folder.targetRatePerS);
    QCOMPARE(memory.scheduled, folder.scheduled);
    QCOMPARE(memory.ok, folder.ok);
    QCOMPARE(memory.errors, folder.errors);
    QCOMPARE(memory.timeouts, folder.timeouts);
    QCOMPARE(memory.notSent, folder.notSent);
    QCOMPARE(memory.coldStarts, folder.coldStarts);
    QCOMPARE(memory.coldKnown, folder.coldKnown);
    QCOMPARE(folder.warnings, QStringList());
    const RunTimeline& m = memory.timeline;
    const RunTimeline& f = folder.timeline;
    QCOMPARE(m.bucketS, f.bucketS);
    QVERIFY(sameValues(m.startS, f.startS, "startS"));
    QVERIFY(sameValues(m.targetPerS, f.targetPerS, "targetPerS"));
    QCOMPARE(memory.lastScheduledS, folder.lastScheduledS);
    QVERIFY(sameValues(m.issuedPerS, f.issuedPerS, "issuedPerS"));
    QVERIFY(sameValues(m.completedPerS, f.completedPerS, "completedPerS"));
    QVERIFY(sameValues(m.failedPerS, f.failedPerS, "failedPerS"));
    QVERIFY(sameValues(m.latencyP50Ms, f.latencyP50Ms, "latencyP50Ms"));
    QVERIFY(sameValues(m.latencyP90Ms, f.latencyP90Ms, "latencyP90Ms"));
    QVERIFY(sameValues(m.latencyP99Ms, f.latencyP99Ms, "latencyP99Ms"));
    QVERIFY(sameValues(m.latenessP50Ms, f.latenessP50Ms, "latenessP50Ms"));
    QVERIFY(sameValues(m.latenessP99Ms, f.latenessP99Ms, "latenessP99Ms"));
    QVERIFY(sameValues(m.latenessMaxMs, f.latenessMaxMs, "latenessMaxMs"));
    QVERIFY(sameValues(m.coldStarts, f.coldStarts, "coldStarts"));
}

// A real run of a few hundred calls against the in-process server, some of them failing.
RunResult smallRun()
{
    test::TestGreeterServer server;
    server.setDelay(std::chrono::microseconds(300));
    const Load load = test::equidistantLoad(3, 60, 200'000, 150'000, {"fn-a", "fn-b"});
    RunOptions o;
    o.warmupSlots = 1;
    o.durationSlots = 2;
    o.connectTo = server.address();
    Invoker invoker(load, o);
    return invoker.run();
}

} // namespace

class TestRunOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concludesRun_data()
    {
        QTest::addColumn<QStringList>("thresholds");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<bool>("violated");
        QTest::newRow("none") << QStringList{} << false << false;
        QTest::newRow("passed") << QStringList{"latency.p99<1ms", "errors.count<=3"} << false
                                << false;
        QTest::newRow("violated") << QStringList{"latency.p99<1ms", "errors.rate<0.1"} << false
                                  << true;
        QTest::newRow("cancelled") << QStringList{} << true << false;
    }

    void concludesRun()
    {
        QFETCH(QStringList, thresholds);
        QFETCH(bool, cancelled);
        QFETCH(bool, violated);
        QTemporaryDir dir;
        RunFolderOptions options;
        options.outDir = dir.path();
        for (const QString& t : thresholds)
            options.thresholds.push_back(Threshold::parse(t));
        RunResult result = test::sampleResult();
        result.cancelled = cancelled;

        const RunOutcome outcome = concludeRun(result, options);
        QCOMPARE(outcome.cancelled, cancelled);
        QCOMPARE(outcome.thresholdsViolated, violated);
        QCOMPARE(outcome.verdicts.size(), std::size_t(thresholds.size()));
        for (std::size_t i = 0; i < outcome.verdicts.size(); ++i)
            QCOMPARE(outcome.verdicts[i].expr, thresholds[qsizetype(i)]);
        QCOMPARE(outcome.summary.all.scheduled, 6u);
        QCOMPARE(outcome.summary.measured.ok, 2u);
        QCOMPARE(outcome.paths.latency, dir.filePath(QStringLiteral("rps_lat.csv")));
        QCOMPARE(test::readText(outcome.paths.latency), QByteArray("20\n300\n"));
        QVERIFY(test::readText(outcome.paths.invocations).startsWith("slot,phase,endpoint,"));
        QVERIFY(test::readText(outcome.paths.summary)
                    .contains(cancelled ? "\"cancelled\": true" : "\"cancelled\": false"));
    }

    // The three files change together or not at all; a run cannot be measured again, so
    // when its folder fails the files go to a fallback folder (issue 12, finding 11).
    void failedWriteLeavesTheFolderAndFallsBack()
    {
        QTemporaryDir dir;
        const QString latency = dir.filePath(QStringLiteral("rps_lat.csv"));
        test::writeText(latency, "old\n");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("summary.json"))); // cannot be a file
        RunFolderOptions options;
        options.outDir = dir.path();
        options.latf = QStringLiteral("sub/lat.csv");
        QDir(dir.path()).mkdir(QStringLiteral("sub"));
        const RunOutcome outcome = concludeRun(test::sampleResult(), options);
        QCOMPARE(test::readText(latency), QByteArray("old\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("invocations.csv"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sub/rps_lat.csv"))));
        QCOMPARE(outcome.fallbackReason,
                 dir.filePath(QStringLiteral("summary.json")) +
                     QStringLiteral(": is a folder; an output must be a file"));
        const QDir fallback = QFileInfo(outcome.paths.summary).absoluteDir();
        QVERIFY2(fallback.dirName().startsWith(QStringLiteral("traceload-run-")),
                 qPrintable(fallback.path()));
        QCOMPARE(fallback.entryList(QDir::Files),
                 (QStringList{"invocations.csv", "rps_lat.csv", "summary.json"}));
        QCOMPARE(test::readText(outcome.paths.latency), QByteArray("20\n300\n"));
        QDir(fallback).removeRecursively();
    }

    void seriesFromMemoryEqualsSeriesFromFolder_data()
    {
        QTest::addColumn<bool>("realRun");
        QTest::newRow("every kind of record") << false;
        QTest::newRow("small run") << true;
    }

    void seriesFromMemoryEqualsSeriesFromFolder()
    {
        QFETCH(bool, realRun);
        const RunResult result = realRun ? smallRun() : test::sampleResult();
        QVERIFY(!result.records.empty());
        QTemporaryDir dir;
        RunFolderOptions options;
        options.outDir = dir.path();
        const RunOutcome outcome = concludeRun(result, options);
        const RunSeries memory = runSeriesOf(result, outcome.summary, dir.path());
        const RunSeries folder = RunFolderReader::read(dir.path());
        QVERIFY(memory.ok > 0);
        QVERIFY(memory.targetRatePerS > 0);
        compareSeries(memory, folder);
    }
};

QTEST_GUILESS_MAIN(TestRunOutcome)
#include "test_run_outcome.moc"

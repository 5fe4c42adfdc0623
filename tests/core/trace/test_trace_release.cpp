// TraceReader on the Azure Functions 2019 release's own layout: day files, --day, and the
// per-application memory rules, against values worked out by hand from the fixture rows
// (tests/fixtures/trace/README.md).

#include "common/input_error.h"
#include "trace/trace_reader.h"
#include "trace_test_files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

QString releaseDir()
{
    return fixturesDir() + QStringLiteral("/trace/release");
}

TraceReadOptions dayOptions(int day, AppMemoryRule rule = AppMemoryRule::Split)
{
    TraceReadOptions options;
    options.day = day;
    options.appMemory = rule;
    return options;
}

// A folder with only day's three release files.
void copyDay(const QTemporaryDir& dir, int day)
{
    const TraceFileSet names = TraceFileSet::ofDay(day);
    for (const QString& name : {names.invocations, names.durations, names.memory})
        QVERIFY(QFile::copy(releaseDir() + u'/' + name, dir.path() + u'/' + name));
}

QString errorOf(const QString& dir, const TraceReadOptions& options)
{
    try {
        TraceReader::read(dir, options);
    } catch (const InputError& e) {
        return e.toString();
    }
    return {};
}

} // namespace

class TestTraceRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNames();
    void daysInFolder();
    void dayOneSplit();
    void dayOneCopy();
    void dayTwo();
    void onlyDayIsChosen();
    void severalDaysNeedADay();
    void dayNotInFolder();
    void dayOutOfRange();
    void missingDayFile();
};

void TestTraceRelease::fileNames()
{
    const TraceFileSet seven = TraceFileSet::ofDay(7);
    QCOMPARE(seven.invocations, QStringLiteral("invocations_per_function_md.anon.d07.csv"));
    QCOMPARE(seven.durations, QStringLiteral("function_durations_percentiles.anon.d07.csv"));
    QCOMPARE(seven.memory, QStringLiteral("app_memory_percentiles.anon.d07.csv"));
    QCOMPARE(TraceFileSet::ofDay(14).memory, QStringLiteral("app_memory_percentiles.anon.d14.csv"));
}

void TestTraceRelease::daysInFolder()
{
    QCOMPARE(TraceFileSet::daysIn(releaseDir()), (std::vector<int>{1, 2}));
    QCOMPARE(TraceFileSet::daysIn(smallTraceDir()), std::vector<int>{});
}

void TestTraceRelease::dayOneSplit()
{
    const Trace trace = TraceReader::read(releaseDir(), dayOptions(1));
    QCOMPARE(trace.files.day, 1);
    QVERIFY(trace.report.memoryPerApplication);
    QCOMPARE(trace.report.appMemoryRule, AppMemoryRule::Split);
    QCOMPARE(trace.functions.size(), std::size_t(3));
    QCOMPARE(trace.functions[0].function, QStringLiteral("f1"));
    QCOMPARE(trace.functions[1].function, QStringLiteral("f2"));
    QCOMPARE(trace.functions[2].function, QStringLiteral("f4"));
    QCOMPARE(trace.functions[0].invocations, (std::vector<std::uint32_t>{1, 0, 2}));
    QCOMPARE(trace.totalInvocations(), std::uint64_t(3 + 3 + 15));
    // o1/a1 has f1, f2 in the trace (f3 lacks durations): 300 MB and its percentiles halved.
    const PercentileMap half{{1, 100},  {5, 105},  {25, 125}, {50, 140},
                             {75, 150}, {95, 175}, {99, 190}, {100, 200}};
    QCOMPARE(trace.functions[0].memoryMb, half);
    QCOMPARE(trace.functions[1].memoryMb, half);
    QCOMPARE(trace.functions[0].memoryAverageMb, 150.0);
    QCOMPARE(trace.functions[1].memoryAverageMb, 150.0);
    // o2/a2 has one function: all of it.
    QCOMPARE(trace.functions[2].memoryMb.at(75), 130.0);
    QCOMPARE(trace.functions[2].memoryAverageMb, 128.0);
    QCOMPARE(trace.functions[0].durationAverageMs, 100.0);
    QCOMPARE(trace.functions[0].durationMs.at(75), 120.0);
    QCOMPARE(trace.functions[2].durationAverageMs, 7.0);

    QCOMPARE(trace.report.incompleteFunctions.size(), std::size_t(1));
    const TraceIssue& f3 = trace.report.incompleteFunctions.front();
    QCOMPARE(f3.functionId, QStringLiteral("o1a1f3"));
    QCOMPARE(f3.file, QStringLiteral("function_durations_percentiles.anon.d01.csv"));
    QCOMPARE(f3.reason, QStringLiteral("in invocations_per_function_md.anon.d01.csv:4, "
                                       "app_memory_percentiles.anon.d01.csv:2 but not in "
                                       "function_durations_percentiles.anon.d01.csv"));
}

void TestTraceRelease::dayOneCopy()
{
    const Trace trace = TraceReader::read(releaseDir(), dayOptions(1, AppMemoryRule::Copy));
    QCOMPARE(trace.report.appMemoryRule, AppMemoryRule::Copy);
    const PercentileMap app{{1, 200},  {5, 210},  {25, 250}, {50, 280},
                            {75, 300}, {95, 350}, {99, 380}, {100, 400}};
    QCOMPARE(trace.functions[0].memoryMb, app);
    QCOMPARE(trace.functions[1].memoryMb, app);
    QCOMPARE(trace.functions[0].memoryAverageMb, 300.0);
    QCOMPARE(trace.functions[2].memoryAverageMb, 128.0);
}

void TestTraceRelease::dayTwo()
{
    const Trace trace = TraceReader::read(releaseDir(), dayOptions(2));
    QCOMPARE(trace.files.day, 2);
    QCOMPARE(trace.functions.size(), std::size_t(3));
    QCOMPARE(trace.functions[2].function, QStringLiteral("f5"));
    QCOMPARE(trace.functions[2].invocations, (std::vector<std::uint32_t>{2, 0, 2}));
    // One function per app: split and copy agree.
    QCOMPARE(trace.functions[0].memoryAverageMb, 320.0);
    QCOMPARE(trace.functions[0].memoryMb.at(50), 290.0);
    QCOMPARE(trace.functions[2].durationMs.at(50), 1000.0);
    QVERIFY(trace.report.incompleteFunctions.empty());
}

void TestTraceRelease::onlyDayIsChosen()
{
    QTemporaryDir dir;
    copyDay(dir, 2);
    const Trace trace = TraceReader::read(dir.path());
    QCOMPARE(trace.files.day, 2);
    QCOMPARE(trace.functions.size(), std::size_t(3));
}

void TestTraceRelease::severalDaysNeedADay()
{
    QCOMPARE(errorOf(releaseDir(), dayOptions(0)),
             releaseDir() + QStringLiteral(": the folder holds several days of the release "
                                           "(1, 2); choose one"));
}

void TestTraceRelease::dayNotInFolder()
{
    QCOMPARE(errorOf(releaseDir(), dayOptions(3)),
             releaseDir() + QStringLiteral(": day 3 is not in the folder, which holds days 1, 2"));
    QCOMPARE(errorOf(smallTraceDir(), dayOptions(1)),
             smallTraceDir() +
                 QStringLiteral(": day 1 asked for, but the folder holds no day of the release "
                                "(invocations_per_function_md.anon.dNN.csv)"));
}

void TestTraceRelease::dayOutOfRange()
{
    QCOMPARE(errorOf(releaseDir(), dayOptions(15)),
             releaseDir() + QStringLiteral(": day 15 is not a day of the release (1 to 14)"));
}

void TestTraceRelease::missingDayFile()
{
    QTemporaryDir dir;
    copyDay(dir, 1);
    const QString memory = dir.path() + QStringLiteral("/app_memory_percentiles.anon.d01.csv");
    QVERIFY(QFile::remove(memory));
    QCOMPARE(errorOf(dir.path(), dayOptions(1)), memory + QStringLiteral(": file is missing"));
}

QTEST_GUILESS_MAIN(TestTraceRelease)
#include "test_trace_release.moc"

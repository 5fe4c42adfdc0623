// TraceReader on well-formed input: the bundled vSwarm sample, the formats the Azure
// trace comes in, and slot windows.

#include "trace/trace_reader.h"
#include "trace_test_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

const QString kSampleHotFunction =
    QStringLiteral("65c4bf1b7fe6a7796d542f0c178b98269f131537076eeb34a5e52808f8486c96");

std::uint64_t sumOfSlots(const Trace& trace, int slotCount)
{
    std::uint64_t sum = 0;
    for (const TraceFunction& f : trace.functions) {
        for (int s = 0; s < slotCount; ++s)
            sum += f.invocations[std::size_t(s)];
    }
    return sum;
}

const TraceFunction* findFunction(const Trace& trace, const QString& hashFunction)
{
    for (const TraceFunction& f : trace.functions) {
        if (f.function == hashFunction)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void sampleFromResource();
    void smallFixture();
    void columnOrder_data();
    void columnOrder();
    void bomCrlfQuoted();
    void blankLines_data();
    void blankLines();
    void rawApplicationMemory();
    void secondGranularity();
    void window_data();
    void window();
    void windowBeyondTrace();
};

void TestTraceReader::sample()
{
    const Trace trace = TraceReader::read(sampleTraceDir());
    // Counted independently with Python's csv module: 250 rows in each file, all ids in
    // all three files, 150 integer-headed columns 540..689, 324,209 invocations in total.
    QCOMPARE(trace.functions.size(), std::size_t(250));
    QCOMPARE(trace.totalSlots, 150);
    QCOMPARE(trace.firstSlot, 0);
    QCOMPARE(trace.slotCount, 150);
    QCOMPARE(trace.slotLabels.size(), 150);
    QCOMPARE(trace.slotLabels.front(), QStringLiteral("540"));
    QCOMPARE(trace.slotLabels.back(), QStringLiteral("689"));
    QCOMPARE(trace.granularity, Granularity::Minute);
    QCOMPARE(trace.report.rowsRead, qint64(750));
    QVERIFY(trace.report.skippedRows.empty());
    QVERIFY(trace.report.incompleteFunctions.empty());
    QVERIFY(!trace.report.memoryPerApplication);
    // The seed's reference figure for the 22 minutes it replays.
    QCOMPARE(sumOfSlots(trace, 22), std::uint64_t(53605));
    QCOMPARE(trace.totalInvocations(), std::uint64_t(324209));

    // invocations.csv order: its first row.
    const TraceFunction& first = trace.functions.front();
    QCOMPARE(first.function,
             QStringLiteral("ba86c58a47b3f8a4820c6fab174dffb8e799287812a1f574e640d87e3a86407f"));
    QCOMPARE(first.id, first.owner + first.app + first.function);
    QCOMPARE(first.owner,
             QStringLiteral("dd065b88fe6a8fa651c14ed91aedd6bab8f6044fa82f0540192ec1cc94c55faf"));
    QCOMPARE(first.trigger, QStringLiteral("queue"));
    QCOMPARE(first.memoryMb, (PercentileMap{{1, 6.625},
                                            {5, 6.8125},
                                            {25, 7.1875},
                                            {50, 7.3125},
                                            {75, 8.125},
                                            {95, 8.9375},
                                            {99, 10.875},
                                            {100, 10.875}}));

    // The hottest function (row 63 of invocations.csv, first row of durations.csv).
    const TraceFunction* hot = findFunction(trace, kSampleHotFunction);
    QVERIFY(hot);
    QCOMPARE(hot - trace.functions.data(), 62);
    QCOMPARE(hot->durationMs,
             (PercentileMap{{0, 22}, {1, 25}, {25, 31}, {50, 34}, {75, 39}, {99, 65}, {100, 630}}));
    QCOMPARE(hot->invocations.size(), std::size_t(150));
    QCOMPARE(hot->invocations[0], 1566u);
    QCOMPARE(hot->invocations[21], 1373u);
}

void TestTraceReader::sampleFromResource()
{
    const QString resource = QStringLiteral(":/traceload/vswarm/trace");
    QVERIFY2(QFileInfo(resource + QStringLiteral("/invocations.csv")).exists(),
             "sample trace not bundled as a resource");
    const Trace fromResource = TraceReader::read(resource);
    const Trace fromDisk = TraceReader::read(sampleTraceDir());
    compareTraces(fromResource, fromDisk);
    QCOMPARE(fromResource.directory, resource);
}

void TestTraceReader::smallFixture()
{
    const Trace trace = TraceReader::read(smallTraceDir());
    QCOMPARE(trace.functions.size(), std::size_t(3));
    QCOMPARE(trace.slotLabels, (QStringList{"1", "2", "3", "4", "5"}));
    // invocations.csv order, although durations.csv and memory.csv list them differently.
    QCOMPARE(trace.functions[0].id, QStringLiteral("o1a1f1"));
    QCOMPARE(trace.functions[1].id, QStringLiteral("o1a1f2"));
    QCOMPARE(trace.functions[2].id, QStringLiteral("o2a2f3"));
    QCOMPARE(trace.functions[1].trigger, QStringLiteral("timer"));
    QCOMPARE(trace.functions[2].invocations, (std::vector<std::uint32_t>{10, 20, 30, 40, 50}));
    QCOMPARE(trace.functions[0].durationMs,
             (PercentileMap{{0, 1}, {1, 2}, {25, 3}, {50, 4}, {75, 5}, {99, 6}, {100, 7}}));
    QCOMPARE(
        trace.functions[2].memoryMb,
        (PercentileMap{
            {1, 31.5}, {5, 32}, {25, 33}, {50, 34}, {75, 35}, {95, 36}, {99, 37}, {100, 38.75}}));
    QCOMPARE(trace.totalInvocations(), std::uint64_t(10 + 2 + 150));
    QCOMPARE(trace.report.rowsRead, qint64(9));
}

void TestTraceReader::columnOrder_data()
{
    QTest::addColumn<QString>("shuffled");
    QTest::addColumn<quint32>("seed");
    for (const char* file : {"invocations.csv", "durations.csv", "memory.csv"}) {
        QTest::addRow("%s seed 1", file) << QString::fromLatin1(file) << 1u;
        QTest::addRow("%s seed 2", file) << QString::fromLatin1(file) << 2u;
    }
    QTest::addRow("all three") << QString() << 3u;
}

void TestTraceReader::columnOrder()
{
    QFETCH(QString, shuffled);
    QFETCH(quint32, seed);
    TraceFiles files = TraceFiles::fromDir(sampleTraceDir());
    for (const char* name : {"invocations.csv", "durations.csv", "memory.csv"}) {
        if (shuffled.isEmpty() || shuffled == QLatin1String(name))
            files[QLatin1String(name)] = shuffleColumns(files[QLatin1String(name)], seed);
    }
    QTemporaryDir dir;
    files.writeTo(dir.path());
    compareTraces(TraceReader::read(dir.path()), TraceReader::read(sampleTraceDir()));
}

void TestTraceReader::bomCrlfQuoted()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    // Quoted ids and counts, a quoted trigger with a comma, "" escapes and a line break.
    files.invocations = "\xEF\xBB\xBF"
                        "\"HashOwner\",HashApp,HashFunction,Trigger,1,2,3,4,\"5\"\r\n"
                        "\"o1\",a1,\"f1\",\"http, \"\"v2\"\"\",0,1,2,\"3\",4\r\n"
                        "o1,\"a1\",f2,\"timer\nnightly\",1,0,0,0,1\r\n"
                        "o2,a2,f3,queue,10,20,30,40,50\r\n";
    for (const char* name : {"durations.csv", "memory.csv"}) {
        QByteArray& text = files[QLatin1String(name)];
        text = "\xEF\xBB\xBF" + text.replace("\n", "\r\n").replace("o1,", "\"o1\",");
    }
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const Trace trace = TraceReader::read(dir.path());
    Trace expected = TraceReader::read(smallTraceDir());
    expected.functions[0].trigger = QStringLiteral("http, \"v2\"");
    expected.functions[1].trigger = QStringLiteral("timer\nnightly");
    compareTraces(trace, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(trace.functions[0].owner, QStringLiteral("o1")); // no BOM, no quotes
}

void TestTraceReader::blankLines_data()
{
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<bool>("inMiddle");
    QTest::newRow("trailing LF") << QByteArray("\n\n\n") << false;
    QTest::newRow("trailing CRLF") << QByteArray("\r\n\r\n") << false;
    QTest::newRow("no final line break") << QByteArray() << false;
    QTest::newRow("blank lines between rows") << QByteArray("\n") << true;
}

void TestTraceReader::blankLines()
{
    QFETCH(QByteArray, suffix);
    QFETCH(bool, inMiddle);
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    for (const char* name : {"invocations.csv", "durations.csv", "memory.csv"}) {
        QByteArray& text = files[QLatin1String(name)];
        if (inMiddle)
            text.replace("\n", "\n\n");
        else if (suffix.isEmpty())
            text.chop(1);
        else
            text += suffix;
    }
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const Trace trace = TraceReader::read(dir.path());
    compareTraces(trace, TraceReader::read(smallTraceDir()));
    QCOMPARE(trace.report.rowsRead, qint64(9));
}

void TestTraceReader::rawApplicationMemory()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.memory = readText(fixturesDir() + QStringLiteral("/trace/app_memory.csv"));
    QTemporaryDir dir;
    files.writeTo(dir.path());
    TraceReadOptions copy;
    copy.appMemory = AppMemoryRule::Copy;
    const Trace trace = TraceReader::read(dir.path(), copy);
    QVERIFY(trace.report.memoryPerApplication);
    QCOMPARE(trace.report.appMemoryRule, AppMemoryRule::Copy);
    QCOMPARE(trace.functions.size(), std::size_t(3));
    // Copy: both functions of app o1/a1 get the app's memory; app o9/a9 has no function and
    // is no incomplete function either.
    const PercentileMap app1{{1, 101},  {5, 102},  {25, 103}, {50, 104},
                             {75, 105}, {95, 106}, {99, 107}, {100, 108}};
    QCOMPARE(trace.functions[0].memoryMb, app1);
    QCOMPARE(trace.functions[1].memoryMb, app1);
    QCOMPARE(trace.functions[2].memoryMb.at(50), 204.0);
    QCOMPARE(trace.functions[0].memoryAverageMb, 150.0);
    QVERIFY(trace.report.incompleteFunctions.empty());
    QVERIFY(trace.report.skippedRows.empty());

    // Split (the default): o1/a1's two functions get half each, o2/a2's one all of it.
    const Trace split = TraceReader::read(dir.path());
    QCOMPARE(split.report.appMemoryRule, AppMemoryRule::Split);
    const PercentileMap half{{1, 50.5},  {5, 51},    {25, 51.5}, {50, 52},
                             {75, 52.5}, {95, 53.0}, {99, 53.5}, {100, 54}};
    QCOMPARE(split.functions[0].memoryMb, half);
    QCOMPARE(split.functions[1].memoryMb, half);
    QCOMPARE(split.functions[0].memoryAverageMb, 75.0);
    QCOMPARE(split.functions[2].memoryMb.at(50), 204.0);
    QCOMPARE(split.functions[2].memoryAverageMb, 250.0);
}

void TestTraceReader::secondGranularity()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    constexpr int seconds = 86400;
    QByteArray text = "HashOwner,HashApp,HashFunction,Trigger";
    for (int s = 1; s <= seconds; ++s)
        text += ',' + QByteArray::number(s);
    text += '\n';
    for (const char* id : {"o1,a1,f1,http", "o1,a1,f2,timer", "o2,a2,f3,queue"}) {
        text += id;
        for (int s = 1; s <= seconds; ++s)
            text += s % 3600 == 0 ? ",7" : ",0";
        text += '\n';
    }
    files.invocations = text;
    QTemporaryDir dir;
    files.writeTo(dir.path());

    TraceReadOptions options;
    options.granularity = Granularity::Second;
    const Trace all = TraceReader::read(dir.path(), options);
    QCOMPARE(all.granularity, Granularity::Second);
    QCOMPARE(all.totalSlots, seconds);
    QCOMPARE(all.slotCount, seconds);
    QCOMPARE(all.totalInvocations(), std::uint64_t(3 * 24 * 7));
    QCOMPARE(all.functions[1].invocations[3599], 7u);

    options.firstSlot = 3599; // label "3600"
    options.slotCount = 60;
    const Trace minute = TraceReader::read(dir.path(), options);
    QCOMPARE(minute.slotCount, 60);
    QCOMPARE(minute.slotLabels.front(), QStringLiteral("3600"));
    QCOMPARE(minute.slotLabels.back(), QStringLiteral("3659"));
    QCOMPARE(minute.totalInvocations(), std::uint64_t(3 * 7));
    QCOMPARE(minute.functions[2].invocations.front(), 7u);
}

void TestTraceReader::window_data()
{
    QTest::addColumn<int>("firstSlot");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("all") << 0 << -1 << 150;
    QTest::newRow("first 22 minutes") << 0 << 22 << 22;
    QTest::newRow("middle") << 60 << 30 << 30;
    QTest::newRow("rest from 140") << 140 << -1 << 10;
    QTest::newRow("cut at the end") << 140 << 50 << 10;
    QTest::newRow("last slot") << 149 << 1 << 1;
    QTest::newRow("empty window") << 10 << 0 << 0;
}

void TestTraceReader::window()
{
    QFETCH(int, firstSlot);
    QFETCH(int, slotCount);
    QFETCH(int, expectedCount);
    const Trace full = TraceReader::read(sampleTraceDir());
    TraceReadOptions options;
    options.firstSlot = firstSlot;
    options.slotCount = slotCount;
    const Trace trace = TraceReader::read(sampleTraceDir(), options);
    QCOMPARE(trace.totalSlots, 150);
    QCOMPARE(trace.firstSlot, firstSlot);
    QCOMPARE(trace.slotCount, expectedCount);
    QCOMPARE(trace.slotLabels, full.slotLabels.mid(firstSlot, expectedCount));
    QCOMPARE(trace.functions.size(), full.functions.size());
    for (std::size_t i = 0; i < trace.functions.size(); ++i) {
        const auto& all = full.functions[i].invocations;
        const std::vector<std::uint32_t> expected(all.begin() + firstSlot,
                                                  all.begin() + firstSlot + expectedCount);
        QCOMPARE(trace.functions[i].invocations, expected);
    }
    if (firstSlot == 0 && expectedCount == 22)
        QCOMPARE(trace.totalInvocations(), std::uint64_t(53605));
}

void TestTraceReader::windowBeyondTrace()
{
    TraceReadOptions options;
    options.firstSlot = 150;
    try {
        TraceReader::read(sampleTraceDir(), options);
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QFileInfo(e.file()).fileName(), QStringLiteral("invocations.csv"));
        QCOMPARE(e.line(), qint64(1));
        QCOMPARE(
            e.message(),
            QStringLiteral("first slot 150 is beyond the end of the trace, which has 150 slots"));
    }
    options.firstSlot = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, TraceReader::read(sampleTraceDir(), options));
}

QTEST_GUILESS_MAIN(TestTraceReader)
#include "test_trace_reader.moc"

// The trace functions' requests in a load: the percentile draw, which calls carry one, the
// seed, and load.json's additive "runtime_ms" / "memory_mib" lists.

#include "common/input_error.h"
#include "load/execute_request.h"
#include "load/load_file.h"
#include "load/load_generator.h"
#include "load_test_support.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

Trace twoFunctions()
{
    Trace trace = makeTrace({{3, 0, 5}, {2, 4, 1}});
    for (TraceFunction& f : trace.functions) {
        f.durationMs = {{0, 100}, {50, 200}, {100, 300}};
        f.memoryMb = {{1, 64}, {100, 128}};
    }
    return trace;
}

LoadOptions threeSlots(std::uint64_t seed = 42)
{
    LoadOptions o;
    o.warmupSlots = 0;
    o.durationSlots = 3;
    o.seed = seed;
    return o;
}

} // namespace

class TestExecuteRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAtPercentile_data()
    {
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("value");
        QTest::newRow("0") << 0.0 << 1.0;
        QTest::newRow("between 0 and 25") << 12.5 << 5.5;
        QTest::newRow("at 50") << 50.0 << 20.0;
        QTest::newRow("between 50 and 100") << 75.0 << 60.0;
        QTest::newRow("fraction") << 50.5 << 20.8;
        QTest::newRow("100") << 100.0 << 100.0;
    }

    void valueAtPercentile()
    {
        QFETCH(double, u);
        QFETCH(double, value);
        const PercentileMap map{{0, 1}, {25, 10}, {50, 20}, {100, 100}};
        QCOMPARE(traceload::valueAtPercentile(map, u), value);
    }

    void belowTheLowestPercentile()
    {
        const PercentileMap map{{1, 5}, {100, 7}};
        QCOMPARE(traceload::valueAtPercentile(map, 0.5), 5.0);
        QCOMPARE(traceload::valueAtPercentile({}, 50), 0.0);
    }

    void onlyTraceFunctionCallsCarryRequests()
    {
        const Trace trace = twoFunctions();
        const Load load =
            LoadGenerator::generate(trace, endpointsFor(trace), threeSlots(), {}, {false, true});
        int requests = 0;
        for (const LoadSlot& slot : load.timeSlots) {
            QCOMPARE(slot.runtimeMs.size(), slot.endpoints.size());
            QCOMPARE(slot.memoryMib.size(), slot.endpoints.size());
            for (std::size_t k = 0; k < slot.endpoints.size(); ++k) {
                if (slot.endpoints[k] == 0) {
                    QCOMPARE(slot.runtimeMs[k], -1);
                    QCOMPARE(slot.memoryMib[k], -1);
                    continue;
                }
                ++requests;
                QVERIFY(slot.runtimeMs[k] >= 100 && slot.runtimeMs[k] <= 300);
                QVERIFY(slot.memoryMib[k] >= 64 && slot.memoryMib[k] <= 128);
            }
        }
        QCOMPARE(requests, 2 + 4 + 1);
        // The same seed gives the same requests; another seed others.
        const Load again =
            LoadGenerator::generate(trace, endpointsFor(trace), threeSlots(), {}, {false, true});
        const Load other =
            LoadGenerator::generate(trace, endpointsFor(trace), threeSlots(7), {}, {false, true});
        QCOMPARE(again.timeSlots[1].runtimeMs, load.timeSlots[1].runtimeMs);
        QVERIFY(other.timeSlots[1].runtimeMs != load.timeSlots[1].runtimeMs ||
                other.timeSlots[1].memoryMib != load.timeSlots[1].memoryMib);
        // Without trace functions the lists stay empty (load.json as the seed writes it).
        const Load plain =
            LoadGenerator::generate(trace, endpointsFor(trace), threeSlots(), {}, {false, false});
        for (const LoadSlot& slot : plain.timeSlots)
            QVERIFY(slot.runtimeMs.empty() && slot.memoryMib.empty());
        // The timestamps do not depend on the requests.
        QCOMPARE(plain.timeSlots[1].timestampsUs, load.timeSlots[1].timestampsUs);
    }

    void loadFileRoundTrip()
    {
        const Trace trace = twoFunctions();
        const Load load =
            LoadGenerator::generate(trace, endpointsFor(trace), threeSlots(), {}, {false, true});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, load);
        QVERIFY(readText(path).contains("],\"runtime_ms\":["));
        const Load read = LoadFile::read(path, 60'000'000);
        for (std::size_t s = 0; s < load.timeSlots.size(); ++s) {
            QCOMPARE(read.timeSlots[s].runtimeMs, load.timeSlots[s].runtimeMs);
            QCOMPARE(read.timeSlots[s].memoryMib, load.timeSlots[s].memoryMib);
        }
    }

    void badRequestLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("runtime without memory")
            << QByteArray(R"([{"timestamp":[1],"endpoint":["a"],"runtime_ms":[5]}])")
            << QStringLiteral("load.json:1: [0]: the slot has no \"memory_mib\" list");
        QTest::newRow("wrong length")
            << QByteArray(
                   R"([{"timestamp":[1,2],"endpoint":["a","a"],"runtime_ms":[5],"memory_mib":[1]}])")
            << QStringLiteral(
                   "load.json:1: [0]: \"runtime_ms\" has 1 entries and \"memory_mib\" 1, "
                   "but \"endpoint\" has 2");
        QTest::newRow("below -1")
            << QByteArray(
                   R"([{"timestamp":[1],"endpoint":["a"],"runtime_ms":[-2],"memory_mib":[1]}])")
            << QStringLiteral(
                   "load.json:1: [0].runtime_ms[0]: -2 is not an integer from -1 to 2147483647");
    }

    void badRequestLists()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        writeText(path, json);
        try {
            LoadFile::read(path, 60'000'000);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), dir.path() + u'/' + message);
        }
    }
};

QTEST_GUILESS_MAIN(TestExecuteRequest)
#include "test_execute_request.moc"

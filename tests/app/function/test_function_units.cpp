// traceload-function's parts without the network: the execution time draw, the services
// file, scale-to-zero bookkeeping on synthetic clocks, the deadline timer and the arrivals
// file.
#include "arrival_log.h"
#include "common/input_error.h"
#include "deadline_timer.h"
#include "instance_tracker.h"
#include "service_behaviour.h"
#include "services_file.h"
#include "test_support.h"
#include "work.h"

#include <QTemporaryDir>
#include <QtTest>
#include <condition_variable>
#include <mutex>

using namespace traceload;
using namespace traceload::test;
using namespace std::chrono_literals;

namespace {

// aes-go-10-10's duration percentiles from the bundled profile.json.
const PercentileMap kAesDuration{{0, 0.54},       {1, 0.5488467},  {5, 0.589135},
                                 {25, 0.6593058}, {50, 0.7075057}, {75, 0.7466533},
                                 {95, 0.777062},  {99, 0.789011},  {100, 0.8001722}};

} // namespace

class TestFunctionUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsLieWithinTheGivenPercentiles()
    {
        DrawEngine engine(7);
        const int n = 100000;
        int belowMedian = 0, aboveP99 = 0, belowP1 = 0;
        for (int i = 0; i < n; ++i) {
            const double v = drawFromPercentiles(kAesDuration, engine);
            QVERIFY(v >= 0.54 && v <= 0.8001722);
            belowMedian += v <= 0.7075057;
            aboveP99 += v > 0.789011;
            belowP1 += v < 0.5488467;
        }
        // Buckets are picked with the probability they cover (as invitro's quantile draw):
        // half the draws below the median, about 1% in each outer bucket — not 1/8 each,
        // which picking one of the 8 buckets uniformly would give.
        QVERIFY2(belowMedian > n * 0.48 && belowMedian < n * 0.52,
                 qPrintable(QString::number(belowMedian)));
        QVERIFY2(aboveP99 > n * 0.005 && aboveP99 < n * 0.02,
                 qPrintable(QString::number(aboveP99)));
        QVERIFY2(belowP1 > n * 0.005 && belowP1 < n * 0.02, qPrintable(QString::number(belowP1)));
    }

    void drawsAreReproducibleWithASeed()
    {
        ServiceBehaviour s;
        s.name = "svc";
        s.durationMs = kAesDuration;
        s.memoryMb = {{0, 17}, {50, 23.6}, {100, 25.6}};
        DrawEngine a(42), b(42), c(43);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const ExecutionDraw x = drawExecution(s, a);
            const ExecutionDraw y = drawExecution(s, b);
            const ExecutionDraw z = drawExecution(s, c);
            QCOMPARE(x.execUs, y.execUs);
            QCOMPARE(x.memoryMb, y.memoryMb);
            QVERIFY(x.execUs >= 540 && x.execUs <= 801);
            QVERIFY(x.memoryMb >= 17 && x.memoryMb <= 25.6);
            differs = differs || x.execUs != z.execUs;
        }
        QVERIFY(differs);
    }

    void fixedAndDegenerateDistributions()
    {
        DrawEngine engine(1);
        ServiceBehaviour fixed;
        fixed.fixedDurationMs = 0.5;
        fixed.fixedMemoryMb = 3;
        fixed.durationMs = kAesDuration; // fixed wins
        QCOMPARE(drawExecution(fixed, engine).execUs, 500);
        QCOMPARE(drawExecution(fixed, engine).memoryMb, 3.0);
        QCOMPARE(drawFromPercentiles({}, engine), 0.0);
        QCOMPARE(drawFromPercentiles({{50, 2.5}}, engine), 2.5);
        for (int i = 0; i < 100; ++i) {
            const double v = drawFromPercentiles({{25, 10}, {75, 20}}, engine);
            QVERIFY(v >= 10 && v <= 20);
        }
    }

    void bundledProfileIsAValidServicesFile()
    {
        const auto services = ServicesFile::read(sampleProfile());
        QCOMPARE(int(services.size()), 191);
        for (const ServiceBehaviour& s : services) {
            QVERIFY(!s.fixedDurationMs);
            QCOMPARE(int(s.durationMs.size()), 9);
            QCOMPARE(int(s.memoryMb.size()), 9);
        }
    }

    void fixedServicesParse()
    {
        const auto services = ServicesFile::parse(
            R"({"a": {"duration_ms": 0.5, "memory_mb": 0}, "b": {"duration_ms": 2}})", "s.json");
        QCOMPARE(int(services.size()), 2);
        QCOMPARE(services[0].name, std::string("a"));
        QCOMPARE(*services[0].fixedDurationMs, 0.5);
        QCOMPARE(*services[1].fixedDurationMs, 2.0);
        QVERIFY(!services[1].fixedMemoryMb && services[1].memoryMb.empty());
    }

    void malformedServicesFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\n\"a\": {\n  \"duration_ms\": ,\n}}")
                                  << "s.json:3: not valid JSON";
        QTest::newRow("array") << QByteArray("[1]") << "s.json: must be a JSON object";
        QTest::newRow("entry not object") << QByteArray(R"({"a": 3})") << "s.json: a: must be";
        QTest::newRow("no duration")
            << QByteArray(R"({"a": {"memory_mb": 1}})") << "s.json: a: has neither 'duration'";
        QTest::newRow("string value")
            << QByteArray(R"({"a": {"duration": {"50-percentile": "7"}}})")
            << "s.json: a.duration.50-percentile: must be a number";
        QTest::newRow("negative") << QByteArray(R"({"a": {"duration_ms": -1}})")
                                  << "s.json: a.duration_ms: must be a finite number >= 0";
        QTest::newRow("bad key") << QByteArray(R"({"a": {"duration": {"p50": 1}}})")
                                 << "s.json: a.duration.p50: key must be";
        QTest::newRow("percentile 101")
            << QByteArray(R"({"a": {"duration": {"101-percentile": 1}}})")
            << "s.json: a.duration.101-percentile: key must be";
        QTest::newRow("empty map")
            << QByteArray(R"({"a": {"duration": {}}})") << "s.json: a.duration: has no percentiles";
        QTest::newRow("memory not object")
            << QByteArray(R"({"a": {"duration_ms": 1, "memory": 5}})")
            << "s.json: a.memory: must be an object";
    }

    void malformedServicesFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            ServicesFile::parse(json, QStringLiteral("s.json"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.toString().startsWith(expected), qPrintable(e.toString()));
        }
    }

    void missingServicesFileNamesThePath()
    {
        try {
            ServicesFile::read(QStringLiteral("/nonexistent/services.json"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), QStringLiteral("/nonexistent/services.json"));
        }
    }

    void scaleToZeroOnASyntheticClock()
    {
        using Clock = InstanceTracker::Clock;
        InstanceTracker tracker(50ms, 200ms);
        const Clock::time_point t0 = Clock::now();

        auto a = tracker.arrive(t0);
        QVERIFY(a.cold);
        QCOMPARE(a.instance, 1);
        QCOMPARE(a.wait, std::chrono::microseconds(50000));
        // Arrives while the instance starts: waits for it, is not a cold start of its own.
        auto b = tracker.arrive(t0 + 10ms);
        QVERIFY(!b.cold);
        QCOMPARE(b.instance, 1);
        QCOMPARE(b.wait, std::chrono::microseconds(40000));
        tracker.depart(t0 + 60ms);
        tracker.depart(t0 + 61ms);
        // Idle 100 ms < 200 ms: warm, no wait.
        auto c = tracker.arrive(t0 + 161ms);
        QVERIFY(!c.cold);
        QCOMPARE(c.wait.count(), 0);
        // A call in flight for longer than the idle timeout keeps the instance.
        auto d = tracker.arrive(t0 + 600ms);
        QVERIFY(!d.cold);
        tracker.depart(t0 + 601ms);
        tracker.depart(t0 + 602ms);
        // Idle 300 ms > 200 ms: a new instance.
        auto e = tracker.arrive(t0 + 902ms);
        QVERIFY(e.cold);
        QCOMPARE(e.instance, 2);
    }

    void timerRunsInDeadlineOrderAndDrains()
    {
        DeadlineTimer timer;
        std::mutex m;
        std::condition_variable cv;
        std::vector<int> order;
        std::vector<bool> early;
        const auto now = DeadlineTimer::Clock::now();
        auto add = [&](int id, std::chrono::milliseconds at) {
            timer.schedule(now + at, [&, id](bool e) {
                std::lock_guard lock(m);
                order.push_back(id);
                early.push_back(e);
                cv.notify_all();
            });
        };
        add(3, 30ms);
        add(1, 10ms);
        add(2, 20ms);
        add(4, 1h);
        {
            std::unique_lock lock(m);
            QVERIFY(cv.wait_for(lock, 30s, [&] { return order.size() == 3; }));
        }
        timer.drainBy(DeadlineTimer::Clock::now());
        {
            std::unique_lock lock(m);
            QVERIFY(cv.wait_for(lock, 30s, [&] { return order.size() == 4; }));
        }
        QCOMPARE(order, (std::vector<int>{1, 2, 3, 4}));
        QCOMPARE(early, (std::vector<bool>{false, false, false, true}));
        timer.stop();
        bool ranInline = false;
        timer.schedule(now, [&](bool) { ranInline = true; });
        QVERIFY(ranInline);
    }

    void memoryBudgetCapsTouchedMemory()
    {
        MemoryBudget budget(6);
        TouchedMemory a(budget, 4.4); // 4 MB
        QCOMPARE(a.megabytes(), 4);
        TouchedMemory b(budget, 3); // would exceed 6 MB: none
        QCOMPARE(b.megabytes(), 0);
        TouchedMemory c(budget, 2);
        QCOMPARE(budget.heldMb(), 6);
        a = TouchedMemory();
        QCOMPARE(budget.heldMb(), 2);
    }

    void arrivalsFileHasOneRowPerCall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("arrivals.csv"));
        ArrivalLog log;
        log.record(1700000000000001, "svc-a");
        log.record(1700000000000002, "svc-b");
        log.record(1700000000000003, "svc-a");
        log.record(1700000000000004, "odd,\"name\"");
        QCOMPARE(log.size(), 4);
        log.write(path);
        QCOMPARE(readText(path), QByteArray("arrival_unix_us,service\n"
                                            "1700000000000001,svc-a\n"
                                            "1700000000000002,svc-b\n"
                                            "1700000000000003,svc-a\n"
                                            "1700000000000004,\"odd,\"\"name\"\"\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestFunctionUnits)
#include "test_function_units.moc"

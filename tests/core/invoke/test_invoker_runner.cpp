// InvokerRunner: the Qt face of the invoker publishes snapshots through queued signals
// (a few per second, never one per invocation) and hands over the result at the end.
#include "invoke/invoker_runner.h"
#include "test_loads.h"
#include "test_server.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

class TestInvokerRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesSnapshotsAndResult()
    {
        TestGreeterServer server;
        auto load = std::make_shared<Load>(equidistantLoad(3, 100, 200'000, 150'000, {"fn"}));
        RunOptions o;
        o.transport = testTransport();
        o.warmupSlots = 1;
        o.durationSlots = 2;
        o.connectTo = server.address();
        o.maxLateness = std::chrono::milliseconds(0); // every call, however busy the machine
        InvokerRunner runner;
        runner.setInterval(50);
        QSignalSpy snapshots(&runner, &InvokerRunner::snapshot);
        QSignalSpy finished(&runner, &InvokerRunner::finished);
        QSignalSpy started(&runner, &InvokerRunner::started);
        QElapsedTimer clock;
        clock.start();
        runner.start(load, o);
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const qint64 elapsedMs = clock.elapsed();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<quint64>(), 300u);
        QCOMPARE(started.at(0).at(1).toStringList(), QStringList{server.address()});
        QVERIFY(!runner.isRunning());
        const auto result = finished.at(0).at(0).value<std::shared_ptr<RunResult>>();
        QVERIFY(result);
        QCOMPARE(result->records.size(), 300u);
        // One snapshot per interval at most (about 14 for the 0.65 s run; far fewer than the
        // 300 invocations), plus the final one.
        QVERIFY(snapshots.count() >= 2);
        QVERIFY2(snapshots.count() <= elapsedMs / 50 + 2,
                 qPrintable(QStringLiteral("%1 in %2 ms").arg(snapshots.count()).arg(elapsedMs)));
        const auto last = snapshots.last().at(0).value<LiveSnapshot>();
        QVERIFY(last.finished);
        QCOMPARE(last.issued, 300u);
        QCOMPARE(last.ok + last.errors + last.timeouts, 300u);
    }

    void cancel()
    {
        TestGreeterServer server;
        auto load = std::make_shared<Load>(equidistantLoad(10, 10, 1'000'000, 900'000, {"fn"}));
        RunOptions o;
        o.transport = testTransport();
        o.warmupSlots = 0;
        o.durationSlots = 10;
        o.connectTo = server.address();
        InvokerRunner runner;
        QSignalSpy finished(&runner, &InvokerRunner::finished);
        runner.start(load, o);
        QTRY_VERIFY_WITH_TIMEOUT(server.received() >= 2, 30000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<std::shared_ptr<RunResult>>();
        QVERIFY(result->cancelled);
        QVERIFY(std::any_of(
            result->records.begin(), result->records.end(),
            [](const InvocationRecord& r) { return r.status == InvocationStatus::NotSent; }));
    }

    void badOptionsThrow()
    {
        auto load = std::make_shared<Load>(equidistantLoad(1, 1, 1'000'000, 0, {"fn"}));
        InvokerRunner runner;
        QVERIFY_THROWS_EXCEPTION(InputError, runner.start(load, RunOptions{}));
        QVERIFY(!runner.isRunning());
    }

    // What only building the records finds is reported on the scheduler thread.
    void badLoadFails()
    {
        auto load = std::make_shared<Load>(equidistantLoad(1, 3, 1'000'000, 0, {"fn"}));
        load->timeSlots[0].endpoints.pop_back();
        RunOptions o;
        o.transport = testTransport();
        o.warmupSlots = 0;
        o.durationSlots = 1;
        o.connectTo = QStringLiteral("127.0.0.1:9");
        InvokerRunner runner;
        QSignalSpy failed(&runner, &InvokerRunner::failed);
        QSignalSpy finished(&runner, &InvokerRunner::finished);
        runner.start(load, o);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(failed.at(0).at(0).toString().contains(u"slot 0 has 3 timestamps but 2 endpoints"));
        QVERIFY(failed.at(0).at(1).toBool());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestInvokerRunner)
#include "test_invoker_runner.moc"

// The open-loop invoker against an in-process gRPC server on 127.0.0.1: every scheduled
// invocation ends as exactly one record, with the right state for each kind of endpoint.
// Assertions are on counts and states (and ordering), never on tight timings.
#include "common/input_error.h"
#include "invoke/invoker.h"
#include "report/keep_up.h"
#include "report/run_summary.h"
#include "test_loads.h"
#include "test_server.h"
#include "test_support.h"

#include <QTest>
#include <thread>

using namespace traceload;
using namespace traceload::test;
using namespace std::chrono_literals;

namespace {

RunOptions fastOptions(int warmup, int duration)
{
    RunOptions o;
    o.warmupSlots = warmup;
    o.durationSlots = duration;
    o.grpcTimeout = 10s;
    o.connectWait = 2000ms;
    o.startDelay = 10ms;
    // Exact counts even when a busy machine stalls the scheduler for a second; the tests of
    // --max-lateness set it themselves.
    o.maxLateness = 0ms;
    o.transport = testTransport();
    // One sender: the records go out in schedule order (verifyAccounted checks it).
    o.senderThreads = 1;
    return o;
}

RunOptions optionsFor(const TestGreeterServer& server, int warmup, int duration)
{
    RunOptions o = fastOptions(warmup, duration);
    o.connectTo = server.address();
    return o;
}

std::uint64_t countStatus(const RunResult& r, InvocationStatus s)
{
    return std::uint64_t(std::count_if(r.records.begin(), r.records.end(),
                                       [s](const InvocationRecord& x) { return x.status == s; }));
}

void verifyAccounted(const RunResult& r)
{
    const RunSummary s = RunSummary::compute(r);
    QCOMPARE(s.all.scheduled, std::uint64_t(r.records.size()));
    QCOMPARE(s.all.ok + s.all.error + s.all.timeout + s.all.notSent, s.all.scheduled);
    for (const InvocationRecord& rec : r.records) {
        if (rec.status == InvocationStatus::NotSent) {
            QVERIFY(!rec.isSent());
        } else {
            QVERIFY(rec.isSent());
            QVERIFY(rec.isCompleted());
            QVERIFY(rec.sentUs >= rec.scheduledUs); // never early
        }
    }
    // One scheduler thread sends in schedule order.
    std::int64_t last = -1;
    for (const InvocationRecord& rec : r.records) {
        if (!rec.isSent())
            continue;
        QVERIFY(rec.sentUs >= last);
        last = rec.sentUs;
    }
}

// A port on 127.0.0.1 that nothing listens on any more.
int closedPort()
{
    TestGreeterServer s;
    const int port = s.port();
    s.stop();
    return port;
}

} // namespace

class TestInvoker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordIsCompact() { QVERIFY(sizeof(InvocationRecord) <= 64); }

    void allOk()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(3, 20, 100'000, 80'000, {"fn-a", "fn-b"});
        Invoker invoker(load, optionsFor(server, 1, 2));
        QCOMPARE(invoker.scheduledCount(), 60u);
        const RunResult r = invoker.run();
        // The transport this run of the suite is about really carried the calls.
        QCOMPARE(toString(r.transport), toString(resolveTransport(testTransport())));
        QCOMPARE(r.records.size(), 60u);
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 60u);
        QCOMPARE(server.received(), 60u);
        verifyAccounted(r);
        QVERIFY(!r.cancelled);
        int warmup = 0, cold = 0;
        for (std::size_t i = 0; i < r.records.size(); ++i) {
            const InvocationRecord& rec = r.records[i];
            QCOMPARE(rec.slot, std::uint32_t(i / 20));
            QCOMPARE(rec.endpoint, std::uint32_t(i % 2));
            QCOMPARE(rec.scheduledUs, std::int64_t(rec.slot) * 100'000 + (i % 20) * 4'000);
            QCOMPARE(rec.grpcCode, 0);
            QVERIFY(rec.latencyUs >= 0);
            QCOMPARE(rec.responseUs(), rec.latenessUs() + rec.latencyUs);
            QCOMPARE(r.instances[rec.instance], QStringLiteral("test-1"));
            warmup += rec.phase == InvocationPhase::Warmup;
            cold += rec.cold == 1;
            QVERIFY(rec.cold >= 0);
        }
        QCOMPARE(warmup, 20);
        QCOMPARE(cold, 1); // the server's first call only
        QCOMPARE(r.completionOrder.size(), 60u);
        const LiveSnapshot s = invoker.liveStats().snapshot();
        QVERIFY(s.finished);
        QCOMPARE(s.issued, 60u);
        QCOMPARE(s.completed, 60u);
        QCOMPARE(s.ok, 60u);
        QCOMPARE(s.inFlight, 0u);
        QCOMPARE(s.latencyOverall.count, 60u);
        QCOMPARE(s.latenessOverall.count, 60u);
        QCOMPARE(s.coldStarts, 1u);
        QCOMPARE(s.coldKnown, 60u); // every reply said cold or warm
        const RunSummary summary = RunSummary::compute(r);
        QCOMPARE(summary.measured.scheduled, 40u);
        QCOMPARE(summary.measured.ok, 40u);
        QCOMPARE(summary.targetRate, 200.0); // 40 calls in 2 slots of 0.1 s
        QCOMPARE(summary.latency.count, 40u);
        QCOMPARE(summary.coldStarts, 1u);
    }

    void authorityWithConnectTo()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(1, 4, 50'000, 20'000,
                                          {"fn-a.default.example.com", "http://fn-b.x.y:80"});
        RunOptions o = optionsFor(server, 0, 1);
        const RunResult r = Invoker(load, o).run();
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 4u);
        auto seen = server.authorities();
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen,
                 (std::vector<std::string>{"fn-a.default.example.com", "fn-a.default.example.com",
                                           "fn-b.x.y", "fn-b.x.y"}));
    }

    void dialsEndpointAndPortWithoutConnectTo()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(1, 3, 50'000, 20'000, {"127.0.0.1"});
        RunOptions o = fastOptions(0, 1);
        o.port = server.port();
        const RunResult r = Invoker(load, o).run();
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 3u);
        QCOMPARE(server.authorities().front(),
                 QStringLiteral("127.0.0.1:%1").arg(server.port()).toStdString());
    }

    void nonEmulatorReplyIsIgnored()
    {
        TestGreeterServer server;
        server.setReplyMessage("Hello traceload");
        const Load load = equidistantLoad(1, 5, 50'000, 20'000, {"fn"});
        Invoker invoker(load, optionsFor(server, 0, 1));
        const RunResult r = invoker.run();
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 5u);
        for (const InvocationRecord& rec : r.records) {
            QCOMPARE(rec.cold, std::int8_t(-1));
            QCOMPARE(rec.instance, 0u);
        }
        // Live: cold starts unknown (the Run page says so), not zero.
        const LiveSnapshot s = invoker.liveStats().snapshot();
        QCOMPARE(s.coldKnown, 0u);
        QCOMPARE(s.coldStarts, 0u);
    }

    void errorStatusIsRecorded()
    {
        TestGreeterServer server;
        server.setMode(TestGreeterServer::Mode::Fail, 5 /* NOT_FOUND */);
        const Load load = equidistantLoad(2, 5, 50'000, 20'000, {"fn"});
        const RunResult r = Invoker(load, optionsFor(server, 1, 1)).run();
        QCOMPARE(countStatus(r, InvocationStatus::Error), 10u);
        for (const InvocationRecord& rec : r.records)
            QCOMPARE(rec.grpcCode, 5);
        QCOMPARE(r.firstErrorMessage.at(5), QStringLiteral("test failure"));
        verifyAccounted(r);
    }

    void refusedConnectionsAreErrorsOnSchedule()
    {
        const Load load = equidistantLoad(2, 10, 100'000, 50'000, {"fn"});
        RunOptions o = fastOptions(1, 1);
        o.connectTo = QStringLiteral("127.0.0.1:%1").arg(closedPort());
        Invoker invoker(load, o);
        const RunResult r = invoker.run();
        QCOMPARE(countStatus(r, InvocationStatus::Error), 20u);
        for (const InvocationRecord& rec : r.records)
            QCOMPARE(rec.grpcCode, 14); // UNAVAILABLE
        verifyAccounted(r);
        QCOMPARE(r.connectedChannels, 0);
    }

    void neverAnsweringEndpointTimesOut()
    {
        TestGreeterServer server;
        server.setMode(TestGreeterServer::Mode::NeverAnswer);
        const Load load = equidistantLoad(1, 8, 50'000, 40'000, {"fn"});
        RunOptions o = optionsFor(server, 0, 1);
        o.grpcTimeout = 300ms;
        const RunResult r = Invoker(load, o).run();
        QCOMPARE(countStatus(r, InvocationStatus::Timeout), 8u);
        for (const InvocationRecord& rec : r.records) {
            QCOMPARE(rec.grpcCode, 4);         // DEADLINE_EXCEEDED
            QVERIFY(rec.latencyUs >= 200'000); // the deadline was applied, not earlier
        }
        verifyAccounted(r);
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.measured.timeout, 8u);
        QVERIFY(s.latency.isEmpty());
    }

    void endpointDyingMidRun()
    {
        TestGreeterServer server;
        // Slot 0 at 0..250 ms, slot 1 at 600..850 ms (6 s on under TSan, where stopping the
        // server takes longer than the 350 ms between the slots).
        const Load load = equidistantLoad(2, 10, 600'000 * kSanitizerSlowdown, 250'000, {"fn"});
        Invoker invoker(load, optionsFor(server, 0, 2));
        std::int64_t stoppedAtUs = -1;
        std::thread killer([&] {
            while (invoker.liveStats().snapshot().completed < 10)
                std::this_thread::sleep_for(2ms);
            server.stop();
            stoppedAtUs = std::int64_t(invoker.liveStats().snapshot().elapsedS * 1e6);
        });
        const RunResult r = invoker.run();
        killer.join();
        verifyAccounted(r);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(int(r.records[std::size_t(i)].status), int(InvocationStatus::Ok));
        int afterStop = 0;
        for (const InvocationRecord& rec : r.records) {
            QVERIFY(rec.isSent());
            if (rec.sentUs > stoppedAtUs) {
                ++afterStop;
                QCOMPARE(int(rec.status), int(InvocationStatus::Error));
                QCOMPARE(rec.grpcCode, 14);
            }
        }
        QVERIFY2(afterStop > 0, "the second slot should start after the stop");
    }

    void slowEndpointDoesNotDelaySending()
    {
        TestGreeterServer slow, fast;
        slow.setDelay(1s);
        // Two endpoints (host:port) on two servers: even calls slow, odd fast, over 100 ms.
        Load load = equidistantLoad(1, 20, 200'000, 100'000, {"slow", "fast"});
        RunOptions o = fastOptions(0, 1);
        load.endpoints = {slow.address(), fast.address()};
        const RunResult r = Invoker(load, o).run();
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 20u);
        verifyAccounted(r);
        // Every call was sent before the first slow reply came back: nothing waited.
        std::int64_t lastSent = 0, firstSlowReply = std::numeric_limits<std::int64_t>::max();
        std::int64_t worstLateness = 0;
        for (const InvocationRecord& rec : r.records) {
            lastSent = std::max(lastSent, rec.sentUs);
            worstLateness = std::max(worstLateness, rec.latenessUs());
            if (rec.endpoint == 0)
                firstSlowReply = std::min(firstSlowReply, rec.completedAtUs());
        }
        QVERIFY(lastSent < firstSlowReply);
        QVERIFY2(worstLateness < 500'000, qPrintable(QString::number(worstLateness)));
    }

    void cancelMarksTheRestNotSent()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(2, 10, 1'000'000, 900'000, {"fn"});
        Invoker invoker(load, optionsFor(server, 1, 1));
        CancelToken cancel;
        std::thread canceller([&] {
            while (invoker.liveStats().snapshot().issued < 3)
                std::this_thread::sleep_for(2ms);
            cancel.cancel();
        });
        const RunResult r = invoker.run(&cancel);
        canceller.join();
        QVERIFY(r.cancelled);
        verifyAccounted(r);
        const auto sent = r.records.size() - countStatus(r, InvocationStatus::NotSent);
        QVERIFY(sent >= 3);
        QVERIFY(countStatus(r, InvocationStatus::NotSent) >= 10); // all of slot 1 at least
        QCOMPARE(countStatus(r, InvocationStatus::Ok), sent);
        QCOMPARE(invoker.liveStats().snapshot().notSent, countStatus(r, InvocationStatus::NotSent));
    }

    void cancelCancelsCallsInFlight()
    {
        TestGreeterServer server;
        server.setMode(TestGreeterServer::Mode::NeverAnswer);
        const Load load = equidistantLoad(1, 10, 2'000'000, 1'000'000, {"fn"});
        RunOptions o = optionsFor(server, 0, 1);
        o.grpcTimeout = 60s;
        o.cancelGrace = 100ms;
        Invoker invoker(load, o);
        CancelToken cancel;
        std::thread canceller([&] {
            while (invoker.liveStats().snapshot().issued < 2)
                std::this_thread::sleep_for(2ms);
            cancel.cancel();
        });
        const RunResult r = invoker.run(&cancel);
        canceller.join();
        verifyAccounted(r);
        const auto errors = countStatus(r, InvocationStatus::Error);
        QVERIFY(errors >= 2);
        QCOMPARE(errors + countStatus(r, InvocationStatus::NotSent), 10u);
        for (const InvocationRecord& rec : r.records)
            if (rec.status == InvocationStatus::Error)
                QCOMPARE(rec.grpcCode, 1); // CANCELLED
    }

    void speedupScalesTheSchedule()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(2, 5, 1'000'000, 1'000'000, {"fn"});
        RunOptions o = optionsFor(server, 1, 1);
        o.speedup = 10;
        Invoker invoker(load, o);
        const RunResult r = invoker.run();
        QCOMPARE(r.scheduleEndUs, 200'000);
        for (std::size_t i = 0; i < r.records.size(); ++i)
            QCOMPARE(r.records[i].scheduledUs, std::int64_t(i) * 20'000);
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 10u);
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.measuredWindowS, 0.1);
        QCOMPARE(s.targetRate, 50.0);
    }

    void callsLaterThanMaxLatenessAreNotSent()
    {
        TestGreeterServer server;
        // 30 calls, one every 100 ms; the run starts 2 s behind its schedule, so the calls
        // scheduled in the first second are more than 1 s late before the first send.
        const Load load = equidistantLoad(3, 10, 1'000'000, 1'000'000, {"fn"});
        RunOptions o = optionsFor(server, 1, 2);
        o.startDelay = -2000ms;
        o.maxLateness = 1000ms;
        Invoker invoker(load, o);
        const RunResult r = invoker.run();
        verifyAccounted(r);
        std::uint64_t late = 0;
        for (const InvocationRecord& rec : r.records) {
            if (rec.status != InvocationStatus::NotSent)
                continue;
            QCOMPARE(int(rec.notSentReason()), int(NotSentReason::Late));
            ++late;
        }
        for (std::size_t i = 0; i < 10; ++i)
            QCOMPARE(int(r.records[i].status), int(InvocationStatus::NotSent));
        QVERIFY(late >= 10);
        QCOMPARE(countStatus(r, InvocationStatus::Ok) + late, 30u);
        QCOMPARE(server.received(), 30u - late);
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.all.notSent, late);
        QCOMPARE(s.all.notSentLate, late);
        QCOMPARE(s.measured.notSentLate, late - 10);
        const LiveSnapshot snap = invoker.liveStats().snapshot();
        QCOMPARE(snap.late, late);
        QCOMPARE(snap.notSent, late);
        QCOMPARE(keepUpWarning(s).value_or(QString()),
                 QStringLiteral("the invoker could not keep up: %1 calls dropped, %2 sent more "
                                "than 5 ms late; the machine reached %3 calls/s")
                     .arg(late)
                     .arg(s.sentVeryLate)
                     .arg(s.peakIssueRate));
    }

    // RunOptions::sendSlack: 30 calls 5 ms apart with 12 ms of slack go out in 10 groups of
    // 3 (a group's first call waits out its slack; the calls due by then go with it). No call
    // goes early and the first waits its slack; a busy machine's stalls may split a group or
    // two, so up to 15 send instants are allowed (without slack there would be 30).
    void sendSlackGroupsCalls()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(1, 30, 1'000'000, 150'000, {"fn"});
        RunOptions o = optionsFor(server, 0, 1);
        o.sendSlack = 12ms;
        const RunResult r = Invoker(load, o).run();
        verifyAccounted(r);
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 30u);
        QVERIFY(r.records[0].latenessUs() >= 12'000);
        int groups = 0;
        std::int64_t previousUs = -1'000'000;
        for (const InvocationRecord& rec : r.records) {
            QVERIFY(rec.latenessUs() >= 0);
            groups += rec.sentUs - previousUs > 2'500 ? 1 : 0;
            previousUs = rec.sentUs;
        }
        QVERIFY2(groups <= 15, qPrintable(QString::number(groups)));
    }

    void withoutMaxLatenessEveryCallIsSent()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(1, 10, 1'000'000, 500'000, {"fn"});
        RunOptions o = optionsFor(server, 0, 1);
        o.startDelay = -2000ms;
        o.maxLateness = 0ms;
        const RunResult r = Invoker(load, o).run();
        QCOMPARE(countStatus(r, InvocationStatus::Ok), 10u);
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.sentVeryLate, 10u); // all of them at least 1.5 s late
        QCOMPARE(s.peakIssueRate, 10u);
        QVERIFY(keepUpWarning(s).has_value());
    }

    // Two slots that each start with 200,000 calls in 10 ms, with 20 ms of lateness allowed:
    // keeping up would take 200,000 calls in 30 ms, millions a second, far above what any
    // invoker sends on a CI machine (the lean transport issues about 200,000 a second on this
    // project's two idle cores, so a sustained 200,000/s is not enough). The calls it cannot
    // send within maxLateness are dropped as late, and the run's memory stays bounded.
    void farAboveCapacityStaysBounded()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(2, 200'000, 1'000'000, 10'000, {"fn-a", "fn-b"});
        RunOptions o = optionsFor(server, 0, 2);
        o.maxLateness = 20ms;
        // The in-process server falls behind; what it never answers need not take 10 s.
        o.grpcTimeout = 2s;
        Invoker invoker(load, o);
        const RunResult r = invoker.run();
        verifyAccounted(r);
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.all.scheduled, 400'000u);
        QVERIFY(s.all.notSentLate > 0);
        QCOMPARE(s.all.notSent, s.all.notSentLate);
        // The overloaded in-process server may fail some calls before it counts them; it
        // never sees one that was not sent.
        QVERIFY(server.received() <= s.all.scheduled - s.all.notSent);
        QCOMPARE(invoker.liveStats().snapshot().late, s.all.notSentLate);
        QVERIFY(keepUpWarning(s).has_value());
        // The invoker's memory is checked by test_invoke_cli's farAboveCapacityDropsLateCalls-
        // AndWarns, where it is a process of its own: here the overloaded server shares the
        // process, and the lean transport gets so many calls to it (most of them fail or
        // time out there) that the server's memory would be all this measured.
    }

    void tooFewSlotsIsAnInputError()
    {
        const Load load = equidistantLoad(5, 1, 1'000'000, 0, {"fn"});
        try {
            Invoker invoker(load, fastOptions(2, 8));
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QVERIFY2(e.message().contains(QLatin1String("-warmup 2")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("-duration 8")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("has 5 slots")), qPrintable(e.message()));
        }
    }

    void emptyLoadRuns()
    {
        const Load load = equidistantLoad(2, 0, 10'000, 0, {"fn"});
        const RunResult r = Invoker(load, fastOptions(1, 1)).run();
        QCOMPARE(r.records.size(), 0u);
        QVERIFY(!r.cancelled);
    }
};

QTEST_GUILESS_MAIN(TestInvoker)
#include "test_invoker.moc"

// The lean HTTP/2 transport's own behaviour against scripted HTTP/2 servers: every case runs
// on both transports and must give the same records, so gRPC's stack is the reference.
#include "invoke/invoker.h"
#include "raw_h2_server.h"
#include "report/run_summary.h"
#include "test_loads.h"
#include "test_server.h"

#include <QTest>

using namespace traceload;
using namespace traceload::test;
using namespace std::chrono_literals;
using Script = RawH2Server::Script;

namespace {

RunOptions optionsFor(const QString& address, Transport transport)
{
    RunOptions o;
    o.warmupSlots = 0;
    o.durationSlots = 1;
    o.grpcTimeout = 10s;
    o.startDelay = 10ms;
    o.maxLateness = 0ms;
    o.connectTo = address;
    o.transport = transport;
    o.channelsPerTarget = 1;
    o.senderThreads = 1;
    return o;
}

// `n` calls 20 ms apart to endpoint "fn.default.example.com".
RunResult runAgainst(const RawH2Server& server, Transport transport, int n,
                     std::chrono::milliseconds timeout = 10s, std::int64_t spacingUs = 20'000)
{
    const Load load =
        equidistantLoad(1, n, spacingUs * n + 100'000, spacingUs * n, {"fn.default.example.com"});
    RunOptions o = optionsFor(server.address(), transport);
    o.grpcTimeout = timeout;
    RunResult r = Invoker(load, o).run();
    if (r.transport != transport)
        qFatal("the run used another transport");
    return r;
}

void verifyAllEndAs(const RunResult& r, InvocationStatus status, int code)
{
    const RunSummary s = RunSummary::compute(r);
    QCOMPARE(s.all.ok + s.all.error + s.all.timeout + s.all.notSent, s.all.scheduled);
    for (const InvocationRecord& rec : r.records) {
        QCOMPARE(int(rec.status), int(status));
        QCOMPARE(int(rec.grpcCode), code);
        QVERIFY(rec.isSent() && rec.isCompleted());
    }
}

void addTransports()
{
    QTest::addColumn<Transport>("transport");
    QTest::newRow("h2") << Transport::H2;
    QTest::newRow("grpc") << Transport::Grpc;
}

} // namespace

Q_DECLARE_METATYPE(traceload::Transport)

class TestH2Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyWithTrailers_data() { addTransports(); }
    void replyWithTrailers()
    {
        QFETCH(Transport, transport);
        Script script;
        script.replyText = "Hello traceload";
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 4);
        verifyAllEndAs(r, InvocationStatus::Ok, 0);
        for (const InvocationRecord& rec : r.records)
            QCOMPARE(rec.cold, std::int8_t(-1)); // not the emulator's JSON
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 4u);
        for (const auto& q : requests) {
            QCOMPARE(q.headers.at(":method"), std::string("POST"));
            QCOMPARE(q.headers.at(":scheme"), std::string("http"));
            QCOMPARE(q.headers.at(":path"), std::string("/helloworld.Greeter/SayHello"));
            QCOMPARE(q.headers.at(":authority"), std::string("fn.default.example.com"));
            QCOMPARE(q.headers.at("te"), std::string("trailers"));
            QCOMPARE(q.headers.at("content-type"), std::string("application/grpc"));
            QVERIFY(q.headers.count("grpc-timeout"));
            QCOMPARE(q.bodyBytes, std::size_t(5 + 11)); // prefix + HelloRequest{"traceload"}
        }
    }

    void emulatorReplyIsParsed_data() { addTransports(); }
    void emulatorReplyIsParsed()
    {
        QFETCH(Transport, transport);
        Script script;
        script.replyText = R"({"service":"s","exec_us":3,"instance":"s-7","cold":true})";
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 3);
        verifyAllEndAs(r, InvocationStatus::Ok, 0);
        for (const InvocationRecord& rec : r.records) {
            QCOMPARE(rec.cold, std::int8_t(1));
            QCOMPARE(r.instances[rec.instance], QStringLiteral("s-7"));
        }
    }

    void trailersOnlyStatus_data() { addTransports(); }
    void trailersOnlyStatus()
    {
        QFETCH(Transport, transport);
        Script script;
        script.answer = Script::Answer::Status;
        script.grpcStatus = 9; // FAILED_PRECONDITION
        script.message = "not ready: 100% busy, \xc3\xbc";
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 3);
        verifyAllEndAs(r, InvocationStatus::Error, 9);
        QCOMPARE(r.firstErrorMessage.at(9), QStringLiteral("not ready: 100% busy, \u00fc"));
    }

    void httpStatusWithoutGrpc_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("code");
        for (const auto& [name, t] : {std::pair{"h2", Transport::H2}, {"grpc", Transport::Grpc}}) {
            QTest::addRow("%s 503", name) << t << 503 << 14; // UNAVAILABLE
            QTest::addRow("%s 404", name) << t << 404 << 12; // UNIMPLEMENTED
            QTest::addRow("%s 401", name) << t << 401 << 16; // UNAUTHENTICATED
            QTest::addRow("%s 500", name) << t << 500 << 2;  // UNKNOWN
        }
    }
    void httpStatusWithoutGrpc()
    {
        QFETCH(Transport, transport);
        QFETCH(int, httpStatus);
        QFETCH(int, code);
        Script script;
        script.answer = Script::Answer::HttpStatus;
        script.httpStatus = httpStatus;
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 2);
        verifyAllEndAs(r, InvocationStatus::Error, code);
    }

    void deadlineExceededResetsTheStream_data() { addTransports(); }
    void deadlineExceededResetsTheStream()
    {
        QFETCH(Transport, transport);
        Script script;
        script.answer = Script::Answer::Nothing;
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 3, 200ms);
        verifyAllEndAs(r, InvocationStatus::Timeout, 4);
        for (const InvocationRecord& rec : r.records)
            QVERIFY(rec.latencyUs >= 150'000);
        QTRY_COMPARE(server.resetsReceived(), 3);
    }

    void goAwayMovesToANewConnection_data() { addTransports(); }
    void goAwayMovesToANewConnection()
    {
        QFETCH(Transport, transport);
        Script script;
        script.goAwayAfter = 3;
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 8, 10s, 40'000);
        if (transport == Transport::H2) {
            // After the GOAWAY the next call opens a new connection: nothing is lost.
            verifyAllEndAs(r, InvocationStatus::Ok, 0);
            QCOMPARE(server.requests().size(), 8u);
            QCOMPARE(server.connections(), 3); // 3 calls each on the first two
            return;
        }
        // gRPC 1.51's stack, the reference, may fail one call at the switch (UNAVAILABLE).
        std::uint64_t ok = 0;
        for (const InvocationRecord& rec : r.records) {
            ok += rec.status == InvocationStatus::Ok;
            if (rec.status != InvocationStatus::Ok)
                QCOMPARE(int(rec.grpcCode), 14);
        }
        QVERIFY(ok >= 6);
        QCOMPARE(server.requests().size(), ok);
    }

    void maxConcurrentStreamsIsHonoured_data() { addTransports(); }
    void maxConcurrentStreamsIsHonoured()
    {
        QFETCH(Transport, transport);
        Script script;
        script.maxConcurrentStreams = 2;
        script.delay = 30ms;
        RawH2Server server(script);
        // Ten calls at the same instant on one connection.
        const Load load = equidistantLoad(1, 10, 100'000, 0, {"fn"});
        const RunResult r = Invoker(load, optionsFor(server.address(), transport)).run();
        verifyAllEndAs(r, InvocationStatus::Ok, 0);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.maxConcurrentStreamsSeen(), 2);
    }

    // The lean transport does not queue without bound: with the server's one stream taken by
    // a call it never answers, the calls after it wait for a stream up to maxLateness and are
    // then late (not sent), where gRPC's stack would hold them in its own buffers.
    void callsWaitingForAStreamBecomeLate()
    {
        Script script;
        script.answer = Script::Answer::Nothing;
        script.maxConcurrentStreams = 1;
        RawH2Server server(script);
        // Five calls at the same instant; the first takes the only stream until its deadline.
        const Load load = equidistantLoad(1, 5, 1'000'000, 0, {"fn"});
        RunOptions o = optionsFor(server.address(), Transport::H2);
        o.grpcTimeout = 500ms;
        o.maxLateness = 50ms;
        Invoker invoker(load, o);
        const RunResult r = invoker.run();
        QCOMPARE(int(r.records[0].status), int(InvocationStatus::Timeout));
        for (std::size_t i = 1; i < 5; ++i) {
            QCOMPARE(int(r.records[i].status), int(InvocationStatus::NotSent));
            QVERIFY(!r.records[i].isSent());
        }
        const RunSummary s = RunSummary::compute(r);
        QCOMPARE(s.all.notSentLate, 4u);
        QCOMPARE(invoker.liveStats().snapshot().late, 4u);
        QCOMPARE(server.requests().size(), 1u);
        QCOMPARE(server.maxConcurrentStreamsSeen(), 1);
    }

    void refusedConnection_data() { addTransports(); }
    void refusedConnection()
    {
        QFETCH(Transport, transport);
        int port = 0;
        {
            TestGreeterServer s;
            port = s.port();
        }
        const Load load = equidistantLoad(1, 5, 100'000, 50'000, {"fn"});
        const RunResult r =
            Invoker(load, optionsFor(QStringLiteral("127.0.0.1:%1").arg(port), transport)).run();
        verifyAllEndAs(r, InvocationStatus::Error, 14);
        QCOMPARE(r.connectedChannels, 0);
        if (transport == Transport::H2)
            QCOMPARE(
                r.firstErrorMessage.at(14),
                QStringLiteral("failed to connect to 127.0.0.1:%1: Connection refused").arg(port));
    }

    // A handshake that takes longer than a LAN's (here 300 ms, as to a distant cluster) is
    // waited for: gRPC's GRPC_ARG_MIN_RECONNECT_BACKOFF_MS is its minimum *connect timeout*,
    // and at 100 ms it cut such handshakes off, so the calls failed UNAVAILABLE.
    void slowHandshakeIsWaitedFor_data() { addTransports(); }
    void slowHandshakeIsWaitedFor()
    {
        QFETCH(Transport, transport);
        Script script;
        script.handshakeDelay = 300ms;
        RawH2Server server(script);
        const RunResult r = runAgainst(server, transport, 4);
        verifyAllEndAs(r, InvocationStatus::Ok, 0);
        QCOMPARE(server.requests().size(), 4u);
        QCOMPARE(server.connections(), 1);
    }

    // Two sender threads, each with its own connection: every call is sent exactly once.
    void twoSenderThreadsShareTheCalls()
    {
        TestGreeterServer server;
        const Load load = equidistantLoad(2, 200, 100'000, 90'000, {"fn-a", "fn-b", "fn-c"});
        RunOptions o = optionsFor(server.address(), Transport::H2);
        o.durationSlots = 2;
        o.senderThreads = 2;
        Invoker invoker(load, o);
        QCOMPARE(invoker.dialTargets().size(), 1u);
        const RunResult r = invoker.run();
        QCOMPARE(r.senderThreads, 2);
        QCOMPARE(r.channelCount, 2);
        verifyAllEndAs(r, InvocationStatus::Ok, 0);
        QCOMPARE(server.received(), 400u);
        QCOMPARE(r.completionOrder.size(), 400u);
        const LiveSnapshot s = invoker.liveStats().snapshot();
        QCOMPARE(s.issued, 400u);
        QCOMPARE(s.ok, 400u);
        QCOMPARE(s.latenessOverall.count, 400u);
    }
};

QTEST_GUILESS_MAIN(TestH2Transport)
#include "test_h2_transport.moc"

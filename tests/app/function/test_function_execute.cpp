// The emulator's faas.Executor/Execute (the invitro trace function's call): it runs for the
// requested time whatever its service's profile says, reports that time and the requested
// memory, and shares services, instances and cold starts with SayHello. Times are asserted
// only as generous bounds.
#include "faas.grpc.pb.h"
#include "function_server.h"
#include "greeter_client.h"
#include "invoke/invoker.h"
#include "load/load.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace traceload;
using namespace traceload::test;
using namespace std::chrono_literals;

namespace {

struct ExecuteResult
{
    grpc::StatusCode code = grpc::StatusCode::UNKNOWN;
    faas::FaasReply reply;
    QJsonObject message;
    qint64 elapsedMs = 0;
};

ExecuteResult execute(int port, const std::string& authority, std::uint32_t runtimeMs,
                      std::uint32_t memoryMib)
{
    auto stub = faas::Executor::NewStub(localChannel(port));
    grpc::ClientContext context;
    context.set_authority(authority);
    context.set_deadline(std::chrono::system_clock::now() + 30s);
    faas::FaasRequest request;
    request.set_runtimeinmillisec(runtimeMs);
    request.set_memoryinmebibytes(memoryMib);
    ExecuteResult r;
    QElapsedTimer timer;
    timer.start();
    r.code = stub->Execute(&context, request, &r.reply).error_code();
    r.elapsedMs = timer.elapsed();
    r.message = QJsonDocument::fromJson(QByteArray::fromStdString(r.reply.message())).object();
    return r;
}

FunctionServerOptions traceFunctionService(bool spin)
{
    ServiceBehaviour s;
    s.name = "trace-fn-1";
    s.fixedDurationMs = 5000; // the profile says 5 s; Execute asks for less
    FunctionServerOptions o;
    o.services = {s};
    o.threads = 2;
    o.work = spin ? WorkKind::Spin : WorkKind::Sleep;
    return o;
}

} // namespace

class TestFunctionExecute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheRequestedTime_data()
    {
        QTest::addColumn<bool>("spin");
        QTest::newRow("sleep") << false;
        QTest::newRow("spin") << true;
    }

    void runsTheRequestedTime()
    {
        QFETCH(bool, spin);
        FunctionServer server(traceFunctionService(spin));
        server.start();
        const ExecuteResult r = execute(server.port(), "trace-fn-1:80", 150, 64);
        QCOMPARE(r.code, grpc::StatusCode::OK);
        QVERIFY2(r.reply.durationinmicrosec() >= 150'000,
                 qPrintable(QString::number(r.reply.durationinmicrosec())));
        QVERIFY2(r.reply.durationinmicrosec() < 2'000'000,
                 qPrintable(QString::number(r.reply.durationinmicrosec())));
        QVERIFY(r.elapsedMs >= 150);
        QCOMPARE(r.reply.memoryusageinkb(), 64u * 1024u);
        QCOMPARE(r.message.value(u"service").toString(), QStringLiteral("trace-fn-1"));
        QCOMPARE(r.message.value(u"exec_us").toInteger(), qint64(r.reply.durationinmicrosec()));
        QCOMPARE(r.message.value(u"cold").toBool(false), true);
        QCOMPARE(server.callCount(), qint64(1));
        server.shutdown();
    }

    void zeroRuntimeAnswersAtOnce()
    {
        FunctionServer server(traceFunctionService(false));
        server.start();
        const ExecuteResult r = execute(server.port(), "trace-fn-1", 0, 0);
        QCOMPARE(r.code, grpc::StatusCode::OK);
        QVERIFY(r.reply.durationinmicrosec() < 2'000'000);
        QCOMPARE(r.reply.memoryusageinkb(), 0u);
    }

    void sharesInstancesWithSayHello()
    {
        FunctionServer server(traceFunctionService(false));
        server.start();
        QCOMPARE(execute(server.port(), "trace-fn-1", 1, 1).message.value(u"cold").toBool(false),
                 true);
        // The instance the Execute call started is warm for the next call of either kind.
        const ExecuteResult second = execute(server.port(), "trace-fn-1", 1, 1);
        QCOMPARE(second.message.value(u"cold").toBool(true), false);
        QCOMPARE(second.message.value(u"instance").toString(), QStringLiteral("trace-fn-1-1"));
    }

    // The invoker sends Execute with the load's requests to trace-function calls and
    // SayHello to the others, on the same channels; the emulator runs what was asked.
    void invokerSendsExecuteWithTheRequest()
    {
        ServiceBehaviour proxy;
        proxy.name = "proxy-a";
        proxy.fixedDurationMs = 0;
        FunctionServerOptions o = traceFunctionService(false);
        o.services.push_back(proxy);
        FunctionServer server(o);
        server.start();

        Load load;
        load.slotLengthUs = 1'000'000;
        load.endpoints = {QStringLiteral("proxy-a"), QStringLiteral("trace-fn-1")};
        LoadSlot slot;
        slot.timestampsUs = {0, 1000, 2000};
        slot.endpoints = {0, 1, 1};
        slot.runtimeMs = {-1, 300, 0};
        slot.memoryMib = {-1, 8, 0};
        load.timeSlots.push_back(slot);
        RunOptions options;
        options.warmupSlots = 0;
        options.durationSlots = 1;
        options.connectTo = server.address();
        options.startDelay = 10ms;
        const RunResult r = Invoker(load, options).run();

        QCOMPARE(r.records.size(), std::size_t(3));
        for (const InvocationRecord& rec : r.records)
            QVERIFY(rec.status == InvocationStatus::Ok);
        QCOMPARE(server.callCount(), qint64(3));
        // Only the 300 ms request takes that long (a SayHello to the trace function's
        // service would have run its profile's 5 s).
        QVERIFY2(r.records[1].latencyUs >= 300'000,
                 qPrintable(QString::number(r.records[1].latencyUs)));
        QVERIFY2(r.records[1].latencyUs < 4'000'000,
                 qPrintable(QString::number(r.records[1].latencyUs)));
        QVERIFY2(r.records[2].latencyUs < 4'000'000,
                 qPrintable(QString::number(r.records[2].latencyUs)));
        QVERIFY2(r.records[0].latencyUs < 4'000'000,
                 qPrintable(QString::number(r.records[0].latencyUs)));
        // The emulator's reply came back through FaasReply.message: instances are known.
        QCOMPARE(r.instances.at(r.records[1].instance), QStringLiteral("trace-fn-1-1"));
        QCOMPARE(r.instances.at(r.records[0].instance), QStringLiteral("proxy-a-1"));
        server.shutdown();
    }

    void unknownServiceIsNotFound()
    {
        FunctionServer server(traceFunctionService(false));
        server.start();
        QCOMPARE(execute(server.port(), "nosuch", 1, 1).code, grpc::StatusCode::NOT_FOUND);
    }
};

QTEST_GUILESS_MAIN(TestFunctionExecute)
#include "test_function_execute.moc"

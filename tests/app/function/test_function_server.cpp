// The emulator in-process on 127.0.0.1 port 0, called by a real gRPC client. Asserts
// statuses, reply fields, flags and counts; times only as generous bounds.
#include "common/input_error.h"
#include "function_server.h"
#include "greeter_client.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace traceload;
using namespace traceload::test;
using namespace std::chrono_literals;

namespace {

ServiceBehaviour fixedService(const std::string& name, double ms, double mb = 0)
{
    ServiceBehaviour s;
    s.name = name;
    s.fixedDurationMs = ms;
    s.fixedMemoryMb = mb;
    return s;
}

FunctionServerOptions optionsWith(std::vector<ServiceBehaviour> services)
{
    FunctionServerOptions o;
    o.services = std::move(services);
    o.threads = 2;
    return o;
}

// Sends n calls at once on one channel and waits for all of them.
struct ConcurrentResult
{
    int done = 0;
    int ok = 0;
    std::vector<std::string> messages;
};

ConcurrentResult callConcurrently(int port, const std::string& authority, int n)
{
    auto stub = helloworld::Greeter::NewStub(localChannel(port));
    struct Pending
    {
        grpc::ClientContext context;
        helloworld::HelloRequest request;
        helloworld::HelloReply reply;
    };
    std::vector<std::unique_ptr<Pending>> calls(static_cast<std::size_t>(n));
    std::mutex m;
    std::condition_variable cv;
    ConcurrentResult r;
    for (auto& call : calls) {
        call = std::make_unique<Pending>();
        call->context.set_authority(authority);
        call->context.set_deadline(std::chrono::system_clock::now() + 60s);
        call->request.set_name("traceload");
        stub->async()->SayHello(&call->context, &call->request, &call->reply,
                                [&](grpc::Status status) {
                                    std::lock_guard lock(m);
                                    ++r.done;
                                    r.ok += status.ok();
                                    cv.notify_all();
                                });
    }
    // Every call has a 60 s deadline, so this wait ends.
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return r.done == n; });
    for (const auto& call : calls)
        r.messages.push_back(call->reply.message());
    return r;
}

} // namespace

class TestFunctionServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyNamesServiceTimeAndInstance_data()
    {
        QTest::addColumn<bool>("spin");
        QTest::newRow("sleep") << false;
        QTest::newRow("spin") << true;
    }

    void replyNamesServiceTimeAndInstance()
    {
        QFETCH(bool, spin);
        FunctionServerOptions o = optionsWith({fixedService("fast", 0), fixedService("slow", 20)});
        o.work = spin ? WorkKind::Spin : WorkKind::Sleep;
        FunctionServer server(o);
        server.start();
        QVERIFY(server.port() > 0);
        QCOMPARE(server.address(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
        auto channel = localChannel(server.port());

        const GreeterResult slow = sayHello(channel, "slow:80");
        QCOMPARE(slow.code, grpc::StatusCode::OK);
        QCOMPARE(slow.reply.value(u"service").toString(), QStringLiteral("slow"));
        QVERIFY2(slow.reply.value(u"exec_us").toInteger() >= 20000, slow.message.constData());
        QCOMPARE(slow.reply.value(u"instance").toString(), QStringLiteral("slow-1"));
        QCOMPARE(slow.reply.value(u"cold").toBool(true), true);
        QCOMPARE(slow.reply.keys(), (QStringList{"cold", "exec_us", "instance", "service"}));
        QVERIFY(slow.message.startsWith("{\"service\":\"slow\",\"exec_us\":"));

        const GreeterResult fast = sayHello(channel, "fast");
        QCOMPARE(fast.code, grpc::StatusCode::OK);
        QCOMPARE(fast.reply.value(u"service").toString(), QStringLiteral("fast"));
        QVERIFY(fast.reply.value(u"exec_us").toInteger() >= 0);
        QCOMPARE(fast.reply.value(u"instance").toString(), QStringLiteral("fast-1"));
        server.shutdown();
    }

    void unknownAuthorityIsNotFound()
    {
        FunctionServer server(optionsWith({fixedService("known", 0)}));
        server.start();
        const GreeterResult r = sayHello(localChannel(server.port()), "nosuch:80");
        QCOMPARE(r.code, grpc::StatusCode::NOT_FOUND);
        QVERIFY2(r.error.contains(u"'nosuch'"), qPrintable(r.error));
    }

    void defaultServiceServesUnknownAuthorities()
    {
        FunctionServerOptions o = optionsWith({fixedService("known", 0), fixedService("dflt", 1)});
        o.defaultService = QStringLiteral("dflt");
        FunctionServer server(o);
        server.start();
        auto channel = localChannel(server.port());
        const GreeterResult r = sayHello(channel, "nosuch");
        QCOMPARE(r.code, grpc::StatusCode::OK);
        QCOMPARE(r.reply.value(u"service").toString(), QStringLiteral("dflt"));
        // Without an authority override the channel sends 127.0.0.1:port.
        QCOMPARE(sayHello(channel, {}).reply.value(u"service").toString(), QStringLiteral("dflt"));
        QCOMPARE(sayHello(channel, "known").reply.value(u"service").toString(),
                 QStringLiteral("known"));
    }

    void defaultServiceWithoutServicesFile()
    {
        FunctionServerOptions o;
        o.defaultService = QStringLiteral("any");
        FunctionServer server(o);
        server.start();
        const GreeterResult r = sayHello(localChannel(server.port()), "whatever");
        QCOMPARE(r.code, grpc::StatusCode::OK);
        QCOMPARE(r.reply.value(u"service").toString(), QStringLiteral("any"));
    }

    void unknownDefaultServiceIsRejected()
    {
        FunctionServerOptions o = optionsWith({fixedService("known", 0)});
        o.defaultService = QStringLiteral("typo");
        FunctionServer server(o);
        QVERIFY_THROWS_EXCEPTION(InputError, server.start());
    }

    void secondCallIsWarm()
    {
        FunctionServerOptions o = optionsWith({fixedService("svc", 1)});
        o.coldStartMs = 50;
        o.idleTimeoutS = 600;
        FunctionServer server(o);
        server.start();
        auto channel = localChannel(server.port());
        const GreeterResult first = sayHello(channel, "svc");
        const GreeterResult second = sayHello(channel, "svc");
        QCOMPARE(first.code, grpc::StatusCode::OK);
        QCOMPARE(first.reply.value(u"cold").toBool(false), true);
        QCOMPARE(second.reply.value(u"cold").toBool(true), false);
        QCOMPARE(second.reply.value(u"instance").toString(), QStringLiteral("svc-1"));
    }

    void idleServiceStartsColdAgain()
    {
        FunctionServerOptions o = optionsWith({fixedService("svc", 1)});
        o.coldStartMs = 50;
        o.idleTimeoutS = 0.2;
        FunctionServer server(o);
        server.start();
        auto channel = localChannel(server.port());
        const GreeterResult first = sayHello(channel, "svc");
        std::this_thread::sleep_for(500ms); // idle > 0.2 s whatever the machine's load
        const GreeterResult again = sayHello(channel, "svc");
        QCOMPARE(first.reply.value(u"cold").toBool(false), true);
        QCOMPARE(again.reply.value(u"cold").toBool(false), true);
        QCOMPARE(again.reply.value(u"instance").toString(), QStringLiteral("svc-2"));
    }

    void touchMemoryStillAnswers()
    {
        FunctionServerOptions o = optionsWith({fixedService("mem", 5, 8)});
        o.touchMemory = true;
        FunctionServer server(o);
        server.start();
        const GreeterResult r = sayHello(localChannel(server.port()), "mem");
        QCOMPARE(r.code, grpc::StatusCode::OK);
        QVERIFY(r.reply.value(u"exec_us").toInteger() >= 5000);
    }

    // 1,000 calls of 100 ms each in flight at once: the timer thread serves them all, so
    // they take about 100 ms together instead of 100 s one after the other.
    void thousandConcurrentSleepingCalls()
    {
        QTemporaryDir dir;
        FunctionServerOptions o = optionsWith({fixedService("svc", 100)});
        o.arrivalsPath = dir.filePath(QStringLiteral("arrivals.csv"));
        FunctionServer server(o);
        server.start();
        constexpr int n = 1000;
        QElapsedTimer elapsed;
        elapsed.start();
        const ConcurrentResult r = callConcurrently(server.port(), "svc", n);
        QCOMPARE(r.done, n);
        QCOMPARE(r.ok, n);
        QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
        int cold = 0;
        for (const std::string& message : r.messages)
            cold += message.find("\"cold\":true") != std::string::npos;
        QCOMPARE(cold, 1);

        QCOMPARE(server.arrivalCount(), n);
        server.shutdown();
        const QList<QByteArray> lines = readText(o.arrivalsPath).split('\n');
        QCOMPARE(lines.size(), n + 2); // header, n rows, empty after the last newline
        QCOMPARE(lines.first(), QByteArray("arrival_unix_us,service"));
        QVERIFY(lines[1].endsWith(",svc"));
    }

    // More spinning calls than workers: they queue on the pool and all complete, each
    // having spun for its full time.
    void spinningCallsQueueOnTheWorkers()
    {
        FunctionServerOptions o = optionsWith({fixedService("busy", 10)});
        o.work = WorkKind::Spin;
        o.threads = 2;
        FunctionServer server(o);
        server.start();
        QCOMPARE(server.workerCount(), 2);
        const ConcurrentResult r = callConcurrently(server.port(), "busy", 40);
        QCOMPARE(r.ok, 40);
        for (const std::string& message : r.messages) {
            const QJsonObject reply =
                QJsonDocument::fromJson(QByteArray::fromStdString(message)).object();
            QVERIFY2(reply.value(u"exec_us").toInteger() >= 10000, message.c_str());
        }
    }

    // A shutdown lets the calls in flight finish within the grace period.
    void shutdownLetsCallsInFlightFinish()
    {
        FunctionServer server(optionsWith({fixedService("short", 300)}));
        server.start();
        auto channel = localChannel(server.port());
        auto stub = helloworld::Greeter::NewStub(channel);
        grpc::ClientContext context;
        context.set_authority("short");
        helloworld::HelloRequest request;
        helloworld::HelloReply reply;
        std::mutex m;
        std::condition_variable cv;
        std::optional<grpc::StatusCode> code;
        stub->async()->SayHello(&context, &request, &reply, [&](grpc::Status status) {
            std::lock_guard lock(m);
            code = status.error_code();
            cv.notify_all();
        });
        for (int i = 0; i < 3000 && server.callCount() == 0; ++i)
            std::this_thread::sleep_for(10ms);
        server.shutdown(60s);
        std::unique_lock lock(m);
        QVERIFY(cv.wait_for(lock, 30s, [&] { return code.has_value(); }));
        QCOMPARE(*code, grpc::StatusCode::OK);
        QVERIFY(QByteArray::fromStdString(reply.message()).contains("\"service\":\"short\""));
    }

    // A call still sleeping when the server shuts down is answered UNAVAILABLE at the
    // grace deadline, not left hanging.
    void shutdownAnswersCallsInFlight()
    {
        FunctionServer server(optionsWith({fixedService("long", 3'600'000)}));
        server.start();
        auto stub = helloworld::Greeter::NewStub(localChannel(server.port()));
        grpc::ClientContext context;
        context.set_authority("long");
        helloworld::HelloRequest request;
        helloworld::HelloReply reply;
        std::mutex m;
        std::condition_variable cv;
        std::optional<grpc::StatusCode> code;
        stub->async()->SayHello(&context, &request, &reply, [&](grpc::Status status) {
            std::lock_guard lock(m);
            code = status.error_code();
            cv.notify_all();
        });
        // Wait until the call has arrived before shutting down.
        for (int i = 0; i < 3000 && server.callCount() == 0; ++i)
            std::this_thread::sleep_for(10ms);
        server.shutdown(200ms);
        std::unique_lock lock(m);
        QVERIFY(cv.wait_for(lock, 30s, [&] { return code.has_value(); }));
        QVERIFY(*code != grpc::StatusCode::OK);
    }
};

QTEST_GUILESS_MAIN(TestFunctionServer)
#include "test_function_server.moc"

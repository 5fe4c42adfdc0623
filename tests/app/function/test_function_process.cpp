// build/bin/traceload-function as a child process: the listening line, a call, SIGTERM
// and the arrivals file; bad flags and services files exit 2 naming file and key.
#include "greeter_client.h"
#include "test_support.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace traceload::test;

namespace {

// Reads the child's stdout until the listening line; returns the port or 0.
int waitForPort(QProcess& process)
{
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        out += process.readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline >= 0) {
            static const QRegularExpression line(
                QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"));
            const auto match = line.match(QString::fromUtf8(out.left(newline)));
            return match.hasMatch() ? match.captured(1).toInt() : 0;
        }
        if (process.state() == QProcess::NotRunning)
            return 0;
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return 0;
}

} // namespace

class TestFunctionProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndShutsDownOnSignal_data()
    {
        QTest::addColumn<QString>("work");
        QTest::addColumn<int>("signal");
        QTest::newRow("sleep, SIGTERM") << QStringLiteral("sleep") << int(SIGTERM);
        QTest::newRow("spin, SIGINT") << QStringLiteral("spin") << int(SIGINT);
    }

    void servesAndShutsDownOnSignal()
    {
        QFETCH(QString, work);
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString services = dir.filePath(QStringLiteral("services.json"));
        const QString arrivals = dir.filePath(QStringLiteral("arrivals.csv"));
        writeText(services, R"({"fn-a": {"duration_ms": 2, "memory_mb": 1}, "fn-b": {"duration":
                  {"0-percentile": 1, "50-percentile": 2, "100-percentile": 3}}})");

        QProcess process;
        process.start(binary(QStringLiteral("traceload-function")),
                      {"--listen", "127.0.0.1:0", "--services", services, "--arrivals", arrivals,
                       "--work", work, "--touch-memory", "--cold-start-ms", "5", "--seed", "3",
                       "--threads", "2"});
        QVERIFY(process.waitForStarted(10000));
        const int port = waitForPort(process);
        QVERIFY2(port > 0, process.readAllStandardError().constData());

        auto channel = localChannel(port);
        const GreeterResult a = sayHello(channel, "fn-a:80");
        QCOMPARE(a.code, grpc::StatusCode::OK);
        QCOMPARE(a.reply.value(u"service").toString(), QStringLiteral("fn-a"));
        QCOMPARE(a.reply.value(u"cold").toBool(false), true);
        const GreeterResult b = sayHello(channel, "fn-b");
        QCOMPARE(b.code, grpc::StatusCode::OK);
        QVERIFY(b.reply.value(u"exec_us").toInteger() >= 1000);
        QCOMPARE(sayHello(channel, "fn-c").code, grpc::StatusCode::NOT_FOUND);

        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = readText(arrivals).split('\n');
        QCOMPARE(lines.size(), 5); // header, three calls, empty after the last newline
        QCOMPARE(lines[0], QByteArray("arrival_unix_us,service"));
        QVERIFY(lines[1].endsWith(",fn-a"));
        QVERIFY(lines[2].endsWith(",fn-b"));
        QVERIFY(lines[3].endsWith(",fn-c"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        const qint64 first = lines[1].split(',').first().toLongLong();
        QVERIFY(first > now - 3'600'000'000LL && first <= now);
    }

    // A sped-up replay on the local backend shortens the emulated execution time by the
    // factor the invoker sends in the call's metadata; without it (or with a value that is
    // not a positive number) the time is as drawn. The reply's exec_us is measured, so the
    // checks are bounds far apart: 20 s shortened 1000 times is far below 20 s.
    void executionScaleFromCallMetadata()
    {
        QTemporaryDir dir;
        const QString services = dir.filePath(QStringLiteral("services.json"));
        writeText(services, R"({"slow": {"duration_ms": 20000, "memory_mb": 0},
                                "short": {"duration_ms": 50, "memory_mb": 0}})");
        QProcess process;
        process.start(binary(QStringLiteral("traceload-function")),
                      {"--listen", "127.0.0.1:0", "--services", services});
        QVERIFY(process.waitForStarted(10000));
        const int port = waitForPort(process);
        QVERIFY(port > 0);
        auto channel = localChannel(port);
        const qint64 scaled = sayHello(channel, "slow", 30, {"traceload-exec-scale", "1000"})
                                  .reply.value(u"exec_us")
                                  .toInteger();
        QVERIFY2(scaled >= 20'000 && scaled < 20'000'000, qPrintable(QString::number(scaled)));
        const qint64 ignored = sayHello(channel, "short", 30, {"traceload-exec-scale", "-3"})
                                   .reply.value(u"exec_us")
                                   .toInteger();
        QVERIFY2(ignored >= 50'000, qPrintable(QString::number(ignored)));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
    }

    // An emulator nobody calls any more exits by itself (--exit-after-idle), as after
    // SIGTERM: exit code 0, and it says why.
    void exitsAfterIdle()
    {
        QProcess process;
        process.start(
            binary(QStringLiteral("traceload-function")),
            {"--listen", "127.0.0.1:0", "--default-service", "x", "--exit-after-idle", "1"});
        QVERIFY(process.waitForStarted(10000));
        const int port = waitForPort(process);
        QVERIFY(port > 0);
        QCOMPARE(sayHello(localChannel(port), "x").code, grpc::StatusCode::OK);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains(
            "traceload-function: no calls for 1 s (--exit-after-idle): exiting"));
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QByteArray>("servicesJson"); // empty: no services file written
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // in stderr; FILE = the services file
        QTest::newRow("not json") << QByteArray("{\"a\": {\"duration_ms\": 1,,}}") << QStringList()
                                  << QStringList{"FILE:1", "not valid JSON"};
        QTest::newRow("wrong type")
            << QByteArray(R"({"svc": {"duration": {"75-percentile": "fast"}}})") << QStringList()
            << QStringList{"FILE", "svc.duration.75-percentile", "must be a number"};
        QTest::newRow("missing duration") << QByteArray(R"({"svc": {"memory_mb": 3}})")
                                          << QStringList() << QStringList{"FILE", "svc"};
        QTest::newRow("missing file") << QByteArray() << QStringList{"--services", "FILE"}
                                      << QStringList{"FILE", "file is missing"};
        QTest::newRow("unknown flag")
            << QByteArray() << QStringList{"--bogus"} << QStringList{"bogus"};
        QTest::newRow("bad work") << QByteArray() << QStringList{"--work", "nap"}
                                  << QStringList{"--work", "nap"};
        QTest::newRow("bad threads")
            << QByteArray() << QStringList{"--threads", "0"} << QStringList{"--threads"};
        QTest::newRow("bad cold start") << QByteArray() << QStringList{"--cold-start-ms", "-1"}
                                        << QStringList{"--cold-start-ms"};
        QTest::newRow("bad listen") << QByteArray() << QStringList{"--listen", "localhost"}
                                    << QStringList{"--listen", "HOST:PORT"};
        QTest::newRow("stray argument")
            << QByteArray() << QStringList{"extra"} << QStringList{"extra"};
        QTest::newRow("unknown default service") << QByteArray(R"({"svc": {"duration_ms": 1}})")
                                                 << QStringList{"--default-service", "other"}
                                                 << QStringList{"--default-service", "other"};
    }

    void badInputExitsWithTwo()
    {
        QFETCH(QByteArray, servicesJson);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("services.json"));
        QStringList args{"--listen", "127.0.0.1:0"};
        if (!servicesJson.isEmpty()) {
            writeText(file, servicesJson);
            args << "--services" << file;
        }
        for (const QString& a : arguments)
            args << (a == u"FILE" ? file : a);
        const ProcessResult r = runProgram(QStringLiteral("traceload-function"), args, {}, 30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        for (QString e : expected) {
            e.replace(QStringLiteral("FILE"), file);
            QVERIFY2(r.err.contains(e), qPrintable(r.err));
        }
    }

    void helpExitsWithZero()
    {
        const ProcessResult r = runProgram(QStringLiteral("traceload-function"), {"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--cold-start-ms"));
        QVERIFY(r.out.contains(u"512 MB"));
    }
};

QTEST_GUILESS_MAIN(TestFunctionProcess)
#include "test_function_process.moc"

// traceload --batch invoke end to end: the binary as a child process against an
// in-process gRPC server (or the real emulator when it is built) on 127.0.0.1.
#include "test_server.h"
#include "test_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

using namespace traceload::test;

namespace {

// `slotCount` slots, each with `perSlot` equidistant calls inside [0, spanUs), alternating
// between two endpoints.
QByteArray loadJson(int slotCount, int perSlot, std::int64_t spanUs)
{
    QByteArray json = "[";
    for (int s = 0; s < slotCount; ++s) {
        QByteArray ts, ep;
        for (int i = 0; i < perSlot; ++i) {
            ts += (i ? "," : "") + QByteArray::number(spanUs * i / perSlot);
            ep += QByteArray(i ? "," : "") + (i % 2 ? "\"fn-b\"" : "\"fn-a\"");
        }
        json +=
            (s ? "," : "") + QByteArray("{\"timestamp\":[") + ts + "],\"endpoint\":[" + ep + "]}";
    }
    return json + "]";
}

QStringList invokeArgs(const QString& load, const QString& outDir, const QStringList& extra)
{
    return QStringList{"--batch", "invoke", "-traceFile", load, "--out-dir", outDir, "--quiet"} +
           transportArgs() + extra;
}

nlohmann::json readJson(const QString& path)
{
    return nlohmann::json::parse(readText(path).toStdString(), nullptr, false);
}

int lineCount(const QString& path)
{
    return int(readText(path).count('\n'));
}

// Starts traceload-function on 127.0.0.1 with these services (cold starts of 5 ms, so that
// replies say cold or warm); its address, or "" when it did not start.
QString startEmulator(QProcess& emulator, const QTemporaryDir& dir, const QByteArray& services)
{
    writeText(dir.filePath("services.json"), services);
    emulator.start(binary("traceload-function"),
                   {"--listen", "127.0.0.1:0", "--services", dir.filePath("services.json"),
                    "--cold-start-ms", "5"});
    if (!emulator.waitForStarted(10000))
        return {};
    for (int i = 0; i < 100 && !emulator.canReadLine(); ++i)
        emulator.waitForReadyRead(100);
    const QString line = QString::fromUtf8(emulator.readLine()).trimmed();
    const auto m = QRegularExpression("^listening on (127\\.0\\.0\\.1:\\d+)$").match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

int closedPort()
{
    TestGreeterServer s;
    const int port = s.port();
    s.stop();
    return port;
}

} // namespace

class TestInvokeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullRunWritesTheRunFolder()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        const QString load = dir.filePath("load.json");
        writeText(load, loadJson(3, 20, 800'000));
        const auto r = runTraceload(
            invokeArgs(load, dir.filePath("run"),
                       {"-min", "false", "-warmup", "1", "-duration", "2", "--speedup", "5",
                        "--connect-to", server.address(), "-latf", "custom.csv", "--threshold",
                        "latency.p99<10s", "--threshold", "errors.rate<0.5", "--seed", "42"}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.received(), 60u);
        QCOMPARE(lineCount(dir.filePath("run/rps_custom.csv")), 40); // measured ok calls
        const QByteArray csv = readText(dir.filePath("run/invocations.csv"));
        QCOMPARE(csv.count('\n'), 61);
        QVERIFY(csv.startsWith("slot,phase,endpoint,scheduled_us,sent_us,lateness_us,latency_us,"
                               "response_us,status,grpc_code,cold,instance,not_sent_reason\n"
                               "0,warmup,fn-a,0,"));
        const auto j = readJson(dir.filePath("run/summary.json"));
        QCOMPARE(j["counts"]["scheduled"].get<int>(), 60);
        QCOMPARE(j["counts"]["ok"].get<int>(), 60);
        QCOMPARE(j["measured"]["scheduled"].get<int>(), 40);
        QCOMPARE(j["measured"]["ok"].get<int>(), 40);
        QCOMPARE(j["speedup"].get<double>(), 5.0);
        QCOMPARE(j["seed"].get<int>(), 42);
        QCOMPARE(j["rate"]["target"].get<double>(), 100.0); // 40 calls in 2 s / 5
        QCOMPARE(j["options"]["slot_length_us"].get<int>(), 1'000'000);
        QCOMPARE(j["options"]["transport"].get<std::string>(), expectedTransport());
        QCOMPARE(j["thresholds"].size(), 2u);
        QCOMPARE(j["thresholds"][0]["passed"].get<bool>(), true);
        QCOMPARE(j["inputs"]["load"]["sha256"].get<std::string>().size(), 64u);
        QVERIFY(j["start_unix_us"].get<std::int64_t>() > 1'600'000'000'000'000);
        QVERIFY(!j["timeline"].empty());
        QVERIFY(j["timeline"][0].contains("lateness_p99_us"));
        QVERIFY(r.out.contains("rps_custom.csv"));
    }

    void minFlagForms_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("slotLengthUs");
        QTest::newRow("-min false") << QStringList{"-min", "false"} << 1'000'000;
        QTest::newRow("-min=false") << QStringList{"-min=false"} << 1'000'000;
        QTest::newRow("--min=False") << QStringList{"--min=False"} << 1'000'000;
        QTest::newRow("-min 0") << QStringList{"-min", "0"} << 1'000'000;
        QTest::newRow("-min=true") << QStringList{"-min=true", "--speedup", "600"} << 60'000'000;
        QTest::newRow("default minutes") << QStringList{"--speedup", "600"} << 60'000'000;
        // Not a -min form, but it changes only when calls go: the same 8 calls come back.
        QTest::newRow("with send slack")
            << QStringList{"-min=false", "--send-slack-us", "3000"} << 1'000'000;
    }
    void minFlagForms()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, slotLengthUs);
        TestGreeterServer server;
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 4, 100'000));
        const auto r = runTraceload(
            invokeArgs(dir.filePath("load.json"), dir.path(),
                       flags + QStringList{"-warmup", "1", "-duration", "1", "-dbg=false",
                                           "--connect-to", server.address()}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["options"]["slot_length_us"].get<int>(), slotLengthUs);
        QCOMPARE(j["options"]["send_slack_us"].get<int>(), flags.contains("3000") ? 3000 : 0);
        QCOMPARE(j["counts"]["ok"].get<int>(), 8);
        QCOMPARE(lineCount(dir.filePath("rps_lat.csv")), 4);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("min maybe") << QStringList{"-min", "maybe"} << "-min";
        QTest::newRow("dbg=maybe") << QStringList{"-dbg=maybe"} << "-dbg";
        QTest::newRow("dbg maybe") << QStringList{"-dbg", "maybe"} << "-dbg";
        QTest::newRow("latf-calls some") << QStringList{"--latf-calls", "some"} << "--latf-calls";
        QTest::newRow("transport quic") << QStringList{"--transport", "quic"}
                                        << "flag --transport: 'quic' is not auto, grpc or h2";
        QTest::newRow("negative duration") << QStringList{"-duration", "-1"} << "-duration";
        QTest::newRow("timeout zero") << QStringList{"-grpcTimeout", "0"} << "-grpcTimeout";
        QTest::newRow("bad threshold") << QStringList{"--threshold", "fast"} << "--threshold";
        QTest::newRow("connect-to no port")
            << QStringList{"--connect-to", "localhost"} << "--connect-to";
        // Issue 12, finding 8: these were accepted and every call then failed.
        QTest::newRow("connect-to port too large")
            << QStringList{"--connect-to", "127.0.0.1:99999"}
            << "--connect-to: port 99999 in '127.0.0.1:99999' is outside 1..65535";
        QTest::newRow("connect-to port zero")
            << QStringList{"--connect-to", "127.0.0.1:0"}
            << "--connect-to: port 0 in '127.0.0.1:0' is outside 1..65535";
        QTest::newRow("connect-to bad IPv4")
            << QStringList{"--connect-to", "999.0.0.1:80"}
            << "--connect-to: '999.0.0.1' in '999.0.0.1:80' is not a host name or IP address";
        QTest::newRow("connect-to no host")
            << QStringList{"--connect-to", ":80"} << "--connect-to: ':80' is not HOST:PORT";
        QTest::newRow("connect-to space in host")
            << QStringList{"--connect-to", "a b:80"}
            << "--connect-to: 'a b' in 'a b:80' is not a host name or IP address";
        // Issue 12, finding 12: the message did not name the load file.
        QTest::newRow("too few slots") << QStringList{"-warmup", "1", "-duration", "5"}
                                       << "load.json: the load has 2 slots but -warmup 1 + "
                                          "-duration 5 need 6";
        QTest::newRow("unknown flag") << QStringList{"-bogus", "1"} << "bogus";
        QTest::newRow("negative max-lateness")
            << QStringList{"--max-lateness", "-1"} << "max-lateness";
        QTest::newRow("send slack over a second")
            << QStringList{"--send-slack-us", "1000001"} << "send-slack-us";
    }
    void badUsage()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 1, 0));
        const auto r = runTraceload(invokeArgs(dir.filePath("load.json"), dir.path(), flags));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("summary.json")));
    }

    void unwritableResultsFolderIsFoundBeforeTheRun()
    {
        // Issue 12, finding 11: found only after the whole replay, losing every measurement.
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 1, 0));
        const auto r = runTraceload(invokeArgs(
            dir.filePath("load.json"), "/proc",
            {"-min", "false", "-warmup", "0", "-duration", "1", "--connect-to", "127.0.0.1:9"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("error: /proc: --out-dir: cannot create a file in /proc: "),
                 qPrintable(r.err));
        QVERIFY2(!r.out.contains("Issued"), qPrintable(r.out)); // nothing was replayed
    }

    void malformedLoad_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("[{\"timestamp\": [1,2") << "";
        QTest::newRow("wrong type")
            << QByteArray(R"([{"timestamp":["a"],"endpoint":["x"]}])") << "[0].timestamp[0]";
        QTest::newRow("unsorted") << QByteArray(R"([{"timestamp":[5,3],"endpoint":["x","x"]}])")
                                  << "[0].timestamp[1]";
        QTest::newRow("outside the slot")
            << QByteArray(R"([{"timestamp":[1000001],"endpoint":["x"]}])") << "[0].timestamp[0]";
        QTest::newRow("different lengths")
            << QByteArray(R"([{"timestamp":[1,2],"endpoint":["x"]}])") << "[0]";
    }
    void malformedLoad()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), json);
        const auto r = runTraceload(invokeArgs(
            dir.filePath("load.json"), dir.path(),
            {"-min", "false", "-warmup", "0", "-duration", "1", "--connect-to", "127.0.0.1:9"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("load.json"), qPrintable(r.err));
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("summary.json")));
    }

    // 200,000 calls/s for 2 s, far above what this machine can send: the calls that would go
    // out more than --max-lateness late are recorded as not_sent (late), memory stays
    // bounded, and the run says so.
    void farAboveCapacityDropsLateCallsAndWarns()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        // 200,000 calls in the first 10 ms of each slot, 20 ms of lateness allowed: millions of
        // calls a second to keep up (test_invoker's farAboveCapacityStaysBounded says why).
        writeText(dir.filePath("load.json"), loadJson(2, 200'000, 10'000));
        const auto r = runTraceload(
            invokeArgs(dir.filePath("load.json"), dir.path(),
                       {"-min", "false", "-warmup", "0", "-duration", "2", "--max-lateness", "0.02",
                        "-grpcTimeout", "3", "--connect-to", server.address()}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const auto j = readJson(dir.filePath("summary.json"));
        const auto counts = j["counts"];
        const auto late = counts["not_sent_late"].get<std::uint64_t>();
        QCOMPARE(counts["scheduled"].get<std::uint64_t>(), 400'000u);
        QVERIFY(late > 0);
        QCOMPARE(counts["not_sent"].get<std::uint64_t>(), late);
        QCOMPARE(counts["ok"].get<std::uint64_t>() + counts["error"].get<std::uint64_t>() +
                     counts["timeout"].get<std::uint64_t>() + late,
                 400'000u);
        QCOMPARE(j["options"]["max_lateness_ms"].get<int>(), 20);
        const QByteArray csv = readText(dir.filePath("invocations.csv"));
        QCOMPARE(std::uint64_t(csv.count(",not_sent,")), late);
        QCOMPARE(std::uint64_t(csv.count(",late\n")), late);
        const QRegularExpression warning(
            QStringLiteral("warning: the invoker could not keep up: (\\d+) calls dropped, "
                           "\\d+ sent more than 5 ms late; the machine reached \\d+ calls/s\n"));
        const auto match = warning.match(r.err);
        QVERIFY2(match.hasMatch(), qPrintable(r.err));
        QCOMPARE(match.captured(1).toULongLong(), late);
        rusage children{};
        getrusage(RUSAGE_CHILDREN, &children); // the largest child this test has waited for
        QVERIFY2(children.ru_maxrss < 400 * 1024, qPrintable(QString::number(children.ru_maxrss)));
    }

    void tooFewSlots()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(3, 1, 0));
        const auto r = runTraceload(invokeArgs(dir.filePath("load.json"), dir.path(), {}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("-warmup 2") && r.err.contains("-duration 8"), qPrintable(r.err));
    }

    void violatedThresholdExits99()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 4, 100'000));
        const auto r = runTraceload(invokeArgs(
            dir.filePath("load.json"), dir.path(),
            {"-min", "false", "-warmup", "1", "-duration", "1", "--speedup", "4", "--connect-to",
             server.address(), "--threshold", "latency.p50<1us", "--threshold", "errors.count<1"}));
        QCOMPARE(r.exitCode, 99);
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["thresholds"][0]["expr"].get<std::string>(), std::string("latency.p50<1us"));
        QCOMPARE(j["thresholds"][0]["passed"].get<bool>(), false);
        QCOMPARE(j["thresholds"][1]["passed"].get<bool>(), true);
    }

    // Not one call succeeded: the reasons are on screen (grouped by gRPC code, with a
    // sample message) and the exit code says so, thresholds or not.
    void refusedEndpointIsAccounted()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 5, 100'000));
        const auto r = runTraceload(
            invokeArgs(dir.filePath("load.json"), dir.path(),
                       {"-min", "false", "-warmup", "1", "-duration", "1", "--speedup", "4",
                        "--connect-to", QStringLiteral("127.0.0.1:%1").arg(closedPort())}));
        QCOMPARE(r.exitCode, 3);
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["counts"]["scheduled"].get<int>(), 10);
        QCOMPARE(j["counts"]["error"].get<int>(), 10);
        QCOMPARE(j["errors"].size(), 1u);
        QCOMPARE(j["errors"]["UNAVAILABLE"]["count"].get<int>(), 10);
        QCOMPARE(j["errors"]["UNAVAILABLE"]["measured"].get<int>(), 5);
        QVERIFY(!j["errors"]["UNAVAILABLE"]["first_message"].get<std::string>().empty());
        QCOMPARE(lineCount(dir.filePath("rps_lat.csv")), 0);
        QCOMPARE(lineCount(dir.filePath("invocations.csv")), 11);
        const QRegularExpression breakdown(
            QStringLiteral("failed calls by gRPC code \\(all phases\\):\n  UNAVAILABLE +10 "
                           "\\(measured 5\\)  e\\.g\\. \\S"));
        QVERIFY2(breakdown.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.err.contains("not one of the 10 scheduled calls succeeded"), qPrintable(r.err));

        // The seed's latency file semantics: every completed measured call, failed ones too.
        const auto all = runTraceload(invokeArgs(
            dir.filePath("load.json"), dir.filePath("all"),
            {"-min", "false", "-warmup", "1", "-duration", "1", "--speedup", "4", "--latf-calls",
             "all", "--connect-to", QStringLiteral("127.0.0.1:%1").arg(closedPort())}));
        QCOMPARE(all.exitCode, 3);
        QCOMPARE(lineCount(dir.filePath("all/rps_lat.csv")), 5);
        QCOMPARE(
            readJson(dir.filePath("all/summary.json"))["latency_file_calls"].get<std::string>(),
            std::string("all"));
    }

    // Cold starts are known only from the emulator's replies: against other functions
    // they are unknown, never 0 (summary, screen, thresholds).
    void coldStartsUnknownWithoutEmulatorReplies()
    {
        TestGreeterServer server;
        server.setReplyMessage("Hello, traceload"); // as a vSwarm function answers
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 4, 100'000));
        const auto r = runTraceload(
            invokeArgs(dir.filePath("load.json"), dir.path(),
                       {"-min", "false", "-warmup", "1", "-duration", "1", "--speedup", "4",
                        "--connect-to", server.address(), "--threshold", "cold_starts.count<1"}));
        QCOMPARE(r.exitCode, 99); // a threshold on an unknown value cannot pass
        const auto j = readJson(dir.filePath("summary.json"));
        QVERIFY(j["cold_starts"]["all"].is_null());
        QVERIFY(j["cold_starts"]["measured"].is_null());
        QVERIFY(j["thresholds"][0]["value"].is_null());
        QCOMPARE(j["thresholds"][0]["passed"].get<bool>(), false);
        QVERIFY2(r.out.contains("cold starts: unknown (the endpoints do not report them)"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("threshold cold_starts.count<1: VIOLATED (value unknown)"),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains("failed calls by gRPC code"), qPrintable(r.out));
    }

    // A file the seed's own generator wrote with exponential gaps: its call at 60000000 (the
    // slot's end) is replayed at the end of its slot and counted in it.
    void seedExponentialFileIsReplayed()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        const auto r =
            runTraceload(invokeArgs(fixturesDir() + "/load/seed_exponential.json", dir.path(),
                                    {"-warmup", "1", "-duration", "1", "--speedup", "120",
                                     "--connect-to", server.address()}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(server.received(), 529u);
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["counts"]["scheduled"].get<int>(), 529);
        QCOMPARE(j["counts"]["ok"].get<int>(), 529);
        QCOMPARE(j["measured"]["scheduled"].get<int>(), 297);
        const QList<QByteArray> rows =
            readText(dir.filePath("invocations.csv")).trimmed().split('\n');
        QCOMPARE(rows.size(), 530);
        // slot 1, measured, at (60 s + 60 s) / 120 = 1 s after the start.
        QVERIFY2(rows.last().startsWith("1,measured,trace-func-") &&
                     rows.last().split(',').at(3) == "1000000",
                 rows.last().constData());
    }

    // The seed invoker's -trace and -zipkin flags are accepted; one warning says tracing
    // is not supported yet.
    void seedTracingFlagsWarnOnce()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(2, 2, 100'000));
        const auto r = runTraceload(invokeArgs(
            dir.filePath("load.json"), dir.path(),
            {"-trace", "-zipkin", "http://localhost:9411/api/v2/spans", "-dbg", "-min", "false",
             "-warmup", "1", "-duration", "1", "--connect-to", server.address()}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.err.count("tracing is not supported yet"), 1);
        QVERIFY2(r.err.contains("dial target"), qPrintable(r.err)); // -dbg alone: on
    }

    void sigintWritesWhatItHas()
    {
        TestGreeterServer server;
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), loadJson(20, 10, 900'000));
        QProcess p;
        p.start(binary("traceload"),
                QStringList{"--batch", "invoke", "-traceFile", dir.filePath("load.json"),
                            "--out-dir", dir.path(), "-min", "false", "-warmup", "0", "-duration",
                            "20", "--connect-to", server.address()} +
                    transportArgs());
        QVERIFY(p.waitForStarted(10000));
        // The first progress line comes after about a second of replay.
        QTRY_VERIFY_WITH_TIMEOUT(server.received() >= 5, 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled"), qPrintable(err));
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["cancelled"].get<bool>(), true);
        QCOMPARE(j["counts"]["scheduled"].get<int>(), 200);
        QVERIFY(j["counts"]["not_sent"].get<int>() > 0);
        QCOMPARE(j["counts"]["ok"].get<int>() + j["counts"]["error"].get<int>() +
                     j["counts"]["timeout"].get<int>() + j["counts"]["not_sent"].get<int>(),
                 200);
        QCOMPARE(lineCount(dir.filePath("invocations.csv")), 201);
        QVERIFY(QFile::exists(dir.filePath("rps_lat.csv")));
    }

    void againstTheEmulator()
    {
        if (!QFile::exists(binary("traceload-function")))
            QSKIP("traceload-function is not built");
        QTemporaryDir dir;
        QProcess emulator;
        const QString address = startEmulator(
            emulator, dir,
            R"({"fn-a":{"duration_ms":0.5,"memory_mb":0},"fn-b":{"duration_ms":1,"memory_mb":0}})");
        QVERIFY(!address.isEmpty());
        writeText(dir.filePath("load.json"), loadJson(3, 20, 800'000));
        const auto r = runTraceload(invokeArgs(dir.filePath("load.json"), dir.path(),
                                               {"-min", "false", "-warmup", "1", "-duration", "2",
                                                "--speedup", "4", "--connect-to", address}));
        emulator.terminate();
        emulator.waitForFinished(10000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["counts"]["ok"].get<int>(), 60);
        QVERIFY(j["cold_starts"]["all"].get<int>() >= 2); // at least one per service
        QVERIFY(j["instances"].get<int>() >= 2);
        const QByteArray csv = readText(dir.filePath("invocations.csv"));
        QVERIFY(csv.contains(",ok,0,true,"));
    }

    // Calls to trace functions (faas.Executor/Execute, requests from the load's runtime_ms and
    // memory_mib) next to SayHello calls, on the transport of this run of the suite.
    void executeCallsAgainstTheEmulator()
    {
        if (!QFile::exists(binary("traceload-function")))
            QSKIP("traceload-function is not built");
        QTemporaryDir dir;
        QProcess emulator;
        const QString address = startEmulator(
            emulator, dir,
            R"({"fn-a":{"duration_ms":0.5,"memory_mb":0},"tf":{"duration_ms":1,"memory_mb":0}})");
        QVERIFY(!address.isEmpty());
        writeText(dir.filePath("load.json"),
                  R"([{"timestamp":[0,100000,200000,300000],"endpoint":["fn-a","tf","fn-a","tf"],)"
                  R"("runtime_ms":[-1,2,-1,3],"memory_mib":[-1,1,-1,2]}])");
        const auto r = runTraceload(invokeArgs(
            dir.filePath("load.json"), dir.path(),
            {"-min", "false", "-warmup", "0", "-duration", "1", "--connect-to", address}));
        emulator.terminate();
        emulator.waitForFinished(10000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = readJson(dir.filePath("summary.json"));
        QCOMPARE(j["counts"]["ok"].get<int>(), 4);
        QCOMPARE(j["options"]["transport"].get<std::string>(), expectedTransport());
        // Both replies were read: each service's instance and its first call's cold start.
        QCOMPARE(j["instances"].get<int>(), 2);
        QCOMPARE(j["cold_starts"]["all"].get<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TestInvokeCli)
#include "test_invoke_cli.moc"

// End-to-end tests of `traceload --batch run` on the bundled sample and the local backend:
// one process deploys the emulator, invokes a short load, writes the results folder and
// tears the emulator down.
#include "test_support.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace traceload::test;

namespace {

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readText(path)).object();
}

int lineCount(const QString& path)
{
    return int(readText(path).count('\n'));
}

bool processAlive(qint64 pid)
{
    // A zombie (not yet reaped by init) counts as gone.
    const QByteArray stat = readText(QStringLiteral("/proc/%1/stat").arg(pid));
    return !stat.isEmpty() && !stat.contains(") Z ");
}

} // namespace

namespace {

// Every `run` of this suite goes over the transport CTest names (TRACELOAD_TEST_TRANSPORT).
ProcessResult runCommand(QStringList arguments, const QString& workDir = {}, int timeoutMs = 120000)
{
    if (arguments.size() > 1 && arguments[1] == u"run")
        arguments += transportArgs();
    return runTraceload(arguments, workDir, timeoutMs);
}

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleRunsEndToEndAndTearsDown()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r1"));
        // One minute of the trace replayed 60 times faster: about 2,400 calls in a second.
        const auto r = runCommand({"--batch", "run", "-d", "1", "-w", "0", "--speedup", "60",
                                   "-grpcTimeout", "2", "--quiet", "--out-dir", out},
                                  dir.path(), 180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

        // The load in the folder is the one that was invoked: every invocation is accounted.
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        const QJsonObject counts = summary["counts"].toObject();
        const int scheduled = counts["scheduled"].toInt();
        QVERIFY(scheduled > 1000);
        QCOMPARE(counts["ok"].toInt() + counts["error"].toInt() + counts["timeout"].toInt() +
                     counts["not_sent"].toInt(),
                 scheduled);
        QCOMPARE(counts["not_sent"].toInt(), 0);
        QCOMPARE(counts["error"].toInt(), 0); // every endpoint is served by the emulator
        QCOMPARE(lineCount(out + QStringLiteral("/invocations.csv")), scheduled + 1);
        QCOMPARE(lineCount(out + QStringLiteral("/rps_lat.csv")), counts["ok"].toInt());
        QCOMPARE(readJson(out + QStringLiteral("/mapping.json")).size(), 250);
        QVERIFY(QFile::exists(out + QStringLiteral("/load.json")));
        for (const char* figure : {"run-latency-cdf", "run-rates", "run-lateness",
                                   "load-invocations-per-slot", "mapping", "mapping-error"})
            QVERIFY2(QFile::exists(out + QStringLiteral("/plots/%1.png").arg(figure)), figure);

        // Torn down: the record is gone and so is the emulator.
        QVERIFY(!QFile::exists(out + QStringLiteral("/build/deployment.json")));
        const QRegularExpressionMatch pid =
            QRegularExpression(QStringLiteral("emulator \\(pid (\\d+)\\)")).match(r.out);
        QVERIFY2(pid.hasMatch(), qPrintable(r.out));
        QVERIFY(!processAlive(pid.captured(1).toLongLong()));
        // Sped up on the local backend: the emulated execution times are shortened too.
        QCOMPARE(summary["speedup"].toDouble(), 60.0);
        QCOMPARE(summary["execution_time_scale"].toDouble(), 60.0);

        // The folder now holds a run: a second run there is refused before anything is
        // deployed, unless --force.
        const QByteArray before = readText(out + QStringLiteral("/summary.json"));
        const auto again = runCommand({"--batch", "run", "-d", "1", "-w", "0", "--speedup", "60",
                                       "--quiet", "--out-dir", out},
                                      dir.path());
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(out + QStringLiteral(": --out-dir: holds an earlier run "
                                                         "(summary.json): choose another "
                                                         "folder, or --force to replace it")),
                 qPrintable(again.err));
        QCOMPARE(readText(out + QStringLiteral("/summary.json")), before);
        const auto forced =
            runCommand({"--batch", "run", "-d", "1", "-w", "0", "--speedup", "60", "--quiet",
                        "--force", "--scale-execution", "false", "--out-dir", out},
                       dir.path(), 180000);
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err + forced.out));
        const QJsonObject replaced = readJson(out + QStringLiteral("/summary.json"));
        QVERIFY(replaced["start_unix_us"].toInteger() > summary["start_unix_us"].toInteger());
        QCOMPARE(replaced["execution_time_scale"].toDouble(), 1.0);
    }

    // One speed-up rule for every input: without --speedup the bundled sample replays in
    // real time, as the same trace given by path does (second slots keep it short).
    void speedupDefaultsToOneForEveryInput_data()
    {
        QTest::addColumn<QStringList>("trace");
        QTest::newRow("bundled") << QStringList{};
        // -u true on 250 functions and 191 proxies falls back to nearest: said, not silent.
        QTest::newRow("by path, unique") << QStringList{"-t", sampleTraceDir(), "-u", "true"};
    }
    void speedupDefaultsToOneForEveryInput()
    {
        QFETCH(QStringList, trace);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r"));
        const auto r = runCommand(QStringList{"--batch", "run", "-m", "false", "-d", "1", "-w", "0",
                                              "--quiet", "--out-dir", out} +
                                      trace,
                                  dir.path(), 180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("over 1 s of trace, replayed 1x faster (1.0 s)\n"),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains("--speedup auto"));
        QCOMPARE(r.err.contains("warning: unique mapping needs at least as many proxies"),
                 trace.contains("-u"));
        QVERIFY(!r.out.contains("shorter too"));
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary["speedup"].toDouble(), 1.0);
        QCOMPARE(summary["execution_time_scale"].toDouble(), 1.0);
    }

    // Every function mapped to a sub-millisecond proxy: every invocation must come back ok.
    void keepLeavesTheDeploymentForTeardown()
    {
        QTemporaryDir dir;
        const QString mapping = dir.filePath(QStringLiteral("mapping.json"));
        auto r = runCommand({"--batch", "loadgen", "--backend", "dry-run", "-d", "1", "-w", "0",
                             "-o", dir.filePath("l.json"), "--mapping-out", mapping},
                            dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject m = readJson(mapping);
        for (auto it = m.begin(); it != m.end(); ++it)
            it.value() = QStringLiteral("aes-go-10-10");
        writeText(mapping, QJsonDocument(m).toJson());

        // About 4,800 calls/s (2,400 in half a second); under TSan, whose instrumented
        // invoker and emulator are several times slower, a tenth of that.
        const QString out = dir.filePath(QStringLiteral("r2"));
        const QString speedup = QString::number(120 / kSanitizerSlowdown);
        r = runCommand({"--batch", "run", "-d", "1", "-w", "0", "--speedup", speedup,
                        "--mapping-in", mapping, "--quiet", "--keep", "--out-dir", out},
                       dir.path(), 180000);
        // A failed check must not leave the kept emulator running for its idle timeout.
        const auto teardownOnFailure = qScopeGuard([&] {
            if (QFileInfo::exists(out + QStringLiteral("/build/deployment.json")))
                runCommand({"--batch", "teardown", "-b", out + QStringLiteral("/build")});
        });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject counts =
            readJson(out + QStringLiteral("/summary.json"))["counts"].toObject();
        QVERIFY(counts["scheduled"].toInt() > 1000);
        QCOMPARE(counts["ok"].toInt(), counts["scheduled"].toInt());
        const QJsonObject record = readJson(out + QStringLiteral("/build/deployment.json"));
        const qint64 pid = record["emulator_pid"].toInteger();
        QVERIFY(pid > 0);
        QVERIFY(processAlive(pid));
        r = runCommand({"--batch", "teardown", "-b", out + QStringLiteral("/build")}, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    }

    // The README's first command on a machine without a display (CI, ssh): `traceload` runs
    // the headless demo instead of the window, through to its figures and teardown.
    void withoutADisplayTheWindowCommandRunsTheDemo()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(binary(QStringLiteral("traceload")), {});
        QVERIFY(p.waitForFinished(400'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(out.right(2000) + err.right(2000)));
        QVERIFY(out.contains(QLatin1String("running the headless demo")));
        // The demo picks a speed-up and says so, with how to turn it off.
        QVERIFY2(out.contains(QLatin1String(
                     "replayed 22x faster (60.0 s)\n           --speedup auto fits the replay "
                     "into about a minute; --speedup 1 replays in real time\n           "
                     "emulated execution times are 22x shorter too (--scale-execution false "
                     "keeps them)\n")),
                 qPrintable(out.left(3000)));
        const QStringList runs =
            QDir(dir.filePath(QStringLiteral("runs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QDir run(dir.filePath(QStringLiteral("runs/") + runs.front()));
        QVERIFY(run.exists(QStringLiteral("summary.json")));
        QVERIFY(run.exists(QStringLiteral("plots/run-latency-cdf.png")));
        QVERIFY(out.contains(QLatin1String("Teardown   250 services removed")));
    }

    void badInputDeploysNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trace too short") << QStringList{"-d", "500"} << "500";
        QTest::newRow("bad threshold") << QStringList{"--threshold", "latency<"} << "latency<";
        QTest::newRow("missing profile")
            << QStringList{"-p", "/nonexistent.json"} << "/nonexistent.json";
    }
    void badInputDeploysNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r3"));
        const auto r =
            runCommand(QStringList{"--batch", "run", "--out-dir", out} + args, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFile::exists(out + QStringLiteral("/build/deployment.json")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/summary.json")));
    }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "test_run_cli.moc"

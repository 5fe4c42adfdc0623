// CommandRunner: argument lists, exit codes, output, timeouts that kill the whole process
// group, and the deployment log.
#include "deploy/command_runner.h"
#include "deploy/deployment_log.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <thread>

using namespace traceload;

class TestCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void argumentsAreNotSplitOrInterpreted()
    {
        QTemporaryDir dir;
        DeploymentLog log(dir.filePath("deploy.log"), false);
        const CommandRunner runner(log, 10000);
        const CommandResult r =
            runner.run(QStringLiteral("printf"),
                       {QStringLiteral("%s|"), QStringLiteral("a b"), QStringLiteral("$HOME;`x`")},
                       dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.standardOutput, QByteArray("a b|$HOME;`x`|"));
        QCOMPARE(r.commandLine, QStringLiteral("printf '%s|' 'a b' '$HOME;`x`'"));
        const QByteArray text = test::readText(dir.filePath("deploy.log"));
        QVERIFY2(text.contains("$ printf '%s|' 'a b' '$HOME;`x`'\n"), text.constData());
        QVERIFY2(text.contains("    -> exit 0 ("), text.constData());
    }

    void failureIsLoggedWithOutput()
    {
        QTemporaryDir dir;
        DeploymentLog log(dir.filePath("deploy.log"), false);
        QStringList shown;
        DeploymentLog echoing(dir.filePath("echo.log"), false,
                              [&shown](const QString& s) { shown << s; });
        const CommandRunner runner(log, 10000);
        const CommandResult r =
            runner.run(QStringLiteral("bash"),
                       {QStringLiteral("-c"), QStringLiteral("echo out; echo oops >&2; exit 3")});
        QVERIFY(!r.ok());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.failureText(), QStringLiteral("exit code 3: oops"));
        const QByteArray text = test::readText(dir.filePath("deploy.log"));
        QVERIFY2(text.contains("-> FAILED: exit code 3: oops"), text.constData());
        QVERIFY2(text.contains("stderr: oops"), text.constData());
        QVERIFY2(text.contains("stdout: out"), text.constData());

        // A user's command is shown before it runs, and its exit status after.
        const CommandRunner shell(echoing, 10000);
        QVERIFY(shell.runShell(QStringLiteral("true"), dir.path()).ok());
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[0], QStringLiteral("running in %1: true").arg(dir.path()));
        QVERIFY2(shown[1].startsWith(QStringLiteral("bash -c true → exit 0 (")),
                 qPrintable(shown[1]));
        QVERIFY(!shell.run(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("exit 4")})
                     .ok());
        QVERIFY2(
            shown.last().startsWith(QStringLiteral("bash -c 'exit 4' → failed: exit code 4 (")),
            qPrintable(shown.last()));
    }

    void missingProgram()
    {
        QTemporaryDir dir;
        DeploymentLog log(dir.filePath("deploy.log"), true);
        const CommandRunner runner(log, 10000);
        const CommandResult r = runner.run(QStringLiteral("/nonexistent/kubectl"), {});
        QVERIFY(!r.started);
        QVERIFY2(r.failureText().startsWith(QStringLiteral("could not start: ")),
                 qPrintable(r.failureText()));
        QVERIFY(CommandRunner::findProgram(QStringLiteral("no-such-program-xyz")).isEmpty());
        QVERIFY(!CommandRunner::findProgram(QStringLiteral("bash")).isEmpty());
    }

    void timeoutKillsTheWholeGroup()
    {
        QTemporaryDir dir;
        DeploymentLog log(dir.filePath("deploy.log"), false);
        const CommandRunner runner(log, 300);
        // The shell starts a background sleep and waits: both must die at the timeout.
        const QString pidFile = dir.filePath("child.pid");
        const CommandResult r = runner.runShell(
            QStringLiteral("sleep 300 & echo $! > %1; wait").arg(pidFile), dir.path());
        QVERIFY(r.timedOut);
        QVERIFY(!r.ok());
        QVERIFY2(r.failureText().startsWith(QStringLiteral("timed out after")),
                 qPrintable(r.failureText()));
        const qint64 child = test::readText(pidFile).trimmed().toLongLong();
        QVERIFY(child > 0);
        // The child was SIGKILLed with its group; it may linger as a zombie for a moment.
        QTRY_VERIFY_WITH_TIMEOUT(
            ::kill(pid_t(child), 0) != 0 ||
                test::readText(QStringLiteral("/proc/%1/stat").arg(child)).contains(") Z "),
            10000);
    }

    // A poll succeeding again and again is echoed once per streak; the log has every run.
    void repeatedSuccessIsEchoedOnce()
    {
        QTemporaryDir dir;
        QStringList shown;
        DeploymentLog log(dir.filePath("deploy.log"), false,
                          [&shown](const QString& s) { shown << s; });
        const CommandRunner runner(log, 10000);
        for (int i = 0; i < 3; ++i)
            QVERIFY(runner.run(QStringLiteral("true"), {}).ok());
        QVERIFY(!runner.run(QStringLiteral("false"), {}).ok());
        QVERIFY(runner.run(QStringLiteral("true"), {}).ok());
        QCOMPARE(shown.size(), 3);
        QVERIFY(shown[0].startsWith(QStringLiteral("true → exit 0")));
        QVERIFY(shown[1].startsWith(QStringLiteral("false → failed: exit code 1")));
        QVERIFY(shown[2].startsWith(QStringLiteral("true → exit 0")));
        QCOMPARE(test::readText(dir.filePath("deploy.log")).count("$ true\n"), qsizetype(4));
    }

    void cancelKillsTheWholeGroup()
    {
        QTemporaryDir dir;
        DeploymentLog log(dir.filePath("deploy.log"), false);
        CancelToken cancel;
        const JobControl job(&cancel, {});
        const CommandRunner runner(log, 300000, &job);
        const QString pidFile = dir.filePath("child.pid");
        CommandResult r;
        std::thread worker([&] {
            r = runner.runShell(QStringLiteral("sleep 300 & echo $! > %1; wait").arg(pidFile),
                                dir.path());
        });
        QTRY_VERIFY_WITH_TIMEOUT(!test::readText(pidFile).trimmed().isEmpty(), 10000);
        cancel.cancel();
        worker.join(); // within a few slices, not after the 300 s timeout
        QVERIFY(r.cancelled);
        QVERIFY(!r.timedOut);
        QVERIFY(!r.ok());
        QVERIFY2(r.failureText().startsWith(QStringLiteral("cancelled and killed")),
                 qPrintable(r.failureText()));
        QVERIFY(r.elapsedMs < 60000);
        const qint64 child = test::readText(pidFile).trimmed().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(
            ::kill(pid_t(child), 0) != 0 ||
                test::readText(QStringLiteral("/proc/%1/stat").arg(child)).contains(") Z "),
            10000);
        QVERIFY(test::readText(dir.filePath("deploy.log")).contains("-> FAILED: cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "test_command_runner.moc"

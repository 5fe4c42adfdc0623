// Teardown trusts nothing in deployment.json it can check (issue 12, finding 10): a pid and
// start time name a process to signal only when it runs the emulator program, and a
// listed file is deleted only when it is inside the build folder once every symlinked
// folder on its way is resolved.
#include "deploy/deployment_backend.h"
#include "deploy/deployment_record.h"
#include "deploy/emulator_process.h"
#include "test_support.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

DeploymentRecord localRecord(qint64 pid, qint64 ticks, const QString& program)
{
    DeploymentRecord r;
    r.backend = QStringLiteral("local");
    r.status = QStringLiteral("ready");
    r.emulatorPid = pid;
    r.emulatorStartTicks = ticks;
    r.emulatorProgram = program;
    r.services.push_back(
        {QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("a.local"), true, true, {}, 1});
    return r;
}

} // namespace

class TestTeardownSafety : public QObject
{
    Q_OBJECT

private slots:
    void anUnrelatedProcessIsNotSignalled_data()
    {
        QTest::addColumn<QString>("program"); // what the forged record says the pid runs
        QTest::newRow("record names the process's own program")
            << QStandardPaths::findExecutable(QStringLiteral("sleep"));
        QTest::newRow("record names the emulator")
            << test::binary(QStringLiteral("traceload-function"));
    }
    void anUnrelatedProcessIsNotSignalled()
    {
        // A record naming a live process with its true start time: only /proc/PID/exe tells
        // that it is not the emulator.
        QFETCH(QString, program);
        QProcess sleeper;
        sleeper.start(QStandardPaths::findExecutable(QStringLiteral("sleep")), {"60"});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        QTemporaryDir dir;
        localRecord(pid, emulator_process::startTicks(pid), program).write(dir.path());
        DeployOptions options;
        options.buildDir = dir.path();
        options.emulatorProgram = test::binary(QStringLiteral("traceload-function"));
        const TeardownResult t = teardownDeployment(options);
        QCOMPARE(t.servicesRemoved, 0);
        QVERIFY2(!sleeper.waitForFinished(300), "teardown signalled an unrelated process");
        QCOMPARE(sleeper.state(), QProcess::Running);
        QVERIFY(test::readText(dir.filePath("deploy.log"))
                    .contains(QByteArray::number(pid) + " now belongs to another program"));
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void aSymlinkedFolderIsNotFollowedOut()
    {
        QTemporaryDir outside;
        const QString victim = outside.filePath("precious.yaml");
        test::writeText(victim, "keep me");
        QTemporaryDir dir;
        QVERIFY(QFile::link(outside.path(), dir.filePath("yamls")));
        test::writeText(dir.filePath("own.yaml"), "generated");
        DeploymentRecord r;
        r.backend = QStringLiteral("dry-run");
        r.status = QStringLiteral("ready");
        r.files = QStringList{"yamls/precious.yaml", "own.yaml"};
        r.write(dir.path());
        DeployOptions options;
        options.buildDir = dir.path();
        teardownDeployment(options);
        QCOMPARE(test::readText(victim), QByteArray("keep me"));
        QVERIFY(!QFile::exists(dir.filePath("own.yaml")));
        QVERIFY(QFileInfo(dir.filePath("yamls")).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestTeardownSafety)
#include "test_teardown_safety.moc"

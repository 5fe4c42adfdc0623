// readExistingDeployment: what a build folder's deployment.json says was deployed, and
// whether its emulator process (pid + start time in /proc) is still the one that was started.
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "deploy/emulator_process.h"
#include "deploy/existing_deployment.h"
#include "knative_sample.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace traceload;

class TestExistingDeployment : public QObject
{
    Q_OBJECT

private slots:
    void noRecord()
    {
        QTemporaryDir dir;
        QVERIFY(!readExistingDeployment(dir.path()));
        QVERIFY(!readExistingDeployment(dir.filePath("missing")));
    }

    void malformedRecord()
    {
        QTemporaryDir dir;
        test::writeText(dir.filePath("deployment.json"), "{\"version\": 1, \"services\": 3}");
        QVERIFY_THROWS_EXCEPTION(InputError, readExistingDeployment(dir.path()));
    }

    void liveAndDeadEmulator()
    {
        QTemporaryDir dir;
        DeployOptions options = test::fastOptions(dir.filePath("build"));
        options.emulatorProgram = test::binary(QStringLiteral("traceload-function"));
        const ServicePlan plan = test::smallPlan(4);
        createDeploymentBackend(QStringLiteral("local"), options)
            ->deploy(plan, test::sample().catalogue, nullptr, {});

        auto live = readExistingDeployment(options.buildDir);
        QVERIFY(live);
        QCOMPARE(live->record.backend, QStringLiteral("local"));
        QCOMPARE(live->record.status, QStringLiteral("ready"));
        QCOMPARE(live->record.services.size(), size_t(4));
        QCOMPARE(live->record.services[2].name, plan.services[2].name);
        QCOMPARE(live->record.readyServices().size(), 4);
        QVERIFY(live->hasEmulator);
        QVERIFY(live->emulatorAlive);

        // The emulator dies behind the tool's back: the record stays, the process is gone.
        const qint64 pid = live->record.emulatorPid;
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        const QDeadlineTimer deadline(10000);
        while (emulator_process::isRunning(pid) && !deadline.hasExpired())
            QThread::msleep(10);
        const auto dead = readExistingDeployment(options.buildDir);
        QVERIFY(dead);
        QVERIFY(dead->hasEmulator);
        QVERIFY(!dead->emulatorAlive);
        QCOMPARE(dead->record.services.size(), size_t(4));

        // Teardown of a dead emulator just removes the record.
        QVERIFY(teardownDeployment(options).hadRecord);
        QVERIFY(!readExistingDeployment(options.buildDir));
    }

    // A recorded pid that now belongs to another process is not our emulator.
    void pidReuse_data()
    {
        QTest::addColumn<qint64>("ticksOffset");
        QTest::addColumn<bool>("sameProgram"); // the record names the process's executable
        QTest::addColumn<bool>("alive");
        QTest::newRow("same start time") << qint64(0) << true << true;
        QTest::newRow("another start time") << qint64(1) << true << false;
        // Issue 12: pid and start time alone made any process "the emulator".
        QTest::newRow("same start time, another program") << qint64(0) << false << false;
    }

    void pidReuse()
    {
        QFETCH(qint64, ticksOffset);
        QFETCH(bool, sameProgram);
        QFETCH(bool, alive);
        QTemporaryDir dir;
        DeploymentRecord record;
        record.backend = QStringLiteral("local");
        record.status = QStringLiteral("ready");
        record.emulatorPid = QCoreApplication::applicationPid(); // this test, surely running
        record.emulatorStartTicks = emulator_process::startTicks(record.emulatorPid) + ticksOffset;
        record.emulatorProgram = sameProgram ? QCoreApplication::applicationFilePath()
                                             : test::binary(QStringLiteral("traceload-function"));
        record.write(dir.path());
        const auto existing = readExistingDeployment(dir.path());
        QVERIFY(existing);
        QVERIFY(existing->hasEmulator);
        QCOMPARE(existing->emulatorAlive, alive);
    }

    void otherBackendsHaveNoEmulator_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("dry-run") << QStringLiteral("dry-run");
        QTest::newRow("knative") << QStringLiteral("knative");
    }

    void otherBackendsHaveNoEmulator()
    {
        QFETCH(QString, backend);
        QTemporaryDir dir;
        DeploymentRecord record;
        record.backend = backend;
        record.status = QStringLiteral("ready");
        record.services.push_back({QStringLiteral("a"), QStringLiteral("p"), {}, true, true});
        record.write(dir.path());
        const auto existing = readExistingDeployment(dir.path());
        QVERIFY(existing);
        QCOMPARE(existing->record.services.size(), size_t(1));
        QVERIFY(!existing->hasEmulator);
        QVERIFY(!existing->emulatorAlive);
    }
};

QTEST_GUILESS_MAIN(TestExistingDeployment)
#include "test_existing_deployment.moc"

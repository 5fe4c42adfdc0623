// The Deploy page, offscreen, on the bundled sample: the commands shown before anything runs,
// a local deployment whose 250 services turn ready in the table, the recorded deployment as a
// second window sees it, teardown leaving no emulator behind; a Knative deployment (fake
// kubectl/kn) whose shell commands need a confirmation, cancelled while `kn` hangs, leaving
// no process running.
#include "deploy/deployment_record.h"
#include "fake_kube/fake_kube.h"
#include "jobs/stage_job_runner.h"
#include "main_window.h"
#include "models/service_state_model.h"
#include "pages/deploy_page.h"
#include "test_support.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace traceload;

namespace {

constexpr int kTimeoutMs = 120'000;

DeployPage* deployPage(const MainWindow& w)
{
    return static_cast<DeployPage*>(w.page(Stage::Deployment));
}

QPushButton* button(const DeployPage* page, const char* name)
{
    return page->findChild<QPushButton*>(QString::fromLatin1(name));
}

// Gone, or a zombie nobody reaps yet (not running either way).
bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    return test::readText(QStringLiteral("/proc/%1/stat").arg(pid)).contains(") Z ");
}

// Processes (not zombies) whose environment names this fake cluster: what the fakes started.
QStringList processesOf(const test::FakeKube& kube)
{
    const QByteArray marker = "FAKE_KUBE_STATE=" + kube.stateDir().toLocal8Bit();
    QStringList found;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric || processGone(pid.toLongLong()))
            continue;
        const QList<QByteArray> environment =
            test::readText(QStringLiteral("/proc/%1/environ").arg(pid)).split('\0');
        if (environment.contains(marker))
            found << pid + u' ' +
                         QString::fromLocal8Bit(
                             test::readText(QStringLiteral("/proc/%1/cmdline").arg(pid)))
                             .replace(u'\0', u' ');
    }
    return found;
}

// A window on the bundled sample with these deployment settings, on the Deploy page.
void prepare(MainWindow& w, const QString& backend, const QString& buildDir)
{
    Workspace ws = w.pipeline()->workspace();
    ws.backend = backend;
    ws.deploy.buildDir = buildDir;
    ws.deploy.emulatorProgram = test::binary(QStringLiteral("traceload-function"));
    ws.deploy.pollIntervalMs = 100;
    ws.deploy.jobs = 4;
    w.pipeline()->setWorkspace(ws);
    w.resize(1400, 900);
    w.show();
    w.showStage(Stage::Deployment);
}

} // namespace

// TRACELOAD_SCREENSHOTS=DIR: the window is saved there at two moments of the tests.
static void screenshot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("TRACELOAD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // pending layout requests first
    window.grab().save(QDir(dir).filePath(name));
}

class TestDeployPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
        QSettings().clear();
    }

    void localDeploymentAndTeardown()
    {
        QTemporaryDir dir;
        const QString build = dir.filePath(QStringLiteral("build"));
        MainWindow w;
        prepare(w, QStringLiteral("local"), build);
        DeployPage* page = deployPage(w);
        QPushButton* deploy = button(page, "deployButton");
        QPushButton* teardown = button(page, "teardownButton");

        // Before anything runs: the exact emulator command, 250 services pending.
        QTRY_VERIFY_WITH_TIMEOUT(w.pipeline()->canRun(Stage::Deployment), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->previewText().contains(
                                     test::binary(QStringLiteral("traceload-function")) +
                                     QStringLiteral(" --listen 127.0.0.1:0 --services ") +
                                     QDir(build).absoluteFilePath(QStringLiteral("services.json"))),
                                 kTimeoutMs);
        QTRY_COMPARE(page->model()->rowCount(), 250);
        QCOMPARE(page->model()->counts().pending, 250);
        QVERIFY2(page->existingText().startsWith(QStringLiteral("Nothing is deployed")),
                 qPrintable(page->existingText()));
        QVERIFY(!teardown->isEnabled());
        QTRY_VERIFY(deploy->isEnabled()); // no shell commands: no confirmation

        deploy->click();
        QVERIFY(page->isDeploying());
        QVERIFY(button(page, "cancelButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isDeploying(), kTimeoutMs);
        const ServiceStateModel::Counts counts = page->model()->counts();
        QCOMPARE(counts.ready, 250);
        QCOMPARE(counts.pending + counts.applying + counts.failed, 0);
        QCOMPARE(page->table()->model()->rowCount(), 250);
        QCOMPARE(
            page->table()->model()->index(17, ServiceStateModel::StateColumn).data().toString(),
            QStringLiteral("ready"));
        QVERIFY(!page->table()
                     ->model()
                     ->index(17, ServiceStateModel::TimeColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QCOMPARE(w.pipeline()->status(Stage::Deployment), StageStatus::Ready);
        QVERIFY2(page->statusText().contains(QStringLiteral("250 of 250 services ready")),
                 qPrintable(page->statusText()));
        QVERIFY2(page->commandLog().contains(QStringLiteral("the emulator started, pid ")),
                 qPrintable(page->commandLog()));
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        const qint64 pid = record->emulatorPid;
        QVERIFY(!processGone(pid));
        QVERIFY2(page->existingText().contains(QStringLiteral("(pid %1) is running").arg(pid)),
                 qPrintable(page->existingText()));
        QVERIFY(teardown->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), kTimeoutMs); // the status bar at rest
        screenshot(w, QStringLiteral("deploy-page.png"));

        // A window opened later on the same build folder shows the recorded deployment.
        {
            MainWindow later;
            prepare(later, QStringLiteral("local"), build);
            DeployPage* seen = deployPage(later);
            QTRY_VERIFY(seen->existingText().contains(QStringLiteral("is running")));
            QTRY_COMPARE(seen->model()->counts().ready, 250);
            QVERIFY(button(seen, "teardownButton")->isEnabled());
        }

        // Teardown: the emulator is gone, the record too, the pipeline forgets the deployment.
        teardown->click();
        QVERIFY(page->isTearingDown());
        QVERIFY(!deploy->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTearingDown(), kTimeoutMs);
        QVERIFY2(page->statusText().startsWith(
                     QStringLiteral("Torn down: the local deployment (services removed: 250)")),
                 qPrintable(page->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 20000);
        QVERIFY(!DeploymentRecord::read(build));
        QCOMPARE(w.pipeline()->status(Stage::Deployment), StageStatus::Empty);
        QVERIFY(page->existingText().startsWith(QStringLiteral("Nothing is deployed")));
        QCOMPARE(page->model()->counts().pending, 250);
        QVERIFY(!teardown->isEnabled());
    }

    void knativeConfirmationAndCancel()
    {
        test::FakeKube kube;
        test::FakeKube::set("FAKE_KN_HANG", "1"); // `kn service list` never returns
        QTemporaryDir dir;
        const QString build = dir.filePath(QStringLiteral("build"));
        MainWindow w;
        prepare(w, QStringLiteral("knative"), build);
        DeployPage* page = deployPage(w);
        QPushButton* deploy = button(page, "deployButton");

        // The bundled config's database commands are shell commands: shown, to be confirmed.
        QTRY_VERIFY_WITH_TIMEOUT(w.pipeline()->canRun(Stage::Deployment), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->previewText().contains(QStringLiteral("[shell] bash -c 'kubectl apply -f ")),
            kTimeoutMs);
        QVERIFY(page->previewText().contains(QStringLiteral("kubectl apply -f ") +
                                             QDir(build).absolutePath()));
        QVERIFY(page->previewText().contains(QStringLiteral("kn service list -o json")));
        QCheckBox* confirm = nullptr;
        for (QCheckBox* box : page->findChildren<QCheckBox*>())
            if (box->text().startsWith(QStringLiteral("I have read the shell commands")))
                confirm = box;
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(!deploy->isEnabled());
        confirm->setChecked(true);
        QVERIFY(deploy->isEnabled());

        deploy->click();
        QVERIFY(page->isDeploying());
        // Every service applied, then the readiness poll hangs.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->counts().applying, 250, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(kube.countCommands(QStringLiteral("kn service list -o json")) > 0,
                                 kTimeoutMs);
        QTest::qWait(300);
        QVERIFY(!processesOf(kube).isEmpty()); // the hanging kn
        QVERIFY(page->commandLog().contains(QStringLiteral(" → exit 0 (")));
        button(page, "cancelButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isDeploying(), 30000);
        QVERIFY2(page->statusText().contains(QStringLiteral("cancelled")),
                 qPrintable(page->statusText()));
        QVERIFY(page->commandLog().contains(QStringLiteral("Cancelled.")));
        QCOMPARE(page->model()->counts().ready, 0);
        QCOMPARE(page->model()->counts().applying, 0); // no longer watched: failed, cancelled
        QCOMPARE(page->model()->counts().failed, 250);
        // No job left behind (a stage job whose worker finished before its continuation was
        // attached used to stay listed for ever: the status bar spun on).
        QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 10000);
        screenshot(w, QStringLiteral("deploy-page-knative-cancelled.png"));
        QTRY_VERIFY2_WITH_TIMEOUT(processesOf(kube).isEmpty(),
                                  qPrintable(processesOf(kube).join(u'\n')), 10000);
        QCOMPARE(DeploymentRecord::read(build)->status, QStringLiteral("cancelled"));
        QVERIFY2(page->existingText().contains(QStringLiteral("(cancelled)")),
                 qPrintable(page->existingText()));
        QVERIFY(w.pipeline()->status(Stage::Deployment) != StageStatus::Ready);

        // Teardown removes the services the cancelled deployment had created.
        test::FakeKube::set("FAKE_KN_HANG", "0");
        QCOMPARE(kube.services().size(), qsizetype(250));
        QPushButton* teardown = button(page, "teardownButton");
        QVERIFY(teardown->isEnabled());
        teardown->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTearingDown(), kTimeoutMs);
        QVERIFY2(page->statusText().startsWith(QStringLiteral("Torn down")),
                 qPrintable(page->statusText() + u'\n' + page->commandLog()));
        QVERIFY(kube.services().isEmpty());
        QVERIFY(!DeploymentRecord::read(build));
        QVERIFY(processesOf(kube).isEmpty());
    }
};

QTEST_MAIN(TestDeployPage)
#include "test_deploy_page.moc"

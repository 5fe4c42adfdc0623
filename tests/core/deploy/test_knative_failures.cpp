// The knative backend's failure modes against the fake kubectl and kn: a failing command,
// a service that never becomes Ready, kn hanging or printing garbage, missing programs.
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "fake_kube/fake_kube.h"
#include "knative_sample.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

class TestKnativeFailures : public QObject
{
    Q_OBJECT

private slots:
    void failingApplyNamesServiceAndCommand()
    {
        test::FakeKube kube;
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ServicePlan plan = smallPlan(6);
        const QString victim = plan.services[3].name;
        test::FakeKube::set("FAKE_KUBECTL_FAIL_ON", victim.toUtf8());
        DeployOptions options = fastOptions(build);
        options.jobs = 1; // deterministic: the services after the victim are not started
        try {
            deploy(plan, options);
            QFAIL("no error");
        } catch (const DeploymentError& e) {
            QCOMPARE(e.service(), victim);
            const QString yaml = QDir(build).absoluteFilePath(victim + QStringLiteral(".yaml"));
            QVERIFY2(e.message().startsWith(
                         QStringLiteral("service '%1': command `kubectl apply -f %2` failed: exit "
                                        "code 1: error: error validating \"%2\": fake failure "
                                        "(FAKE_KUBECTL_FAIL_ON)\n4 of 6 services applied, 3 "
                                        "Ready (report: ")
                             .arg(victim, yaml)),
                     qPrintable(e.message()));
            QVERIFY2(
                e.message().endsWith(
                    QStringLiteral("`traceload --batch teardown -b %1` removes them)").arg(build)),
                qPrintable(e.message()));
            QCOMPARE(e.record().readyServices().size(), 3);
        }
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("failed"));
        QCOMPARE(record->readyServices(), (QStringList{plan.services[0].name, plan.services[1].name,
                                                       plan.services[2].name}));
        QVERIFY(record->error.contains(QStringLiteral("kubectl apply -f")));
        QCOMPARE(kube.services().size(), 3);

        // What did come up can be torn down.
        const TeardownResult t = teardownDeployment(options);
        QVERIFY(t.hadRecord);
        QCOMPARE(t.servicesRemoved, 3);
        QVERIFY(kube.services().isEmpty());
        QVERIFY(!DeploymentRecord::read(build));
    }

    void failingPreDeploymentCommand()
    {
        test::FakeKube kube;
        test::FakeKube::set("FAKE_KUBECTL_FAIL_ON", "database");
        QTemporaryDir dir;
        const ServicePlan plan = smallPlan(3, true);
        const ProxyConfigEntry* e = sample().config.findByYaml(
            sample().catalogue.proxies[size_t(plan.services[0].proxyIndex)].yamlPath);
        QVERIFY(e && !e->preDeploymentCommands.isEmpty());
        try {
            deploy(plan, fastOptions(dir.filePath("build")));
            QFAIL("no error");
        } catch (const DeploymentError& err) {
            QCOMPARE(err.service(), plan.services[0].name);
            QVERIFY2(err.message().startsWith(
                         QStringLiteral("service '%1': pre-deployment command `%2` (in %3) failed: "
                                        "exit code 1: error: error validating")
                             .arg(plan.services[0].name, e->preDeploymentCommands[0],
                                  QFileInfo(test::sampleConfig()).absolutePath())),
                     qPrintable(err.message()));
            QVERIFY2(err.message().contains(QStringLiteral("\n0 of 3 services applied, 0 Ready")),
                     qPrintable(err.message()));
        }
        QCOMPARE(kube.countCommandsContaining(QStringLiteral(".yaml")), 1); // nothing applied
    }

    void neverReadyTimesOutWithReport()
    {
        test::FakeKube kube;
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ServicePlan plan = smallPlan(4);
        const QString stuck = plan.services[2].name;
        test::FakeKube::set("FAKE_KN_NEVER_READY", stuck.toUtf8());
        DeployOptions options = fastOptions(build);
        options.readyTimeoutSeconds = 0; // one poll, then the timeout
        try {
            deploy(plan, options);
            QFAIL("no error");
        } catch (const DeploymentError& e) {
            QCOMPARE(e.service(), stuck);
            QVERIFY2(e.message().startsWith(
                         QStringLiteral("1 of 4 services not Ready after 0 s (--ready-timeout): %1 "
                                        "(RevisionMissing: Configuration \"%1\" is waiting for a "
                                        "Revision to become ready.)\n4 of 4 services applied, 3 "
                                        "Ready")
                             .arg(stuck)),
                     qPrintable(e.message()));
        }
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("failed"));
        QCOMPARE(record->notReadyServices(), QStringList{stuck});
        QCOMPARE(record->readyServices().size(), 3);
        QVERIFY(record->services[2].reason.startsWith(QStringLiteral("RevisionMissing")));
        QVERIFY(record->services[0].endpoint.endsWith(QStringLiteral(".default.example.com")));
    }

    void missingPrograms_data()
    {
        QTest::addColumn<QStringList>("onPath");
        QTest::addColumn<QString>("missing");
        QTest::newRow("kn") << QStringList{QStringLiteral("kubectl")} << QStringLiteral("kn");
        QTest::newRow("kubectl") << QStringList{QStringLiteral("kn")} << QStringLiteral("kubectl");
    }
    void missingPrograms()
    {
        QFETCH(QStringList, onPath);
        QFETCH(QString, missing);
        test::FakeKube kube(onPath);
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        try {
            deploy(smallPlan(2), fastOptions(build));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), QStringLiteral("PATH"));
            QCOMPARE(e.message(), QStringLiteral("'%1' not found on PATH; the knative backend runs "
                                                 "kubectl and kn (install them, or use --backend "
                                                 "local)")
                                      .arg(missing));
        }
        QVERIFY(!QFileInfo::exists(build)); // nothing touched
        QVERIFY(kube.commands().isEmpty());
    }

    void knFailures_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("message");
        QTest::newRow("hang") << QByteArray("FAKE_KN_HANG")
                              << QStringLiteral("command `kn service list -o json` failed: timed "
                                                "out after ");
        QTest::newRow("garbage") << QByteArray("FAKE_KN_GARBAGE")
                                 << QStringLiteral("`kn service list -o json`: printed something "
                                                   "that is not a Knative service list (JSON "
                                                   "expected): \"<html><body>502 Bad "
                                                   "Gateway</body></html>\"\n2 of 2 services "
                                                   "applied, 0 Ready");
    }
    void knFailures()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QString, message);
        test::FakeKube kube;
        test::FakeKube::set(variable.constData(), "1");
        QTemporaryDir dir;
        DeployOptions options = fastOptions(dir.filePath("build"));
        options.commandTimeoutMs = 3000;
        try {
            deploy(smallPlan(2), options);
            QFAIL("no error");
        } catch (const DeploymentError& e) {
            QVERIFY(e.service().isEmpty());
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
        QCOMPARE(DeploymentRecord::read(dir.filePath("build"))->status, QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestKnativeFailures)
#include "test_knative_failures.moc"

// End-to-end tests of `traceload --batch deploy` and `teardown`: the real binary on the
// vSwarm sample, with the fake kubectl and kn on PATH for the knative backend and the real
// traceload-function for the local one.
#include "fake_kube/fake_kube.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <set>

using namespace traceload::test;

namespace {

QJsonObject record(const QString& build)
{
    return QJsonDocument::fromJson(readText(build + QStringLiteral("/deployment.json"))).object();
}

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    return readText(QStringLiteral("/proc/%1/stat").arg(pid)).contains(") Z ");
}

QStringList sampleInputs()
{
    return {QStringLiteral("-t"), sampleTraceDir(),     QStringLiteral("-p"),
            sampleProfile(),      QStringLiteral("-c"), sampleConfig()};
}

// The distinct pre-deployment commands of config.json (all `kubectl apply -f ./yamls/...`).
QStringList distinctPreDeploymentCommands()
{
    std::set<QString> commands;
    for (const QJsonValue& e : QJsonDocument::fromJson(readText(sampleConfig())).array())
        for (const QJsonValue& c : e.toObject().value(u"predeployment-commands").toArray())
            commands.insert(c.toString());
    return QStringList(commands.begin(), commands.end());
}

} // namespace

class TestDeployCli : public QObject
{
    Q_OBJECT

private slots:
    void knativeSampleDeployAndTeardown()
    {
        FakeKube kube;
        FakeKube::set("FAKE_KN_NOT_READY_POLLS", "1");
        kube.createService(QStringLiteral("someone-elses-service"));
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ProcessResult r = runTraceload(
            QStringList{QStringLiteral("--batch"), QStringLiteral("deploy"),
                        QStringLiteral("--backend"), QStringLiteral("knative"),
                        QStringLiteral("-b"), build, QStringLiteral("--poll-interval"),
                        QStringLiteral("50"), QStringLiteral("--deploy-jobs"), QStringLiteral("4"),
                        QStringLiteral("-dbg"), QStringLiteral("false")} +
            sampleInputs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "deployed 250 services (knative backend) for 250 trace functions")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  ... 245 more\n")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("remove with: traceload --batch teardown -b ") + build),
            qPrintable(r.out));

        // 250 YAMLs, 250 services on the "cluster" besides the foreign one.
        QCOMPARE(QDir(build).entryList({QStringLiteral("*.yaml")}, QDir::Files).size(), 250);
        QCOMPARE(kube.services().size(), 251);
        const QJsonObject rec = record(build);
        QCOMPARE(rec.value(u"backend").toString(), QStringLiteral("knative"));
        QCOMPARE(rec.value(u"status").toString(), QStringLiteral("ready"));
        const QJsonArray services = rec.value(u"services").toArray();
        QCOMPARE(services.size(), qsizetype(250));
        std::set<QString> endpoints;
        for (const QJsonValue& s : services) {
            const QJsonObject o = s.toObject();
            QCOMPARE(o.value(u"endpoint").toString(),
                     o.value(u"name").toString() + QStringLiteral(".default.example.com"));
            endpoints.insert(o.value(u"endpoint").toString());
        }
        QCOMPARE(endpoints.size(), size_t(250));

        // Every database command the mapped proxies need ran exactly once; none ran twice.
        int databaseCommands = 0;
        for (const QString& c : distinctPreDeploymentCommands()) {
            const int n = kube.countCommands(c);
            QVERIFY2(n <= 1, qPrintable(c));
            databaseCommands += n;
            if (n == 1)
                QVERIFY2(r.out.contains(c), qPrintable(c)); // shown before it ran
        }
        QVERIFY(databaseCommands > 0);
        QCOMPARE(kube.countCommandsContaining(QStringLiteral("kubectl apply -f ./yamls/")),
                 databaseCommands);
        QCOMPARE(rec.value(u"pre_deployment_commands").toArray().size(),
                 qsizetype(databaseCommands));

        const ProcessResult t = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("teardown"), QStringLiteral("-b"), build,
             QStringLiteral("--poll-interval"), QStringLiteral("50")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        QVERIFY2(t.out.contains(QStringLiteral("removed the knative deployment recorded in %1/"
                                               "deployment.json (250 services removed)")
                                    .arg(build)),
                 qPrintable(t.out));
        QCOMPARE(kube.services(), QStringList{QStringLiteral("someone-elses-service")});
        QVERIFY(!QFileInfo::exists(build + QStringLiteral("/deployment.json")));
        QCOMPARE(QDir(build).entryList({QStringLiteral("*.yaml")}, QDir::Files).size(), 0);
    }

    void knativeFailures_data()
    {
        QTest::addColumn<QStringList>("onPath");
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("apply fails")
            << QStringList{QStringLiteral("kubectl"), QStringLiteral("kn")}
            << QByteArray("FAKE_KUBECTL_FAIL_ON") << QByteArray("fibonacci")
            << QStringLiteral("^error: service '([a-z0-9-]*fibonacci[a-z0-9-]*)': command "
                              "`kubectl apply -f [^`]*/\\1\\.yaml` failed: exit code 1: error: "
                              "error validating .*\\n\\d+ of 81 services applied, \\d+ Ready "
                              "\\(report: ");
        QTest::newRow("never ready")
            << QStringList{QStringLiteral("kubectl"), QStringLiteral("kn")}
            << QByteArray("FAKE_KN_NEVER_READY") << QByteArray("aes")
            << QStringLiteral("^error: \\d+ of 81 services not Ready after 0 s "
                              "\\(--ready-timeout\\): [a-z0-9-]*aes[a-z0-9-]* \\(RevisionMissing");
        QTest::newRow("garbage") << QStringList{QStringLiteral("kubectl"), QStringLiteral("kn")}
                                 << QByteArray("FAKE_KN_GARBAGE") << QByteArray("1")
                                 << QStringLiteral("^error: `kn service list -o json`: printed "
                                                   "something that is not a Knative service list");
        QTest::newRow("no kn") << QStringList{QStringLiteral("kubectl")} << QByteArray()
                               << QByteArray()
                               << QStringLiteral("^error: PATH: 'kn' not found on PATH; the "
                                                 "knative backend runs kubectl and kn");
    }
    void knativeFailures()
    {
        QFETCH(QStringList, onPath);
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        QFETCH(QString, pattern);
        FakeKube kube(onPath);
        if (!variable.isEmpty())
            FakeKube::set(variable.constData(), value);
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ProcessResult r =
            runTraceload(QStringList{QStringLiteral("--batch"), QStringLiteral("deploy"),
                                     QStringLiteral("--backend"), QStringLiteral("knative"),
                                     QStringLiteral("-b"), build, QStringLiteral("--poll-interval"),
                                     QStringLiteral("50"), QStringLiteral("--ready-timeout"),
                                     QStringLiteral("0"), QStringLiteral("--deploy-jobs"),
                                     QStringLiteral("1"), QStringLiteral("--share-proxies")} +
                         sampleInputs());
        QCOMPARE(r.exitCode, 2);
        // stderr also holds the progress lines.
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        QVERIFY2(re.match(r.err).hasMatch(), qPrintable(r.err));
        if (onPath.size() == 2) {
            QCOMPARE(record(build).value(u"status").toString(), QStringLiteral("failed"));
            // What was deployed can be removed, and only that.
            kube.createService(QStringLiteral("foreign"));
            FakeKube::set("FAKE_KN_GARBAGE", "0");
            const ProcessResult t =
                runTraceload({QStringLiteral("--batch"), QStringLiteral("teardown"),
                              QStringLiteral("-b"), build});
            QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
            QCOMPARE(kube.services(), QStringList{QStringLiteral("foreign")});
        }
    }

    void localDeployAndTeardown()
    {
        QVERIFY2(QFileInfo(binary(QStringLiteral("traceload-function"))).isExecutable(),
                 "traceload-function is not built");
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        // The default backend with the bundled sample: no input flags at all.
        const ProcessResult r =
            runTraceload({QStringLiteral("--batch"), QStringLiteral("deploy"), QStringLiteral("-b"),
                          build, QStringLiteral("-dbg"), QStringLiteral("false")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "deployed 250 services (local backend) for 250 trace functions")),
                 qPrintable(r.out));
        const QJsonObject rec = record(build);
        QCOMPARE(rec.value(u"backend").toString(), QStringLiteral("local"));
        const QString connectTo = rec.value(u"connect_to").toString();
        QVERIFY2(connectTo.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(connectTo));
        QVERIFY(r.out.contains(QStringLiteral("connect to:  ") + connectTo));
        const qint64 pid = rec.value(u"emulator_pid").toInteger();
        QVERIFY(pid > 0);
        QVERIFY(!processGone(pid)); // outlived `deploy`
        const QJsonObject services =
            QJsonDocument::fromJson(readText(build + QStringLiteral("/services.json"))).object();
        QCOMPARE(services.size(), qsizetype(250));
        QVERIFY(services.contains(
            rec.value(u"services").toArray()[0].toObject().value(u"endpoint").toString()));

        const ProcessResult t = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("teardown"), QStringLiteral("-b"), build});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        QVERIFY2(t.out.contains(QStringLiteral("removed the local deployment")), qPrintable(t.out));
        QVERIFY(processGone(pid));
        QVERIFY(!QFileInfo::exists(build + QStringLiteral("/deployment.json")));
    }

    // An emulator whose build folder was deleted is out of `teardown -b`'s reach: every
    // teardown lists it, `teardown --orphans` stops it; a deployment still recorded is not
    // an orphan. A copy of the emulator keeps the search to this test's processes.
    void orphanedEmulatorIsFoundAndStopped()
    {
        QTemporaryDir dir;
        const QString emulator = dir.filePath(QStringLiteral("bin/traceload-function"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
        QVERIFY(QFile::copy(binary(QStringLiteral("traceload-function")), emulator));
        const auto deployInto = [&](const QString& build) {
            const ProcessResult r = runTraceload(
                {"--batch", "deploy", "-b", build, "--emulator", emulator, "--share-proxies"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        };
        const QString gone = dir.filePath(QStringLiteral("gone"));
        const QString kept = dir.filePath(QStringLiteral("kept"));
        deployInto(gone);
        deployInto(kept);
        const qint64 orphan = record(gone).value(u"emulator_pid").toInteger();
        const qint64 live = record(kept).value(u"emulator_pid").toInteger();
        QVERIFY(orphan > 0 && live > 0 && !processGone(orphan));
        QVERIFY(QDir(gone).removeRecursively());

        ProcessResult t = runTraceload(
            {"--batch", "teardown", "-b", dir.filePath("none"), "--emulator", emulator});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        QVERIFY2(t.out.contains(QStringLiteral("orphaned emulator: pid %1 (its build folder %2 is "
                                               "gone)\nstop them with: traceload --batch "
                                               "teardown --orphans\n")
                                    .arg(orphan)
                                    .arg(gone)),
                 qPrintable(t.out));
        QVERIFY(!t.out.contains(QString::number(live)));
        QVERIFY(!processGone(orphan));

        t = runTraceload({"--batch", "teardown", "--orphans", "--emulator", emulator});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        QCOMPARE(t.out, QStringLiteral("stopped the orphaned emulator pid %1 (its build folder "
                                       "%2 is gone)\n")
                            .arg(orphan)
                            .arg(gone));
        QVERIFY(processGone(orphan));
        QVERIFY(!processGone(live));

        t = runTraceload({"--batch", "teardown", "-b", kept, "--emulator", emulator});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        QVERIFY(processGone(live));
    }

    void dryRun()
    {
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ProcessResult r = runTraceload(
            QStringList{QStringLiteral("--batch"), QStringLiteral("deploy"),
                        QStringLiteral("--backend"), QStringLiteral("dry-run"),
                        QStringLiteral("--share-proxies"), QStringLiteral("-b"), build} +
            sampleInputs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonArray services = record(build).value(u"services").toArray();
        QVERIFY(services.size() > 0 && services.size() < 250); // one per distinct proxy
        for (const QJsonValue& s : services)
            QCOMPARE(s.toObject().value(u"endpoint").toString(),
                     s.toObject().value(u"name").toString() + QStringLiteral(".dry-run"));
        const ProcessResult t = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("teardown"), QStringLiteral("-b"), build});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(!QFileInfo::exists(build + QStringLiteral("/deployment.json")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("k8s")}
                                 << QStringLiteral("error: flag --backend: unknown backend 'k8s' "
                                                   "(available: local, knative, dry-run)\n");
        QTest::newRow("work") << QStringList{QStringLiteral("--work"), QStringLiteral("fast")}
                              << QStringLiteral("error: flag --work: unknown mode 'fast' (use "
                                                "sleep or spin)\n");
        QTest::newRow("jobs") << QStringList{QStringLiteral("--deploy-jobs"), QStringLiteral("0")}
                              << QStringLiteral("error: flag -deploy-jobs: '0' is not a whole "
                                                "number from 1 to 1024\n");
        QTest::newRow("profile") << QStringList{QStringLiteral("-p"),
                                                QStringLiteral("/nonexistent/p.json")}
                                 << QStringLiteral("error: /nonexistent/p.json: ");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const ProcessResult r =
            runTraceload(QStringList{QStringLiteral("--batch"), QStringLiteral("deploy"),
                                     QStringLiteral("-b"), dir.filePath("build")} +
                         arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message) || r.err.contains(u'\n' + message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("build/deployment.json")));
    }

    // Teardown also lists this user's orphaned emulators; tests running beside this one
    // start emulators of their own, so the search is pointed at a program nobody runs.
    void teardownWithoutRecord()
    {
        QTemporaryDir dir;
        const ProcessResult t = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("teardown"), QStringLiteral("-b"),
             dir.path(), QStringLiteral("--emulator"), dir.filePath("bin/traceload-function")});
        QCOMPARE(t.exitCode, 0);
        QCOMPARE(t.out, QStringLiteral("nothing to tear down: %1/deployment.json does not exist\n")
                            .arg(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestDeployCli)
#include "test_deploy_cli.moc"

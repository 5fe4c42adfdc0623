// The command preview lists exactly what a deployment then runs: compared with deploy.log
// (knative, through the fake kubectl/kn with the sample's config.json and YAMLs) and with the
// emulator's own command line (local).
#include "common/input_error.h"
#include "deploy/deployment_preview.h"
#include "fake_kube/fake_kube.h"
#include "knative_sample.h"
#include "profile/profile_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

struct LoggedCommand
{
    QString line;
    QString folder;
};

// The "$ <command>" entries of deploy.log with their "in <folder>" lines, in order;
// consecutive runs of the same command (polls) collapsed into one.
std::vector<LoggedCommand> loggedCommands(const QString& buildDir)
{
    std::vector<LoggedCommand> commands;
    const QStringList lines =
        QString::fromUtf8(test::readText(buildDir + QStringLiteral("/deploy.log"))).split(u'\n');
    for (const QString& line : lines) {
        const qsizetype dollar = line.indexOf(QStringLiteral(" $ "));
        if (dollar > 0 && !line.startsWith(u' ')) {
            commands.push_back({line.mid(dollar + 3), {}});
        } else if (line.startsWith(QStringLiteral("    in ")) && !commands.empty()) {
            commands.back().folder = line.mid(7);
        }
    }
    std::vector<LoggedCommand> collapsed;
    for (const LoggedCommand& c : commands)
        if (collapsed.empty() || collapsed.back().line != c.line)
            collapsed.push_back(c);
    return collapsed;
}

QStringList displayed(const DeploymentPreview& preview)
{
    QStringList lines;
    for (const PlannedCommand& c : preview.commands)
        lines << c.command.display();
    return lines;
}

QStringList displayed(const std::vector<LoggedCommand>& logged)
{
    QStringList lines;
    for (const LoggedCommand& c : logged)
        lines << c.line;
    return lines;
}

} // namespace

class TestDeploymentPreview : public QObject
{
    Q_OBJECT

private slots:
    void knativeEqualsTheLog_data()
    {
        QTest::addColumn<bool>("bundled");        // the Qt-resource profile and config
        QTest::addColumn<bool>("deleteExisting"); // `kn service delete --all` first
        QTest::addColumn<int>("services");        // 0: the whole 250-service sample
        QTest::newRow("sample config, 250 services") << false << false << 0;
        QTest::newRow("sample config, delete existing") << false << true << 5;
        QTest::newRow("bundled config") << true << false << 0;
    }

    void knativeEqualsTheLog()
    {
        QFETCH(bool, bundled);
        QFETCH(bool, deleteExisting);
        QFETCH(int, services);
        test::FakeKube kube;
        test::FakeKube::set("FAKE_KN_NOT_READY_POLLS", "2");
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        DeployOptions options = test::fastOptions(build);
        options.jobs = 1; // applies in plan order, so that the log's order is the preview's
        options.deleteExisting = deleteExisting;

        ProxyCatalogue bundledCatalogue;
        ProxyConfig bundledConfig;
        const ProxyCatalogue* catalogue = &test::sample().catalogue;
        const ProxyConfig* config = &test::sample().config;
        ServicePlan plan = services > 0 ? test::smallPlan(services, true) : test::sample().plan;
        if (bundled) {
            bundledCatalogue = ProfileReader::bundled();
            bundledConfig = ConfigReader::read(QStringLiteral(":/traceload/vswarm/config.json"));
            catalogue = &bundledCatalogue;
            config = &bundledConfig;
            // Proxies by name: the bundled profile lists the same proxies as the sample's.
            for (ServiceSpec& spec : plan.services)
                spec.proxyIndex = bundledCatalogue.indexOf(
                    test::sample().catalogue.proxies[size_t(spec.proxyIndex)].name);
        }

        const DeploymentPreview preview =
            previewDeployment(QStringLiteral("knative"), options, plan, *catalogue, config);
        QCOMPARE(preview.backend, QStringLiteral("knative"));
        QVERIFY(preview.needsConfirmation()); // the sample's databases: shell commands
        QStringList shown;
        options.message = [&shown](const QString& m) {
            shown << m;
        };
        createDeploymentBackend(QStringLiteral("knative"), options)
            ->deploy(plan, *catalogue, config, {});

        const std::vector<LoggedCommand> logged = loggedCommands(build);
        QCOMPARE(displayed(logged), displayed(preview));
        for (size_t i = 0; i < logged.size(); ++i) {
            const PlannedCommand& planned = preview.commands[i];
            QCOMPARE(logged[i].folder, planned.command.workingDirectory);
            QCOMPARE(planned.kind == PlannedCommand::Kind::Poll,
                     planned.command.display() == u"kn service list -o json");
            if (planned.kind == PlannedCommand::Kind::Shell) {
                // A shell command runs in the config's folder and was shown before it ran.
                QCOMPARE(planned.command.program, QStringLiteral("bash"));
                QVERIFY(shown.contains(
                    QStringLiteral("running in %1: %2")
                        .arg(planned.command.workingDirectory, planned.command.arguments.at(1))));
                QVERIFY(!planned.service.isEmpty());
            }
        }
        // Every service's apply is in the preview, by the manifest path it was applied with.
        for (const ServiceSpec& spec : plan.services)
            QCOMPARE(kube.countCommands(QStringLiteral("kubectl apply -f ") +
                                        QDir(build).absoluteFilePath(spec.name + ".yaml")),
                     1);
        if (bundled)
            QVERIFY(preview.notes.join(u'\n').contains(QStringLiteral("proxy-config")));

        // Deploying again into the same folder first tears the previous deployment down: the
        // preview says so.
        const DeploymentPreview again =
            previewDeployment(QStringLiteral("knative"), options, plan, *catalogue, config);
        QVERIFY2(again.notes.join(u'\n').contains(QStringLiteral("torn down")),
                 qPrintable(again.notes.join(u'\n')));
        teardownDeployment(options);
    }

    void localEqualsTheEmulatorsCommandLine()
    {
        QTemporaryDir dir;
        DeployOptions options = test::fastOptions(dir.filePath("build"));
        options.emulatorProgram = test::binary(QStringLiteral("traceload-function"));
        options.coldStartMs = 25;
        const ServicePlan plan = test::smallPlan(3);
        const DeploymentPreview preview = previewDeployment(QStringLiteral("local"), options, plan,
                                                            test::sample().catalogue, nullptr);
        QCOMPARE(preview.commands.size(), size_t(1));
        QVERIFY(!preview.needsConfirmation());
        const CommandLine& planned = preview.commands[0].command;

        QStringList shown;
        options.message = [&shown](const QString& m) {
            shown << m;
        };
        createDeploymentBackend(QStringLiteral("local"), options)
            ->deploy(plan, test::sample().catalogue, nullptr, {});
        QVERIFY(shown.contains(QStringLiteral("starting the emulator: ") + planned.display()));
        // Shown once: the status line does not repeat the command line.
        QCOMPARE(shown.filter(planned.display()).size(), 1);
        // The running process's own argv and folder are the preview's.
        const qint64 pid = DeploymentRecord::read(options.buildDir)->emulatorPid;
        const QList<QByteArray> argv =
            test::readText(QStringLiteral("/proc/%1/cmdline").arg(pid)).split('\0');
        QStringList actual;
        for (const QByteArray& a : argv)
            actual << QString::fromLocal8Bit(a);
        actual.removeLast(); // after the final NUL
        QCOMPARE(actual, QStringList{planned.program} + planned.arguments);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget(),
                 planned.workingDirectory);
        teardownDeployment(options);
    }

    void dryRunRunsNothing()
    {
        QTemporaryDir dir;
        const DeploymentPreview preview =
            previewDeployment(QStringLiteral("dry-run"), test::fastOptions(dir.path()),
                              test::smallPlan(2), test::sample().catalogue, nullptr);
        QVERIFY(preview.commands.empty());
        QVERIFY(!preview.notes.isEmpty());
    }

    void unknownBackend()
    {
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 previewDeployment(QStringLiteral("swarm"), {}, test::smallPlan(1),
                                                   test::sample().catalogue, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentPreview)
#include "test_deployment_preview.moc"

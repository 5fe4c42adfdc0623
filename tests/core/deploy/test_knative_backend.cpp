// The knative backend against the fake kubectl and kn (tests/support/fake_kube), with the
// real vSwarm sample: trace, profile.json, config.json and YAMLs.
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "deploy/service_plan.h"
#include "fake_kube/fake_kube.h"
#include "knative_sample.h"
#include "mapping/mapper.h"
#include "profile/profile_reader.h"
#include "test_support.h"
#include "trace/trace_reader.h"
#include "yaml_tree.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

using namespace traceload;

using namespace traceload::test;

class TestKnativeBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(sample().plan.services.size(), size_t(250)); }

    void deploysTheSample()
    {
        test::FakeKube kube;
        test::FakeKube::set("FAKE_KN_NOT_READY_POLLS", "2");
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const Sample& s = sample();
        QStringList messages;
        DeployOptions options = fastOptions(build);
        options.readyReportIntervalMs = 0; // a readiness line after every poll short of all
        options.message = [&messages](const QString& m) {
            messages << m;
        };
        const Deployment d = deploy(s.plan, options);

        // Waiting for Ready says how far it got: two polls found nothing Ready yet.
        static const QRegularExpression waiting(QStringLiteral(
            "^Ready 0/250 after \\d+ s; still waiting for [a-z0-9-]+( \\([^)]*\\))?, "
            "[a-z0-9-]+( \\([^)]*\\))?, [a-z0-9-]+( \\([^)]*\\))? and 247 more$"));
        QCOMPARE(messages.filter(waiting).size(), 2);
        QCOMPARE(messages.filter(QStringLiteral("still waiting for")).size(), 2);

        // 250 YAMLs with unique, valid DNS-1123 names, everything but the name preserved.
        QCOMPARE(d.backend, QStringLiteral("knative"));
        QVERIFY(d.connectTo.isEmpty());
        const QStringList yamls = topLevelYamls(build);
        QCOMPARE(yamls.size(), 250);
        static const QRegularExpression label(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
        std::set<QString> seen;
        for (const ServiceSpec& spec : s.plan.services) {
            QVERIFY2(label.match(spec.name).hasMatch() && spec.name.size() <= 63,
                     qPrintable(spec.name));
            QVERIFY2(seen.insert(spec.name).second, qPrintable(spec.name));
            const QString path = build + u'/' + spec.name + QStringLiteral(".yaml");
            const std::vector<YAML::Node> out = test::yamlDocuments(test::readText(path));
            const QString source = s.catalogue.proxies[size_t(spec.proxyIndex)].yamlPath;
            std::vector<YAML::Node> original = test::yamlDocuments(test::readText(source));
            QCOMPARE(out.size(), size_t(1));
            QCOMPARE(QString::fromStdString(out[0]["metadata"]["name"].as<std::string>()),
                     spec.name);
            original[0]["metadata"]["name"] = spec.name.toStdString();
            QString why;
            QVERIFY2(test::sameTree(original[0], out[0], QStringLiteral("$"), why),
                     qPrintable(spec.name + u' ' + why));
            // Applied exactly once, by path, without a shell.
            QCOMPARE(kube.countCommands(QStringLiteral("kubectl apply -f ") + path), 1);
        }

        // The shared database commands ran once each, in the config's folder.
        std::map<QString, int> needed; // pre-deployment command -> services needing it
        for (const ServiceSpec& spec : s.plan.services)
            if (const ProxyConfigEntry* e =
                    s.config.findByYaml(s.catalogue.proxies[size_t(spec.proxyIndex)].yamlPath))
                for (const QString& c : e->preDeploymentCommands)
                    ++needed[c];
        QVERIFY(!needed.empty());
        int shared = 0;
        for (const auto& [command, services] : needed) {
            QCOMPARE(kube.countCommands(command), 1);
            QVERIFY(messages.contains(
                QStringLiteral("running in %1: %2")
                    .arg(QFileInfo(test::sampleConfig()).absolutePath(), command)));
            shared += services > 1 ? 1 : 0;
        }
        QVERIFY2(shared > 0, "the sample should share a database between services");
        QCOMPARE(kube.countCommandsContaining(QStringLiteral("kubectl apply -f")),
                 250 + int(needed.size()));

        // Endpoints: the URLs without http://, one distinct host per service.
        QCOMPARE(d.serviceEndpoints.size(), size_t(250));
        std::set<QString> hosts;
        for (size_t i = 0; i < d.serviceEndpoints.size(); ++i) {
            QCOMPARE(d.serviceEndpoints[i],
                     d.plan.services[i].name + QStringLiteral(".default.example.com"));
            hosts.insert(d.serviceEndpoints[i]);
        }
        QCOMPARE(hosts.size(), size_t(250));
        QCOMPARE(d.endpointOfFunction().size(), size_t(250));
        QVERIFY(kube.countCommands(QStringLiteral("kn service list -o json")) >= 3);
        QCOMPARE(kube.services(), names(s.plan));

        // The record lists exactly the services deployed, all ready.
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        QCOMPARE(record->backend, QStringLiteral("knative"));
        QCOMPARE(record->status, QStringLiteral("ready"));
        QCOMPARE(record->services.size(), size_t(250));
        QCOMPARE(record->readyServices().size(), 250);
        QCOMPARE(record->services[7].endpoint, d.serviceEndpoints[7]);
        QCOMPARE(record->preDeploymentCommands.size(), qsizetype(needed.size()));
        for (const QString& y : yamls)
            QVERIFY(record->files.contains(y));
        const QByteArray log = test::readText(build + QStringLiteral("/deploy.log"));
        QCOMPARE(log.count("$ kubectl apply -f "), qsizetype(250));
        QCOMPARE(log.count("$ bash -c "), qsizetype(needed.size()));
        QVERIFY(log.count("$ kn service list -o json") >= 3);
    }

    void teardownDeletesOnlyOurs()
    {
        test::FakeKube kube;
        kube.createService(QStringLiteral("foreign-service"));
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        test::writeText(build + QStringLiteral("/notes.txt"), "the user's own file");
        const ServicePlan plan = smallPlan(5);
        deploy(plan, fastOptions(build));
        QCOMPARE(kube.services().size(), 6);

        const TeardownResult t = teardownDeployment(fastOptions(build));
        QVERIFY(t.hadRecord);
        QCOMPARE(t.backend, QStringLiteral("knative"));
        QCOMPARE(t.servicesRemoved, 5);
        QCOMPARE(kube.services(), QStringList{QStringLiteral("foreign-service")});
        // One delete naming exactly ours (in the order kn listed them).
        QCOMPARE(kube.countCommands(QStringLiteral("kn service delete ") + names(plan).join(u' ')),
                 1);
        QCOMPARE(kube.countCommandsContaining(QStringLiteral("--all")), 0);
        // Generated files and the record are gone; the log and the user's file stay.
        QCOMPARE(QDir(build).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("deploy.log"), QStringLiteral("notes.txt")}));
        QVERIFY(
            test::readText(build + QStringLiteral("/deploy.log")).contains("$ kn service delete"));

        // Nothing recorded: nothing to do.
        QVERIFY(!teardownDeployment(fastOptions(build)).hadRecord);
    }

    void redeployReplacesThePreviousDeployment()
    {
        test::FakeKube kube;
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        test::writeText(build + QStringLiteral("/notes.yaml"), "user: file\n");
        ServicePlan first = smallPlan(6);
        ServicePlan second = first;
        first.services.resize(3);
        second.services.erase(second.services.begin(), second.services.begin() + 3);
        deploy(first, fastOptions(build));
        deploy(second, fastOptions(build));
        QCOMPARE(kube.services(), names(second));
        QStringList expected = names(second);
        for (QString& n : expected)
            n += QStringLiteral(".yaml");
        expected << QStringLiteral("notes.yaml");
        expected.sort();
        QCOMPARE(topLevelYamls(build), expected);
    }

    void deleteExistingDeletesEverythingFirst()
    {
        test::FakeKube kube;
        kube.createService(QStringLiteral("foreign-service"));
        QTemporaryDir dir;
        DeployOptions options = fastOptions(dir.filePath("build"));
        options.deleteExisting = true;
        const ServicePlan plan = smallPlan(2);
        deploy(plan, options);
        QCOMPARE(kube.services(), names(plan));
        QCOMPARE(kube.countCommands(QStringLiteral("kn service delete --all")), 1);
        QCOMPARE(kube.commands().indexOf(QStringLiteral("kn service delete --all")), 0);
    }

    void bundledProfileAndConfig()
    {
        test::FakeKube kube;
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const ProxyConfig config =
            ConfigReader::read(QStringLiteral(":/traceload/vswarm/config.json"));
        // A plan of two services of a hotel-app proxy (database + memcached commands).
        const int hotel = catalogue.indexOf(QStringLiteral("hotel-app-geo"));
        QVERIFY(hotel >= 0);
        ServicePlan plan;
        plan.services.push_back({QStringLiteral("hotel-app-geo-a"), hotel, {0}});
        plan.services.push_back({QStringLiteral("hotel-app-geo-b"), hotel, {1}});
        const Deployment d = deploy(plan, fastOptions(build), catalogue, &config);
        QCOMPARE(d.serviceEndpoints[1], QStringLiteral("hotel-app-geo-b.default.example.com"));
        // The commands ran where the bundled YAMLs were extracted, once each.
        const QString folder = QDir(build).absoluteFilePath(QStringLiteral("proxy-config"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/yamls/hotel-app/database.yaml")));
        QCOMPARE(
            kube.countCommands(QStringLiteral("kubectl apply -f ./yamls/hotel-app/database.yaml")),
            1);
        QCOMPARE(
            kube.countCommands(QStringLiteral("kubectl apply -f ./yamls/hotel-app/memcached.yaml")),
            1);
        QCOMPARE(QDir(kube.stateDir() + QStringLiteral("/applied"))
                     .entryList({QStringLiteral("*-database.yaml")}, QDir::Files)
                     .size(),
                 1);
        teardownDeployment(fastOptions(build));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void cancelledBeforeCommands()
    {
        test::FakeKube kube;
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        CancelToken cancel;
        cancel.cancel();
        const JobControl job(&cancel, {});
        const ServicePlan plan = smallPlan(3, true);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, createDeploymentBackend(QStringLiteral("knative"), fastOptions(build))
                           ->deploy(plan, sample().catalogue, &sample().config, job));
        QCOMPARE(DeploymentRecord::read(build)->status, QStringLiteral("cancelled"));
        QVERIFY(kube.commands().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKnativeBackend)
#include "test_knative_backend.moc"

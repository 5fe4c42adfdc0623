// `traceload --batch deploy --backend knative --fallback-tolerance 0.4` on the vSwarm sample
// with the fake kubectl and kn: the functions that fall back get one trace-function service
// each, applied from the bundled trace-function YAML (only metadata.name changed: image,
// port, container concurrency and annotations as the YAML sets them), and teardown deletes
// exactly the services deployed, trace functions and proxies alike.
#include "../../core/deploy/yaml_tree.h"
#include "fake_kube/fake_kube.h"
#include "mapping/mapping.h"
#include "pipeline/pipeline.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace traceload;
using namespace traceload::test;

namespace {

const QString kTolerance = QStringLiteral("0.4");

QStringList sampleInputs()
{
    return {QStringLiteral("-t"), sampleTraceDir(),     QStringLiteral("-p"),
            sampleProfile(),      QStringLiteral("-c"), sampleConfig()};
}

// The trace ids that fall back at the tolerance, from the same core call the batch makes.
std::vector<QString> fallbackIds()
{
    Workspace w;
    w.tracePath = sampleTraceDir();
    w.profilePath = sampleProfile();
    w.configPath = sampleConfig();
    w.mapping.fallbackTolerance = kTolerance.toDouble();
    Pipeline pipeline(w, TraceWindow::Replayed);
    pipeline.runThrough(Stage::Mapping);
    std::vector<QString> ids;
    for (const MappingEntry& e : pipeline.mapping()->entries)
        if (e.fallback)
            ids.push_back(e.traceId);
    return ids;
}

// "trace-function-" + the first 8 hex digits of SHA-1(function id), as the README says.
QString serviceNameOf(const QString& traceId)
{
    return QStringLiteral("trace-function-") +
           QString::fromLatin1(QCryptographicHash::hash(traceId.toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(8));
}

YAML::Node bundledTraceFunctionYaml()
{
    QFile f(QStringLiteral(":/traceload/trace-function/trace-function.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return YAML::Load(f.readAll().toStdString());
}

// Names of the services that `kn service delete` was asked to delete, in call order.
QStringList deletedNames(const FakeKube& kube)
{
    QStringList names;
    const QString prefix = QStringLiteral("kn service delete ");
    for (const QString& c : kube.commands())
        if (c.startsWith(prefix))
            names += c.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
    return names;
}

} // namespace

class TestDeployFallback : public QObject
{
    Q_OBJECT

private slots:
    void knativeTraceFunctionServices()
    {
        const std::vector<QString> ids = fallbackIds();
        QCOMPARE(ids.size(), std::size_t(115)); // the README's figure for the sample at 0.4
        std::set<QString> expected;
        for (const QString& id : ids)
            expected.insert(serviceNameOf(id));
        QCOMPARE(expected.size(), ids.size()); // no 8-digit collision: the names are known

        FakeKube kube;
        kube.createService(QStringLiteral("someone-elses-service"));
        QTemporaryDir dir;
        const QString build = dir.filePath(QStringLiteral("build"));
        const ProcessResult r = runTraceload(
            QStringList{QStringLiteral("--batch"), QStringLiteral("deploy"),
                        QStringLiteral("--backend"), QStringLiteral("knative"),
                        QStringLiteral("-b"), build, QStringLiteral("--poll-interval"),
                        QStringLiteral("50"), QStringLiteral("--deploy-jobs"), QStringLiteral("4"),
                        QStringLiteral("--fallback-tolerance"), kTolerance} +
            sampleInputs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "deployed 250 services (knative backend) for 250 trace functions")),
                 qPrintable(r.out));

        // The record: 115 trace-function services, one function each, named as expected.
        const QJsonObject record =
            QJsonDocument::fromJson(readText(build + QStringLiteral("/deployment.json"))).object();
        std::set<QString> recorded, traceFunctionServices;
        for (const QJsonValue& s : record.value(u"services").toArray()) {
            const QString name = s.toObject().value(u"name").toString();
            QVERIFY2(recorded.insert(name).second, qPrintable(name));
            if (name.startsWith(QStringLiteral("trace-function-"))) {
                traceFunctionServices.insert(name);
                QCOMPARE(s.toObject().value(u"trace_functions").toInt(), 1);
            }
        }
        QCOMPARE(recorded.size(), std::size_t(250));
        QCOMPARE(traceFunctionServices, expected);

        // Every applied manifest: a trace function's is the bundled YAML with its own name; no
        // proxy's uses the trace function's image.
        const YAML::Node bundled = bundledTraceFunctionYaml();
        QVERIFY(bundled.IsMap());
        const std::string image =
            bundled["spec"]["template"]["spec"]["containers"][0]["image"].as<std::string>();
        QCOMPARE(QString::fromStdString(image),
                 QStringLiteral("ghcr.io/vhive-serverless/invitro_trace_function:latest"));
        std::set<QString> applied;
        for (const QString& file : kube.appliedFiles()) {
            const YAML::Node doc = YAML::LoadFile(file.toStdString());
            if (!doc.IsMap() || !doc["kind"] || doc["kind"].as<std::string>() != "Service")
                continue; // a database manifest of the config's pre-deployment commands
            const QString name = QString::fromStdString(doc["metadata"]["name"].as<std::string>());
            if (!name.startsWith(QStringLiteral("trace-function-"))) {
                QVERIFY2(
                    doc["spec"]["template"]["spec"]["containers"][0]["image"].as<std::string>() !=
                        image,
                    qPrintable(name));
                continue;
            }
            QVERIFY2(applied.insert(name).second, qPrintable(name)); // applied once
            YAML::Node want = YAML::Clone(bundled);
            want["metadata"]["name"] = name.toStdString();
            QString why;
            QVERIFY2(sameTree(doc, want, name, why), qPrintable(why));
            QCOMPARE(kube.countCommands(QStringLiteral("kubectl apply -f %1/%2.yaml")
                                            .arg(QDir(build).absolutePath(), name)),
                     1);
        }
        QCOMPARE(applied, expected);
        QCOMPARE(kube.services().size(), 251);

        // Teardown deletes exactly what was deployed, each once, and nothing else.
        const ProcessResult t = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("teardown"), QStringLiteral("-b"), build,
             QStringLiteral("--poll-interval"), QStringLiteral("50")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err + t.out));
        const QStringList deleted = deletedNames(kube);
        QCOMPARE(std::set<QString>(deleted.begin(), deleted.end()), recorded);
        QCOMPARE(deleted.size(), qsizetype(recorded.size()));
        QCOMPARE(kube.services(), QStringList{QStringLiteral("someone-elses-service")});
    }
};

QTEST_GUILESS_MAIN(TestDeployFallback)
#include "test_deploy_fallback.moc"

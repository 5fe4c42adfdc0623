// YamlRewriter: a proxy's Knative YAML renamed, every other field (and its YAML type) kept.
#include "common/input_error.h"
#include "deploy/yaml_rewriter.h"
#include "fuzz_findings.h"
#include "test_support.h"
#include "yaml_tree.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <yaml-cpp/yaml.h>

using namespace traceload;

class TestYamlRewriter : public QObject
{
    Q_OBJECT

private slots:
    void everyVswarmYamlKeepsAllButTheName_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(test::sampleDir() + QStringLiteral("/yamls"), {QStringLiteral("kn-*.yaml")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        QCOMPARE(files.size(), 205); // every Knative proxy YAML bundled from vSwarm
        for (const QString& f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void everyVswarmYamlKeepsAllButTheName()
    {
        QFETCH(QString, path);
        const QString name = QStringLiteral("renamed-proxy-0123456789abcdef");
        const QByteArray out = YamlRewriter::renameServiceFile(path, name);
        const std::vector<YAML::Node> renamed = test::yamlDocuments(out);
        std::vector<YAML::Node> original = test::yamlDocuments(test::readText(path));
        QCOMPARE(renamed.size(), size_t(1));
        QCOMPARE(original.size(), size_t(1));
        QCOMPARE(QString::fromStdString(renamed[0]["metadata"]["name"].as<std::string>()), name);
        QCOMPARE(QString::fromStdString(renamed[0]["kind"].as<std::string>()),
                 QStringLiteral("Service"));
        original[0]["metadata"]["name"] = name.toStdString();
        QString why;
        QVERIFY2(test::sameTree(original[0], renamed[0], QStringLiteral("$"), why),
                 qPrintable(why));
    }

    void quotedScalarsStayStrings()
    {
        const QByteArray yaml = "apiVersion: serving.knative.dev/v1\n"
                                "kind: Service\n"
                                "metadata:\n  name: old\n  namespace: default\n"
                                "spec:\n  env:\n    - name: PORT\n      value: \"50051\"\n"
                                "    - name: FLAG\n      value: 'true'\n"
                                "    - name: COUNT\n      value: 3\n"
                                "  args: [--value=\"dis\", --x=1]\n"
                                "  empty: \"\"\n  nothing: ~\n";
        const QByteArray out = YamlRewriter::renameService(yaml, QStringLiteral("new"), "t.yaml");
        QVERIFY2(out.contains("value: \"50051\""), out.constData());
        QVERIFY2(out.contains("value: \"true\""), out.constData());
        QVERIFY2(out.contains("value: 3\n"), out.constData());
        QVERIFY2(out.contains("name: new\n"), out.constData());
        const YAML::Node n = YAML::Load(out.toStdString());
        QCOMPARE(n["spec"]["env"][0]["value"].Tag(), std::string("!"));
        QCOMPARE(n["spec"]["env"][2]["value"].Tag(), std::string("?"));
        QCOMPARE(n["spec"]["args"][0].as<std::string>(), std::string("--value=\"dis\""));
        QCOMPARE(n["spec"]["args"].Style(), YAML::EmitterStyle::Flow);
        QCOMPARE(n["spec"]["empty"].as<std::string>(), std::string());
        QVERIFY(n["spec"]["nothing"].IsNull());
        QCOMPARE(n["metadata"]["namespace"].as<std::string>(), std::string("default"));
    }

    void multiDocumentRenamesTheKnativeService()
    {
        const QByteArray yaml = "# comment only\n---\n"
                                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\n"
                                "---\n"
                                "apiVersion: serving.knative.dev/v1\nkind: Service\n"
                                "metadata:\n  name: fn\n";
        const QByteArray out = YamlRewriter::renameService(yaml, QStringLiteral("fn-1"), "m.yaml");
        const std::vector<YAML::Node> docs = test::yamlDocuments(out);
        QCOMPARE(docs.size(), size_t(2));
        QCOMPARE(docs[0]["metadata"]["name"].as<std::string>(), std::string("db"));
        QCOMPARE(docs[1]["metadata"]["name"].as<std::string>(), std::string("fn-1"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("kind: Service\nmetadata:\n  name: [unclosed\n")
                                << qint64(4) << QString() << QStringLiteral("not valid YAML");
        QTest::newRow("no metadata")
            << QByteArray("kind: Pod\nspec: {}\n") << qint64(0) << QStringLiteral("metadata.name")
            << QStringLiteral("no Knative Service");
        QTest::newRow("two services")
            << QByteArray("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: a}\n"
                          "---\napiVersion: serving.knative.dev/v1\nkind: Service\n"
                          "metadata: {name: b}\n")
            << qint64(0) << QString() << QStringLiteral("holds 2 Knative Services");
        QTest::newRow("metadata not a map")
            << QByteArray("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: x\n")
            << qint64(0) << QStringLiteral("metadata") << QStringLiteral("must be a map");
        // Issue 12, finding 1: these crashed (stack overflow) or ran out of memory.
        const QByteArray service = "apiVersion: serving.knative.dev/v1\nkind: Service\n"
                                   "metadata: {name: a}\n";
        QTest::newRow("alias inside itself")
            << service + "spec:\n  x: &a [*a]\n"
            << qint64(5) << QString()
            << QStringLiteral("an alias refers to a node that contains it");
        QByteArray bomb = service + "spec:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int level = 1; level < 9; ++level)
            bomb += QByteArray("  l%1: &l%1 [*l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, *l%2, "
                               "*l%2, *l%2]\n")
                        .replace("%1", QByteArray::number(level))
                        .replace("%2", QByteArray::number(level - 1));
        QTest::newRow("alias bomb") << bomb << qint64(0) << QString()
                                    << QStringLiteral("expands to more than 100000 nodes");
        QTest::newRow("comma outside brackets (fuzz_yaml: yaml-cpp loops forever)")
            << QByteArray("a: b\n---\n,x\n") << qint64(3) << QString()
            << QStringLiteral("not valid YAML: the parser makes no progress here");
        QTest::newRow("nested too deep")
            << service + "spec: " + QByteArray(3000, '[') + QByteArray(3000, ']') + "\n"
            << qint64(4) << QString() << QStringLiteral("not valid YAML: nested too deep");
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        try {
            YamlRewriter::renameService(yaml, QStringLiteral("x"), QStringLiteral("bad.yaml"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), QStringLiteral("bad.yaml"));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void fuzzFindings_data() { test::addFuzzFindingRows(QStringLiteral("fuzz_yaml"), 1); }
    void fuzzFindings()
    {
        QFETCH(QString, path);
        try {
            YamlRewriter::renameServiceFile(path, QStringLiteral("x"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(e.message().startsWith(QStringLiteral("not valid YAML")),
                     qPrintable(e.toString()));
        }
    }

    void missingFileNamesIt()
    {
        const QString path = QStringLiteral("/nonexistent/kn-x.yaml");
        try {
            YamlRewriter::renameServiceFile(path, QStringLiteral("x"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.message(), QStringLiteral("file is missing"));
        }
    }

    // Issue 12: a FIFO with no writer as a proxy YAML blocked the open forever.
    void fifoIsRefusedNotOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kn-fifo.yaml"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        try {
            YamlRewriter::renameServiceFile(path, QStringLiteral("x"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.message(), QStringLiteral("is not a regular file (a pipe, socket or "
                                                 "device is not read)"));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlRewriter)
#include "test_yaml_rewriter.moc"

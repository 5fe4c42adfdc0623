#include "common/input_error.h"
#include "profile/profile_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {
// A config folder with two YAMLs, yamls/a.yaml and yamls/b.yaml.
void writeYamls(const QTemporaryDir& dir)
{
    test::writeText(dir.filePath(QStringLiteral("cfg/yamls/a.yaml")), "kind: Service\n");
    test::writeText(dir.filePath(QStringLiteral("cfg/yamls/b.yaml")), "kind: Service\n");
}
} // namespace

class TestConfigReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleConfig()
    {
        const ProxyConfig config = ConfigReader::read(test::sampleConfig());
        QCOMPARE(config.entries.size(), std::size_t(191));
        QCOMPARE(config.sourceFile, test::sampleConfig());
        QCOMPARE(config.directory, test::sampleDir());
        const ProxyConfigEntry& first = config.entries.front();
        QCOMPARE(first.yamlLocation, QStringLiteral("./yamls/aes-nodejs/kn-aes-nodejs-10-10.yaml"));
        QCOMPARE(first.yamlPath, test::sampleDir() + "/yamls/aes-nodejs/kn-aes-nodejs-10-10.yaml");
        QVERIFY(first.preDeploymentCommands.isEmpty());
        QVERIFY(first.postDeploymentCommands.isEmpty());
        // Commands are kept verbatim (relative paths included: they run in the config's folder).
        const ProxyConfigEntry& video = config.entries[28];
        QCOMPARE(video.preDeploymentCommands,
                 QStringList{"kubectl apply -f "
                             "./yamls/video-analytics-standalone/"
                             "video-analytics-standalone-database.yaml"});

        // Every proxy of the sample profile finds its entry by resolved YAML path.
        const ProxyCatalogue catalogue = ProfileReader::read(test::sampleProfile());
        for (const ProxyFunction& proxy : catalogue.proxies) {
            const ProxyConfigEntry* entry = config.findByYaml(proxy.yamlPath);
            QVERIFY2(entry, qPrintable(proxy.yamlPath));
            QCOMPARE(entry->yamlPath, proxy.yamlPath);
        }
        QVERIFY(!config.findByYaml(test::sampleDir() + "/yamls/none.yaml"));
        // findByYaml cleans its argument.
        QCOMPARE(config.findByYaml(test::sampleDir() +
                                   "/yamls/x/../aes-nodejs/kn-aes-nodejs-10-10.yaml"),
                 &first);
    }

    void bundledConfigMatchesBundledProfile()
    {
        const ProxyConfig config =
            ConfigReader::read(QStringLiteral(":/traceload/vswarm/config.json"));
        QCOMPARE(config.entries.size(), std::size_t(191));
        QCOMPARE(config.directory, QStringLiteral(":/traceload/vswarm"));
        for (const ProxyFunction& proxy : ProfileReader::bundled().proxies)
            QVERIFY2(config.findByYaml(proxy.yamlPath), qPrintable(proxy.yamlPath));
    }

    void relativePaths()
    {
        QTemporaryDir dir;
        writeYamls(dir);
        const QString path = dir.filePath(QStringLiteral("cfg/config.json"));
        test::writeText(path, R"([
            {"yaml-location": "./yamls/a.yaml", "predeployment-commands": ["echo 'a b'  && true"],
             "postdeployment-commands": ["x", "y"]},
            {"yaml-location": "yamls/../yamls/b.yaml"},
            {"yaml-location": ")" +
                                  dir.filePath(QStringLiteral("cfg/yamls/a.yaml")).toUtf8() +
                                  R"(", "predeployment-commands": null}
        ])");
        const ProxyConfig config = ConfigReader::read(path);
        QCOMPARE(config.entries.size(), std::size_t(3));
        QCOMPARE(config.directory, dir.filePath(QStringLiteral("cfg")));
        QCOMPARE(config.entries[0].yamlPath, dir.filePath(QStringLiteral("cfg/yamls/a.yaml")));
        QCOMPARE(config.entries[0].preDeploymentCommands, QStringList{"echo 'a b'  && true"});
        QCOMPARE(config.entries[0].postDeploymentCommands, (QStringList{"x", "y"}));
        QCOMPARE(config.entries[1].yamlLocation, QStringLiteral("yamls/../yamls/b.yaml"));
        QCOMPARE(config.entries[1].yamlPath, dir.filePath(QStringLiteral("cfg/yamls/b.yaml")));
        QVERIFY(config.entries[1].preDeploymentCommands.isEmpty());
        QCOMPARE(config.entries[2].yamlPath, config.entries[0].yamlPath);
        QCOMPARE(config.findByYaml(config.entries[0].yamlPath), &config.entries[0]);
    }

    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("not JSON") << QByteArray("[\n  {\"yaml-location\": \"yamls/a.yaml\",}\n]")
                                  << qint64(2) << "column 36"
                                  << "not valid JSON: syntax error while parsing object key";
        QTest::newRow("object") << QByteArray("{}") << qint64(0) << ""
                                << "expected a list of {\"yaml-location\", "
                                   "\"predeployment-commands\", \"postdeployment-commands\"} "
                                   "entries, found an object";
        QTest::newRow("entry not object")
            << QByteArray(R"([{"yaml-location": "yamls/a.yaml"}, "yamls/b.yaml"])") << qint64(0)
            << "[1]"
            << "expected an object, found a string";
        QTest::newRow("missing yaml-location")
            << QByteArray(R"([{"predeployment-commands": []}])") << qint64(0) << "[0].yaml-location"
            << "required key is missing";
        QTest::newRow("yaml-location not string")
            << QByteArray(R"([{"yaml-location": ["a"]}])") << qint64(0) << "[0].yaml-location"
            << "expected a string, found a list";
        QTest::newRow("missing yaml")
            << QByteArray(
                   R"([{"yaml-location": "yamls/a.yaml"}, {"yaml-location": "./yamls/c.yaml"}])")
            << qint64(0) << "[1].yaml-location"
            << "YAML file %DIR%/cfg/yamls/c.yaml does not exist";
        QTest::newRow("yaml is a folder")
            << QByteArray(R"([{"yaml-location": "./yamls"}])") << qint64(0) << "[0].yaml-location"
            << "%DIR%/cfg/yamls is a folder, not a YAML file";
        QTest::newRow("commands not list")
            << QByteArray(R"([{"yaml-location": "yamls/a.yaml", "predeployment-commands": "ls"}])")
            << qint64(0) << "[0].predeployment-commands"
            << "expected a list of commands, found a string";
        QTest::newRow("command not string")
            << QByteArray(
                   R"([{"yaml-location": "yamls/a.yaml", "postdeployment-commands": ["ls", 2]}])")
            << qint64(0) << "[0].postdeployment-commands[1]"
            << "expected a string, found a number";
        QTest::newRow("duplicate key")
            << QByteArray(R"([{"yaml-location": "yamls/a.yaml"},)"
                          R"( {"yaml-location": "yamls/a.yaml", "yaml-location": "yamls/b.yaml"}])")
            << qint64(0) << "[1].yaml-location"
            << "key appears more than once in the same object";
    }

    void badConfig()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeYamls(dir);
        const QString path = dir.filePath(QStringLiteral("cfg/config.json"));
        test::writeText(path, json);
        message.replace(QStringLiteral("%DIR%"), dir.path());
        try {
            ConfigReader::read(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(message), qPrintable(e.toString()));
        }
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        try {
            ConfigReader::read(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), path + ": file is missing");
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigReader)
#include "test_config_reader.moc"

// deployment.json: written atomically, read back exactly, malformed records named.
#include "common/input_error.h"
#include "deploy/deployment_record.h"
#include "fuzz_findings.h"
#include "test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace traceload;

class TestDeploymentRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        DeploymentRecord r;
        r.backend = QStringLiteral("local");
        r.status = QStringLiteral("ready");
        r.created = QStringLiteral("2024-01-02T03:04:05Z");
        r.connectTo = QStringLiteral("127.0.0.1:4242");
        r.services.push_back({QStringLiteral("a-1"),
                              QStringLiteral("aes-go-10-10"),
                              QStringLiteral("a-1.local"),
                              true,
                              true,
                              {},
                              3});
        r.services.push_back({QStringLiteral("b-2"),
                              QStringLiteral("fib"),
                              {},
                              true,
                              false,
                              QStringLiteral("RevisionMissing"),
                              1});
        r.files = QStringList{QStringLiteral("services.json"), QStringLiteral("deploy.log")};
        r.preDeploymentCommands = QStringList{QStringLiteral("kubectl apply -f ./db.yaml")};
        r.emulatorPid = 1234;
        r.emulatorPort = 4242;
        r.emulatorStartTicks = 99;
        r.emulatorProgram = QStringLiteral("/bin/traceload-function");
        r.write(dir.path());

        // The keys that core/deploy/deployment_record.h documents are there, by name.
        const QJsonObject o =
            QJsonDocument::fromJson(test::readText(dir.filePath("deployment.json"))).object();
        QCOMPARE(o.value("backend").toString(), QStringLiteral("local"));
        QCOMPARE(o.value("connect_to").toString(), QStringLiteral("127.0.0.1:4242"));
        QCOMPARE(o.value("emulator_pid").toInt(), 1234);
        QCOMPARE(o.value("services").toArray().size(), qsizetype(2));
        QCOMPARE(o.value("services").toArray()[0].toObject().value("endpoint").toString(),
                 QStringLiteral("a-1.local"));

        const auto back = DeploymentRecord::read(dir.path());
        QVERIFY(back);
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->readyServices(), QStringList{QStringLiteral("a-1")});
        QCOMPARE(back->notReadyServices(), QStringList{QStringLiteral("b-2")});
        QCOMPARE(back->services[1].reason, QStringLiteral("RevisionMissing"));
        QCOMPARE(back->services[0].traceFunctions, 3);

        DeploymentRecord::remove(dir.path());
        QVERIFY(!DeploymentRecord::read(dir.path()));
    }

    void absentRecord()
    {
        QTemporaryDir dir;
        QVERIFY(!DeploymentRecord::read(dir.path()));
        QVERIFY(!DeploymentRecord::read(dir.filePath("missing-folder")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QString()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QString()
                               << QStringLiteral("must be a JSON object");
        QTest::newRow("no backend") << QByteArray("{\"services\":[]}") << QStringLiteral("backend")
                                    << QStringLiteral("missing");
        QTest::newRow("services") << QByteArray("{\"backend\":\"local\",\"services\":{}}")
                                  << QStringLiteral("services") << QStringLiteral("must be a list");
        QTest::newRow("service name")
            << QByteArray(
                   "{\"backend\":\"local\",\"services\":[{\"name\":\"a\"},{\"proxy\":\"x\"}]}")
            << QStringLiteral("services[1].name") << QStringLiteral("missing");
        QTest::newRow("pid") << QByteArray(
                                    "{\"backend\":\"local\",\"services\":[],\"emulator_pid\":-4}")
                             << QStringLiteral("emulator_pid")
                             << QStringLiteral("must be a whole number >= 0");
        // The fuzzer's finding: a number beyond qint64 was converted (undefined behaviour).
        QTest::newRow("port 1e82")
            << QByteArray("{\"backend\":\"local\",\"services\":[],\"emulator_port\":1e82}")
            << QStringLiteral("emulator_port") << QStringLiteral("must be a whole number >= 0");
        QTest::newRow("pid 2^63")
            << QByteArray(
                   "{\"backend\":\"local\",\"services\":[],\"emulator_pid\":9223372036854775808}")
            << QStringLiteral("emulator_pid") << QStringLiteral("must be a whole number >= 0");
        QTest::newRow("ready")
            << QByteArray(
                   "{\"backend\":\"local\",\"services\":[{\"name\":\"a\",\"ready\":\"yes\"}]}")
            << QStringLiteral("services[0].ready") << QStringLiteral("must be true or false");
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        test::writeText(dir.filePath("deployment.json"), json);
        try {
            DeploymentRecord::read(dir.path());
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), dir.filePath("deployment.json"));
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
    }

    // Inputs the fuzzer found a problem with (tests/fixtures/fuzz/fuzz_deployment_record/):
    // each is an InputError naming the file, nothing else (under UBSan: no report).
    void fuzzFindings_data()
    {
        test::addFuzzFindingRows(QStringLiteral("fuzz_deployment_record"), 1);
    }
    void fuzzFindings()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(path, dir.filePath("deployment.json")));
        try {
            DeploymentRecord::read(dir.path());
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), dir.filePath("deployment.json"));
            QCOMPARE(e.field(), QStringLiteral("emulator_port"));
        }
    }

    // A FIFO without a writer in the record's place is refused, not opened (it blocked).
    void fifoIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("deployment.json");
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        try {
            DeploymentRecord::read(dir.path());
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(e.message().startsWith(QStringLiteral("is not a regular file")),
                     qPrintable(e.message()));
        }
    }

    void writeIntoMissingFolderLeavesNothing()
    {
        QTemporaryDir dir;
        DeploymentRecord r;
        r.backend = QStringLiteral("dry-run");
        QVERIFY_THROWS_EXCEPTION(InputError, r.write(dir.filePath("missing")));
        QVERIFY(!QFile::exists(dir.filePath("missing/deployment.json")));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentRecord)
#include "test_deployment_record.moc"

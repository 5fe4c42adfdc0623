// The local backend: services.json, the detached traceload-function emulator (the real one,
// and small stand-in scripts for its failure modes), one gRPC call through connect_to,
// and a teardown that leaves no process behind.
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "deploy/emulator_process.h"
#include "deploy/local_backend.h"
#include "helloworld.grpc.pb.h"
#include "profile/profile_reader.h"
#include "test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <grpcpp/grpcpp.h>
#include <unistd.h>

using namespace traceload;

namespace {

const ProxyCatalogue& catalogue()
{
    static const ProxyCatalogue c = ProfileReader::read(test::sampleProfile());
    return c;
}

ServicePlan plan(int n)
{
    ServicePlan p;
    for (int i = 0; i < n; ++i)
        p.services.push_back(
            {QStringLiteral("%1-s%2").arg(catalogue().proxies[size_t(i)].name).arg(i), i, {i}});
    return p;
}

DeployOptions options(const QString& buildDir, const QString& emulator)
{
    DeployOptions o;
    o.buildDir = buildDir;
    o.emulatorProgram = emulator;
    o.startTimeoutMs = 20000;
    o.stopTimeoutMs = 10000;
    return o;
}

Deployment deploy(const ServicePlan& p, const DeployOptions& o)
{
    return createDeploymentBackend(QStringLiteral("local"), o)->deploy(p, catalogue(), nullptr, {});
}

// Gone, or a zombie nobody reaps yet (not running either way).
bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    return test::readText(QStringLiteral("/proc/%1/stat").arg(pid)).contains(") Z ");
}

// A stand-in emulator: a bash script that first writes its pid to <dir>/emulator.pid.
QString script(const QTemporaryDir& dir, const QByteArray& body)
{
    const QString path = dir.filePath("fake-emulator");
    test::writeText(path, "#!/usr/bin/env bash\necho $$ > '" +
                              dir.filePath("emulator.pid").toUtf8() + "'\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestLocalBackend : public QObject
{
    Q_OBJECT

private slots:
    void servicesFileFromProfiles()
    {
        const ServicePlan p = plan(2);
        const QJsonObject o =
            QJsonDocument::fromJson(LocalBackend::servicesJson(p, catalogue())).object();
        QCOMPARE(o.keys(), (QStringList{p.services[0].name + QStringLiteral(".local"),
                                        p.services[1].name + QStringLiteral(".local")}));
        const QJsonObject first = o.value(p.services[0].name + QStringLiteral(".local")).toObject();
        const ProxyFunction& proxy = catalogue().proxies[0];
        QCOMPARE(first.value("duration").toObject().value("75-percentile").toDouble(),
                 proxy.durationMs.at(75));
        QCOMPARE(first.value("memory").toObject().value("100-percentile").toDouble(),
                 proxy.memoryMb.at(100));
        QCOMPARE(first.value("duration").toObject().size(), qsizetype(proxy.durationMs.size()));
    }

    void deployCallTeardown()
    {
        const QString emulator = test::binary(QStringLiteral("traceload-function"));
        QVERIFY2(QFileInfo(emulator).isExecutable(), qPrintable(emulator + " is not built"));
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        const ServicePlan p = plan(3);
        const Deployment d = deploy(p, options(build, emulator));

        QCOMPARE(d.backend, QStringLiteral("local"));
        QVERIFY2(d.connectTo.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(d.connectTo));
        QCOMPARE(d.serviceEndpoints[2], p.services[2].name + QStringLiteral(".local"));
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("ready"));
        QCOMPARE(record->connectTo, d.connectTo);
        QCOMPARE(QStringLiteral("127.0.0.1:%1").arg(record->emulatorPort), d.connectTo);
        const qint64 pid = record->emulatorPid;
        QVERIFY(pid > 0);
        QVERIFY(!processGone(pid));
        QCOMPARE(record->readyServices().size(), 3);

        // One call, dialled at connect_to with the endpoint as :authority.
        grpc::ChannelArguments args;
        args.SetString(GRPC_ARG_DEFAULT_AUTHORITY, d.serviceEndpoints[1].toStdString());
        const auto channel = grpc::CreateCustomChannel(d.connectTo.toStdString(),
                                                       grpc::InsecureChannelCredentials(), args);
        const auto stub = helloworld::Greeter::NewStub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        helloworld::HelloRequest request;
        request.set_name("traceload");
        helloworld::HelloReply reply;
        const grpc::Status status = stub->SayHello(&context, request, &reply);
        QVERIFY2(status.ok(), status.error_message().c_str());
        const QJsonObject message =
            QJsonDocument::fromJson(QByteArray::fromStdString(reply.message())).object();
        QCOMPARE(message.value("service").toString(), d.serviceEndpoints[1]);

        // Teardown stops the process and leaves only the logs.
        const TeardownResult t = teardownDeployment(options(build, emulator));
        QVERIFY(t.hadRecord);
        QCOMPARE(t.backend, QStringLiteral("local"));
        QCOMPARE(t.servicesRemoved, 3);
        QVERIFY(processGone(pid));
        QCOMPARE(QDir(build).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("deploy.log"), QStringLiteral("emulator-stderr.log"),
                              QStringLiteral("emulator-stdout.log")}));
    }

    void redeployStopsThePreviousEmulator()
    {
        const QString emulator = test::binary(QStringLiteral("traceload-function"));
        QVERIFY2(QFileInfo(emulator).isExecutable(), qPrintable(emulator + " is not built"));
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        deploy(plan(1), options(build, emulator));
        const qint64 first = DeploymentRecord::read(build)->emulatorPid;
        deploy(plan(2), options(build, emulator));
        const qint64 second = DeploymentRecord::read(build)->emulatorPid;
        QVERIFY(first != second);
        QVERIFY(processGone(first));
        QVERIFY(!processGone(second));
        teardownDeployment(options(build, emulator));
        QVERIFY(processGone(second));
    }

    void flagsPassThrough()
    {
        // A stand-in that records its arguments and "listens" on a port this test holds.
        QTemporaryDir dir;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString argsFile = dir.filePath("args.txt");
        const QString emulator =
            script(dir, QStringLiteral("printf '%s\\n' \"$@\" > %1\n"
                                       "echo 'listening on 127.0.0.1:%2'\nexec sleep 60\n")
                            .arg(argsFile)
                            .arg(server.serverPort())
                            .toUtf8());
        const QString build = dir.filePath("build");
        DeployOptions o = options(build, emulator);
        o.work = QStringLiteral("spin");
        o.coldStartMs = 250;
        o.idleTimeoutSeconds = 30;
        const Deployment d = deploy(plan(1), o);
        QCOMPARE(d.connectTo, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        QCOMPARE(QString::fromUtf8(test::readText(argsFile)).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--services"),
                              QDir(build).absoluteFilePath(QStringLiteral("services.json")),
                              QStringLiteral("--work"), QStringLiteral("spin"),
                              QStringLiteral("--cold-start-ms"), QStringLiteral("250"),
                              QStringLiteral("--idle-timeout"), QStringLiteral("30"),
                              QStringLiteral("--exit-after-idle"), QStringLiteral("1800")}));
        // The stand-in runs `sleep`, not the emulator program: teardown leaves a process
        // alone unless /proc/PID/exe is the program the record names (issue 12).
        const qint64 pid = DeploymentRecord::read(build)->emulatorPid;
        teardownDeployment(o);
        QVERIFY(!processGone(pid));
        QVERIFY(test::readText(QDir(build).filePath("deploy.log"))
                    .contains(QByteArray::number(pid) + " now belongs to another program"));
        QVERIFY(emulator_process::stop(pid, 5000)); // waits until it is gone
        QVERIFY(processGone(pid));
    }

    void emulatorFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("exits") << QByteArray("echo 'error: bad --services file' >&2\nexit 2\n")
                               << QStringLiteral("exited before it was listening: error: bad "
                                                 "--services file");
        QTest::newRow("silent") << QByteArray("exec sleep 60\n")
                                << QStringLiteral("did not print `listening on` within 300 ms");
        QTest::newRow("not listening")
            << QByteArray("echo 'listening on 127.0.0.1:1'\nexec sleep 60\n")
            << QStringLiteral("does not accept connections on 127.0.0.1:1");
    }
    void emulatorFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString build = dir.filePath("build");
        DeployOptions o = options(build, script(dir, body));
        o.startTimeoutMs = 300;
        try {
            deploy(plan(2), o);
            QFAIL("no error");
        } catch (const DeploymentError& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("deploy.log")), qPrintable(e.message()));
        }
        const auto record = DeploymentRecord::read(build);
        QVERIFY(record);
        QCOMPARE(record->status, QStringLiteral("failed"));
        QCOMPARE(record->emulatorPid, qint64(0)); // stopped: nothing left to tear down
        const qint64 pid = test::readText(dir.filePath("emulator.pid")).trimmed().toLongLong();
        QVERIFY(pid > 0);
        QVERIFY(processGone(pid));
        QVERIFY(teardownDeployment(o).hadRecord);
        QVERIFY(!DeploymentRecord::read(build));
    }

    void missingEmulator()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath("no/traceload-function");
        try {
            deploy(plan(1), options(dir.filePath("build"), missing));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), missing);
            QVERIFY2(e.message().contains(QStringLiteral("traceload-function")),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath("build")));
    }

    void teardownLeavesAReusedPidAlone()
    {
        // A record whose emulator died long ago and whose pid now belongs to someone else
        // (here: this test process, started at another time).
        QTemporaryDir dir;
        DeploymentRecord r;
        r.backend = QStringLiteral("local");
        r.status = QStringLiteral("ready");
        r.emulatorPid = ::getpid();
        r.emulatorStartTicks = 1; // not this process's start time
        r.emulatorProgram = QStringLiteral("/somewhere/traceload-function");
        r.services.push_back({QStringLiteral("a"),
                              QStringLiteral("p"),
                              QStringLiteral("a.local"),
                              true,
                              true,
                              {},
                              1});
        r.write(dir.path());
        DeployOptions o;
        o.buildDir = dir.path();
        const TeardownResult t = teardownDeployment(o);
        QVERIFY(t.hadRecord);
        QCOMPARE(t.servicesRemoved, 0);
        QVERIFY(!DeploymentRecord::read(dir.path()));
        QVERIFY(
            test::readText(dir.filePath("deploy.log")).contains("now belongs to another program"));
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "test_local_backend.moc"

// The .traceload workspace file: every input and option round-trips, paths travel with the
// file, and bad values are errors naming the file and the JSON path.
#include "common/input_error.h"
#include "pipeline/workspace.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void defaultsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.traceload"));
        Workspace().write(path);
        // A relative path means relative to the working directory in memory and to the
        // workspace's folder in the file: it is written absolute unless inside that folder.
        Workspace expected;
        expected.deploy.buildDir = QFileInfo(kDefaultBuildDir).absoluteFilePath();
        QCOMPARE(Workspace::read(path), expected);
    }

    void everyFieldRoundTrips()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("trace"));
        Workspace w;
        w.tracePath = dir.filePath(QStringLiteral("trace"));
        w.profilePath = QStringLiteral("/elsewhere/profile.json");
        w.configPath.clear();
        w.granularity = Granularity::Second;
        w.strict = true;
        w.mapping = {MappingMethod::Unique, 50};
        w.mappingIn = dir.filePath(QStringLiteral("m.json"));
        w.overrides = {{QStringLiteral("a+b+c"), QStringLiteral("aes-go-10-10")}};
        w.load = {IatDistribution::Exponential, 7, false, 3, 1, 9};
        w.loadIn = dir.filePath(QStringLiteral("load.json"));
        w.backend = QStringLiteral("knative");
        w.shareProxies = true;
        w.deploy.buildDir = dir.filePath(QStringLiteral("deploy"));
        w.deploy.jobs = 3;
        w.deploy.commandTimeoutMs = 5000;
        w.deploy.deleteExisting = true;
        w.deploy.readyTimeoutSeconds = 30;
        w.deploy.pollIntervalMs = 50;
        w.deploy.emulatorProgram = QStringLiteral("/usr/bin/true");
        w.deploy.work = QStringLiteral("spin");
        w.deploy.coldStartMs = 100;
        w.deploy.idleTimeoutSeconds = 60;
        w.deploy.exitAfterIdleSeconds = 120;
        w.speedup = 2.5;
        w.grpcTimeoutMs = 1500;
        w.thresholds = {QStringLiteral("latency.p99<500ms"), QStringLiteral("errors.rate<1%")};
        w.outDir = dir.filePath(QStringLiteral("runs/r1"));
        const QString path = dir.filePath(QStringLiteral("w.traceload"));
        w.write(path);
        QCOMPARE(Workspace::read(path), w);

        // Paths inside the workspace's folder are stored relative to it.
        const QByteArray text = test::readText(path);
        QVERIFY2(text.contains("\"path\": \"trace\""), text.constData());
        QVERIFY(text.contains("\"/elsewhere/profile.json\""));
        QVERIFY(!text.contains(dir.path().toUtf8() + "/trace\""));
    }

    void movesWithItsInputs()
    {
        QTemporaryDir a, b;
        QDir(a.path()).mkpath(QStringLiteral("t"));
        Workspace w;
        w.tracePath = a.filePath(QStringLiteral("t"));
        w.write(a.filePath(QStringLiteral("w.traceload")));
        QDir(b.path()).mkpath(QStringLiteral("t"));
        QFile::copy(a.filePath(QStringLiteral("w.traceload")),
                    b.filePath(QStringLiteral("w.traceload")));
        QCOMPARE(Workspace::read(b.filePath(QStringLiteral("w.traceload"))).tracePath,
                 b.filePath(QStringLiteral("t")));
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("method") << QByteArray(R"({"mapping": {"method": "closest"}})")
                                << "mapping.method"
                                << R"("closest" is neither "nearest" nor "unique")";
        QTest::addRow("percentile")
            << QByteArray(R"({"mapping": {"percentile": 101}})") << "mapping.percentile"
            << "101 is outside [0, 100]";
        QTest::addRow("type") << QByteArray(R"({"load": {"seed": "42"}})") << "load.seed"
                              << "expected an integer, found a string";
        QTest::addRow("distribution")
            << QByteArray(R"({"load": {"distribution": "pareto"}})") << "load.distribution"
            << "unknown distribution \"pareto\" (use equidistant, uniform or exponential)";
        QTest::addRow("backend") << QByteArray(R"({"deploy": {"backend": "lambda"}})")
                                 << "deploy.backend"
                                 << "unknown backend \"lambda\" (use local, knative, dry-run)";
        QTest::addRow("override") << QByteArray(R"({"mapping": {"overrides": {"x": 3}}})")
                                  << "mapping.overrides.x"
                                  << "expected a proxy name, found a number";
        QTest::addRow("threshold")
            << QByteArray(R"({"run": {"thresholds": ["a", 1]}})") << "run.thresholds[1]"
            << "expected a string, found a number";
        QTest::addRow("newer") << QByteArray(R"({"traceload_workspace": 2})")
                               << "traceload_workspace"
                               << "written by a newer TraceLoad (format 2; this one reads 1)";
        QTest::addRow("not an object") << QByteArray("[]") << ""
                                       << "expected an object, found a list";
    }

    void badValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.traceload"));
        test::writeText(path, json);
        try {
            Workspace::read(path);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.field(), field);
            QCOMPARE(e.message(), message);
        }
    }

    void missingFileNamesIt()
    {
        try {
            Workspace::read(QStringLiteral("/nonexistent/w.traceload"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), QStringLiteral("/nonexistent/w.traceload"));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"

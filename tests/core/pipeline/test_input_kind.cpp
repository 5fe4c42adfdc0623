// What a dropped file or folder is, decided from its content.
#include "pipeline/input_kind.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

class TestInputKind : public QObject
{
    Q_OBJECT

private slots:
    void bundledAndFixtures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addRow("trace folder") << test::sampleTraceDir() << int(InputKind::TraceFolder);
        QTest::addRow("invocations.csv")
            << test::sampleTraceDir() + "/invocations.csv" << int(InputKind::TraceFolder);
        QTest::addRow("release folder")
            << test::fixturesDir() + "/trace/release" << int(InputKind::TraceFolder);
        QTest::addRow("release invocations")
            << test::fixturesDir() + "/trace/release/invocations_per_function_md.anon.d02.csv"
            << int(InputKind::TraceFolder);
        QTest::addRow("release durations")
            << test::fixturesDir() + "/trace/release/function_durations_percentiles.anon.d02.csv"
            << int(InputKind::Unknown);
        QTest::addRow("profile") << test::sampleProfile() << int(InputKind::Profile);
        QTest::addRow("config") << test::sampleConfig() << int(InputKind::Config);
        QTest::addRow("mapping") << test::fixturesDir() + "/mapping/sample_nearest_p75.json"
                                 << int(InputKind::Mapping);
        QTest::addRow("seed load")
            << test::fixturesDir() + "/load/seed_indent3.json" << int(InputKind::Load);
        QTest::addRow("run folder") << test::fixturesDir() + "/run" << int(InputKind::RunFolder);
        QTest::addRow("csv") << test::sampleTraceDir() + "/memory.csv" << int(InputKind::Unknown);
        QTest::addRow("missing") << QStringLiteral("/nonexistent.json") << int(InputKind::Unknown);
    }
    void bundledAndFixtures()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QCOMPARE(int(classifyInput(path)), kind);
    }

    void writtenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addRow("workspace")
            << "w.traceload" << QByteArray("{}") << int(InputKind::Workspace);
        QTest::addRow("workspace as json")
            << "w.json" << QByteArray(R"({"traceload_workspace": 1, "trace": {}})")
            << int(InputKind::Workspace);
        QTest::addRow("override mapping")
            << "m.json" << QByteArray(R"({"a+b+c": "aes-go"})") << int(InputKind::Mapping);
        QTest::addRow("empty mapping") << "m.json" << QByteArray("{}\n") << int(InputKind::Mapping);
        QTest::addRow("compact load")
            << "l.json" << QByteArray(R"([{"timestamp":[1],"endpoint":["x"]}])")
            << int(InputKind::Load);
        QTest::addRow("garbage") << "g.json" << QByteArray("hello") << int(InputKind::Unknown);
    }
    void writtenFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        test::writeText(dir.filePath(name), content);
        QCOMPARE(int(classifyInput(dir.filePath(name))), kind);
    }
};

QTEST_GUILESS_MAIN(TestInputKind)
#include "test_input_kind.moc"

// End-to-end: `traceload --batch sample` writes a trace folder (or one per sweep size) that
// the other commands read, the same for the same seed, and refuses bad flags with exit code
// 2 naming the flag; the release layout's --day and --app-memory flags reach the reader;
// loadgen's --fallback-tolerance reaches the mapping file, the summary and load.json.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload::test;

namespace {

QString releaseDir()
{
    return fixturesDir() + QStringLiteral("/trace/release");
}

const QStringList kSampleFiles = {QStringLiteral("durations.csv"),
                                  QStringLiteral("invocations.csv"), QStringLiteral("memory.csv"),
                                  QStringLiteral("sample.json")};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

int dataRows(const QString& csv)
{
    return int(readText(csv).count('\n')) - 1;
}

} // namespace

class TestSampleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleOfBundledTrace();
    void sweep();
    void sampleReadsBack();
    void badFlags_data();
    void badFlags();
    void releaseLayoutInLoadgen();
    void fallbackInLoadgen();
    void badFallbackTolerance();
};

void TestSampleCli::sampleOfBundledTrace()
{
    QTemporaryDir dir;
    const QString a = dir.filePath("a");
    const QString b = dir.filePath("b");
    for (const QString& out : {a, b}) {
        const ProcessResult r = runTraceload(
            {"--batch", "sample", "-t", sampleTraceDir(), "--functions", "20", "-o", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Sample  20 functions -> " + out), qPrintable(r.out));
        QVERIFY(r.out.contains("best of 16 random"));
    }
    QCOMPARE(filesIn(a), kSampleFiles);
    QCOMPARE(dataRows(a + "/invocations.csv"), 20);
    QCOMPARE(dataRows(a + "/durations.csv"), 20);
    QCOMPARE(dataRows(a + "/memory.csv"), 20);
    for (const QString& name : kSampleFiles)
        QCOMPARE(readText(a + u'/' + name), readText(b + u'/' + name));
}

void TestSampleCli::sweep()
{
    QTemporaryDir dir;
    const ProcessResult r =
        runTraceload({"--batch", "sample", "-t", sampleTraceDir(), "--min", "10", "--max", "30",
                      "--step", "10", "--trials", "4", "-o", dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name),
             (QStringList{"10", "20", "30"}));
    for (const int n : {10, 20, 30}) {
        const QString folder = dir.filePath(QString::number(n));
        QCOMPARE(filesIn(folder), kSampleFiles);
        QCOMPARE(dataRows(folder + "/invocations.csv"), n);
    }
    // Nested: every row of the 10-function sample is in the 20-function one.
    const QList<QByteArray> small = readText(dir.filePath("10/invocations.csv")).split('\n');
    const QByteArray larger = readText(dir.filePath("20/invocations.csv"));
    for (qsizetype i = 1; i < small.size(); ++i) {
        if (!small[i].isEmpty())
            QVERIFY(larger.contains(small[i] + '\n'));
    }
}

void TestSampleCli::sampleReadsBack()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("s");
    ProcessResult r =
        runTraceload({"--batch", "sample", "-t", sampleTraceDir(), "--functions", "15", "-o", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runTraceload(
        {"--batch", "loadgen", "-t", out, "--backend", "dry-run", "-o", dir.filePath("load.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(": 15 functions, 150 slots"), qPrintable(r.out));
}

void TestSampleCli::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString trace = sampleTraceDir();
    QTest::newRow("too many") << QStringList{"-t", trace, "--functions", "251"}
                              << "flag -functions: 251 functions asked for, but the trace has 250";
    QTest::newRow("sweep too large")
        << QStringList{"-t", trace, "--min", "100", "--max", "300", "--step", "100"}
        << "flag -max: 300 functions asked for, but the trace has 250";
    QTest::newRow("zero") << QStringList{"-t", trace, "--functions", "0"}
                          << "flag -functions: '0' is not a whole number";
    QTest::newRow("both") << QStringList{"-t", trace, "--functions", "5", "--min", "1"}
                          << "give either -functions N or a sweep -min -max -step";
    QTest::newRow("half a sweep") << QStringList{"-t", trace, "--min", "1", "--max", "5"}
                                  << "flag -step: a sweep needs -min, -max and -step";
    QTest::newRow("day not there")
        << QStringList{"-t", releaseDir(), "--day", "3", "--functions", "2"}
        << "flag -day: " + releaseDir() + " holds no day 3; it holds days 1, 2";
    QTest::newRow("day 15") << QStringList{"-t", releaseDir(), "--day", "15", "--functions", "2"}
                            << "flag -day: '15' is not a whole number from 1 to 14";
    QTest::newRow("app memory") << QStringList{"-t",           releaseDir(), "--day",       "1",
                                               "--app-memory", "half",       "--functions", "2"}
                                << "flag -app-memory: \"half\" is neither split nor copy";
}

void TestSampleCli::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    const ProcessResult r = runTraceload(QStringList{"--batch", "sample", "-o", out} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSampleCli::releaseLayoutInLoadgen()
{
    QTemporaryDir dir;
    const QString load = dir.filePath("load.json");
    ProcessResult r = runTraceload({"--batch", "loadgen", "-t", releaseDir(), "--backend",
                                    "dry-run", "-d", "2", "-w", "0", "-o", load});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(releaseDir() + ": the folder holds several days of the release (1, "
                                           "2); choose one"),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(load));

    r = runTraceload({"--batch", "loadgen", "-t", releaseDir(), "--day", "1", "--app-memory",
                      "copy", "--backend", "dry-run", "-d", "2", "-w", "0", "-o", load});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(": 3 functions, 3 slots"), qPrintable(r.out));
    QVERIFY(r.out.contains("day 1 of the release"));
    QVERIFY(r.out.contains("memory is per application (--app-memory copy)"));
    QVERIFY(r.out.contains("1 functions left out, not in every file"));
}

void TestSampleCli::fallbackInLoadgen()
{
    QTemporaryDir dir;
    const QString load = dir.filePath("load.json");
    const QString mapping = dir.filePath("mapping.json");
    const QString summary = dir.filePath("summary.json");
    const ProcessResult r = runTraceload(
        {"--batch", "loadgen", "--backend", "dry-run", "-d", "1", "-w", "0", "--fallback-tolerance",
         "0.4", "-o", load, "--mapping-out", mapping, "--summary-json", summary, "-dbg", "false"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("relative error of the proxies: duration median 14.6 %, memory median "
                            "26.0 %, 39.2 % of functions within 25 % on both"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("Fallback   115 functions off by more than 40 % get a trace function; "
                            "then: duration median 1.4 %, memory median 2.0 %, 85.2 % of "
                            "functions within 25 % on both"),
             qPrintable(r.out));
    QCOMPARE(readText(mapping).count("\"fallback\": true"), qsizetype(115));
    const QByteArray loadText = readText(load);
    QVERIFY(loadText.contains("\"runtime_ms\":["));
    QVERIFY(loadText.contains("trace-function-"));
    const QJsonObject json = QJsonDocument::fromJson(readText(summary)).object();
    const QJsonObject m = json.value("mapping").toObject();
    QCOMPARE(m.value("fallbacks").toArray().size(), qsizetype(115));
    QCOMPARE(m.value("fallback_tolerance").toDouble(), 0.4);
}

void TestSampleCli::badFallbackTolerance()
{
    for (const QString& value : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("x")}) {
        QTemporaryDir dir;
        const QString load = dir.filePath("load.json");
        const ProcessResult r = runTraceload({"--batch", "loadgen", "--backend", "dry-run",
                                              "--fallback-tolerance", value, "-o", load});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains("flag -fallback-tolerance: '" + value + "' is not a number above 0"),
            qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(load));
    }
}

QTEST_GUILESS_MAIN(TestSampleCli)
#include "test_sample_cli.moc"

// TraceReader on rows it can skip: each malformed row is skipped and reported with file,
// line, column and reason (or throws in strict mode), the function it held is reported
// as incomplete rather than dropped, and functions missing from a file are listed.

#include "trace/trace_reader.h"
#include "trace_test_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

class TestTraceReaderRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skippedRow_data();
    void skippedRow();
    void acceptedCounts_data();
    void acceptedCounts();
    void incompleteFunctions();
    void applicationWithoutMemory();
};

void TestTraceReaderRows::skippedRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("functionId"); // in the skipped-row entry
    QTest::addColumn<QString>("incomplete"); // the function left out of the trace

    const QString inv = QStringLiteral("invocations.csv");
    const QString dur = QStringLiteral("durations.csv");
    const QString mem = QStringLiteral("memory.csv");
    QTest::newRow("too few fields") << inv << 3 << QByteArray("o1,a1,f2,timer,1,0,0,0") << "5"
                                    << "expected 9 fields, found 8"
                                    << ""
                                    << "o1a1f2";
    QTest::newRow("too many fields") << inv << 3 << QByteArray("o1,a1,f2,timer,1,0,0,0,1,9") << "5"
                                     << "expected 9 fields, found 10"
                                     << ""
                                     << "o1a1f2";
    const std::pair<const char*, const char*> counts[] = {
        {"x", "not a number: 'x'"},
        {"-1", "negative value: '-1'"},
        {"NaN", "not a finite number: 'NaN'"},
        {"inf", "not a finite number: 'inf'"},
        {"-inf", "not a finite number: '-inf'"},
        {"1.5", "not a whole number: '1.5'"},
        {"4294967296", "value too large: '4294967296'"},
        {"", "empty value"},
        {"1,5", "expected 9 fields, found 10"}};
    for (const auto& [value, reason] : counts) {
        const bool fieldCount = QByteArray(value).contains(',');
        QTest::addRow("count '%s'", value)
            << inv << 2 << QByteArray("o1,a1,f1,http,0,1,") + value + ",3,4"
            << (fieldCount ? "5" : "3") << reason << (fieldCount ? "" : "o1a1f1") << "o1a1f1";
    }
    QTest::newRow("duration not a number")
        << dur << 4 << QByteArray("o1,a1,f2,40,2,10,70,10,20,30,forty,50,60,70")
        << "percentile_Average_50"
        << "not a number: 'forty'"
        << "o1a1f2"
        << "o1a1f2";
    QTest::newRow("duration negative")
        << dur << 2 << QByteArray("o2,a2,f3,120,150,90,900,-100,101,110,120,130,190,900")
        << "percentile_Average_0"
        << "negative value: '-100'"
        << "o2a2f3"
        << "o2a2f3";
    QTest::newRow("memory NaN") << mem << 3
                                << QByteArray("f1,o1,a1,30,15.5,11,12,13,14,15,nan,17,18")
                                << "AverageAllocatedMb_pct95"
                                << "not a finite number: 'nan'"
                                << "o1a1f1"
                                << "o1a1f1";
    QTest::newRow("memory too few fields")
        << mem << 4 << QByteArray("f3,o2,a2,30") << "AverageAllocatedMb"
        << "expected 13 fields, found 4"
        << ""
        << "o2a2f3";
}

void TestTraceReaderRows::skippedRow()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    QFETCH(QString, functionId);
    QFETCH(QString, incomplete);
    QTemporaryDir dir;
    withLine(file, line, row).writeTo(dir.path());

    const Trace trace = TraceReader::read(dir.path());
    QCOMPARE(trace.report.skippedRows.size(), std::size_t(1));
    const TraceIssue& skipped = trace.report.skippedRows.front();
    QCOMPARE(skipped.file, file);
    QCOMPARE(skipped.line, qint64(line));
    QCOMPARE(skipped.column, column);
    QCOMPARE(skipped.reason, reason);
    QCOMPARE(skipped.functionId, functionId);
    // The function is not in the trace, and the report says so instead of dropping it.
    QCOMPARE(trace.functions.size(), std::size_t(2));
    for (const TraceFunction& f : trace.functions)
        QVERIFY(f.id != incomplete);
    QCOMPARE(trace.report.incompleteFunctions.size(), std::size_t(1));
    const TraceIssue& missing = trace.report.incompleteFunctions.front();
    QCOMPARE(missing.functionId, incomplete);
    QCOMPARE(missing.file, file);
    QVERIFY2(missing.reason.contains(file), qPrintable(missing.reason));

    TraceReadOptions strict;
    strict.strict = true;
    const auto error = readError(dir.path(), strict);
    QVERIFY(error);
    QCOMPARE(error->file(), dir.path() + u'/' + file);
    QCOMPARE(error->line(), qint64(line));
    QCOMPARE(error->field(), column);
    QCOMPARE(error->message(), reason);
}

void TestTraceReaderRows::acceptedCounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<uint>("value");
    QTest::newRow("plain") << QByteArray("7") << 7u;
    QTest::newRow("leading zeros") << QByteArray("007") << 7u;
    QTest::newRow("integral decimal") << QByteArray("3.0") << 3u;
    QTest::newRow("spaces") << QByteArray(" 4 ") << 4u;
    QTest::newRow("plus sign") << QByteArray("+5") << 5u;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000u;
    QTest::newRow("largest") << QByteArray("4294967295") << 4294967295u;
    QTest::newRow("quoted") << QByteArray("\"12\"") << 12u;
}

void TestTraceReaderRows::acceptedCounts()
{
    QFETCH(QByteArray, text);
    QFETCH(uint, value);
    QTemporaryDir dir;
    withLine(QStringLiteral("invocations.csv"), 2, "o1,a1,f1,http,0,1," + text + ",3,4")
        .writeTo(dir.path());
    const Trace trace = TraceReader::read(dir.path());
    QVERIFY(trace.report.skippedRows.empty());
    QCOMPARE(trace.functions[0].invocations[2], value);
}

void TestTraceReaderRows::incompleteFunctions()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.invocations += "o3,a3,f4,http,1,1,1,1,1\n";      // line 5: no durations, no memory
    files.durations += "o1,a1,f5,1,1,1,1,1,1,1,1,1,1,1\n"; // line 5: durations only
    files.memory += "f6,o1,a1,30,1,1,1,1,1,1,1,1,1\n";     // line 5: memory only
    files.memory.replace("f3,o2,a2,", "f9,o2,a2,");        // o2a2f3 loses its memory row
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const Trace trace = TraceReader::read(dir.path());
    QCOMPARE(trace.functions.size(), std::size_t(2));
    QCOMPARE(trace.functions[1].id, QStringLiteral("o1a1f2"));
    QVERIFY(trace.report.skippedRows.empty());
    const auto& issues = trace.report.incompleteFunctions;
    QCOMPARE(issues.size(), std::size_t(5));
    // invocations.csv order first, then durations.csv, then memory.csv.
    QCOMPARE(issues[0].functionId, QStringLiteral("o2a2f3"));
    QCOMPARE(issues[0].file, QStringLiteral("memory.csv"));
    QCOMPARE(issues[0].reason,
             QStringLiteral("in invocations.csv:4, durations.csv:2 but not in memory.csv"));
    QCOMPARE(issues[1].functionId, QStringLiteral("o3a3f4"));
    QCOMPARE(issues[1].file, QStringLiteral("durations.csv, memory.csv"));
    QCOMPARE(issues[2].functionId, QStringLiteral("o1a1f5"));
    QCOMPARE(issues[2].file, QStringLiteral("invocations.csv, memory.csv"));
    QCOMPARE(issues[2].reason,
             QStringLiteral("in durations.csv:5 but not in invocations.csv, memory.csv"));
    QCOMPARE(issues[3].functionId, QStringLiteral("o2a2f9"));
    QCOMPARE(issues[3].file, QStringLiteral("invocations.csv, durations.csv"));
    QCOMPARE(issues[3].reason,
             QStringLiteral("in memory.csv:4 but not in invocations.csv, durations.csv"));
    QCOMPARE(issues[4].functionId, QStringLiteral("o1a1f6"));
    QCOMPARE(issues[4].file, QStringLiteral("invocations.csv, durations.csv"));
}

void TestTraceReaderRows::applicationWithoutMemory()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.memory = readText(fixturesDir() + QStringLiteral("/trace/app_memory.csv"));
    files.memory.replace("o2,a2,", "o8,a8,");
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const Trace trace = TraceReader::read(dir.path());
    QVERIFY(trace.report.memoryPerApplication);
    QCOMPARE(trace.functions.size(), std::size_t(2));
    QCOMPARE(trace.report.incompleteFunctions.size(), std::size_t(1));
    QCOMPARE(trace.report.incompleteFunctions[0].functionId, QStringLiteral("o2a2f3"));
    QCOMPARE(trace.report.incompleteFunctions[0].file, QStringLiteral("memory.csv"));
}

QTEST_GUILESS_MAIN(TestTraceReaderRows)
#include "test_trace_reader_rows.moc"

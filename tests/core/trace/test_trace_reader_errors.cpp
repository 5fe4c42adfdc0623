// TraceReader on input it cannot use at all: InputError naming file, line and column;
// and cancellation and progress.

#include "trace/trace_reader.h"
#include "trace_test_files.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace traceload;
using namespace traceload::test;

namespace {

const QByteArray kInvocationsHeader = "HashOwner,HashApp,HashFunction,Trigger,1,2,3,4,5\n";
const QString kIdColumns = QStringLiteral("HashOwner+HashApp+HashFunction");

} // namespace

class TestTraceReaderErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void folderMissing();
    void folderIsAFile();
    void fileIsAFolder();
    void fileIsAPipeOrDevice_data();
    void fileIsAPipeOrDevice();
    void noUsableFunction();
    void cancelledBeforeStart();
    void cancelledWhileReading();
    void progress();
};

void TestTraceReaderErrors::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // null: the file is left out
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString inv = QStringLiteral("invocations.csv");
    const QString dur = QStringLiteral("durations.csv");
    const QString mem = QStringLiteral("memory.csv");
    const TraceFiles small = TraceFiles::fromDir(smallTraceDir());

    for (const QString& f : {inv, dur, mem})
        QTest::addRow("%s missing", qPrintable(f)) << f << QByteArray() << 0ll << ""
                                                   << "file is missing";
    for (const QString& f : {inv, dur, mem}) {
        QTest::addRow("%s empty", qPrintable(f)) << f << QByteArray("") << 1ll << ""
                                                 << "file is empty (no header line)";
    }
    QTest::newRow("only blank lines") << inv << QByteArray("\n\r\n\n") << 1ll << ""
                                      << "file is empty (no header line)";
    QTest::newRow("header only") << inv << kInvocationsHeader << 2ll << ""
                                 << "no data rows after the header";
    QTest::newRow("memory header only")
        << mem << small.memory.left(small.memory.indexOf('\n') + 1) << 2ll << ""
        << "no data rows after the header";
    QTest::newRow("blank line then header only")
        << dur << QByteArray("\n") + small.durations.left(small.durations.indexOf('\n') + 1) << 3ll
        << ""
        << "no data rows after the header";

    QTest::newRow("HashApp missing")
        << inv << QByteArray("HashOwner,HashFunction,Trigger,1,2\no1,f1,http,1,2\n") << 1ll
        << "HashApp"
        << "required column is missing";
    QTest::newRow("Trigger renamed")
        << inv << QByteArray(small.invocations).replace("Trigger", "Trig") << 1ll << "Trigger"
        << "required column is missing";
    QTest::newRow("durations HashFunction missing")
        << dur << QByteArray(small.durations).replace("HashFunction", "Function") << 1ll
        << "HashFunction"
        << "required column is missing";
    QTest::newRow("memory HashOwner missing")
        << mem << QByteArray(small.memory).replace("HashOwner", "Owner") << 1ll << "HashOwner"
        << "required column is missing";
    QTest::newRow("no duration percentiles")
        << dur << QByteArray(small.durations).replace("percentile_Average_", "p") << 1ll
        << "percentile_Average_N"
        << "no percentile columns";
    QTest::newRow("no memory percentiles")
        << mem << QByteArray(small.memory).replace("AverageAllocatedMb_pct", "pct") << 1ll
        << "AverageAllocatedMb_pctN"
        << "no percentile columns";
    QTest::newRow("no slot columns")
        << inv << QByteArray("HashOwner,HashApp,HashFunction,Trigger,a,b\no1,a1,f1,http,1,2\n")
        << 1ll << ""
        << "no slot columns";
    QTest::newRow("column twice")
        << inv << QByteArray("HashOwner,HashApp,HashFunction,Trigger,1,Trigger\no1,a1,f1,x,1,y\n")
        << 1ll << "Trigger"
        << "column appears more than once (columns 4 and 6)";
    QTest::newRow("slot label twice")
        << inv << QByteArray("HashOwner,HashApp,HashFunction,Trigger,1,2,1\no1,a1,f1,x,1,2,3\n")
        << 1ll << "1"
        << "column appears more than once (columns 5 and 7)";

    // Issue 12: a slot header too long for a number was silently not a slot.
    QTest::newRow("10-digit slot label")
        << inv
        << QByteArray("HashOwner,HashApp,HashFunction,Trigger,1,1234567890\no1,a1,f1,x,1,2\n")
        << 1ll << "1234567890"
        << "column number has more than 9 digits";

    QTest::newRow("duplicate function in invocations")
        << inv << small.invocations + "o1,a1,f1,http,5,5,5,5,5\n"
        << 5ll << kIdColumns << "duplicate function id o1a1f1 (first on line 2)";
    QTest::newRow("duplicate function in durations")
        << dur << small.durations + "o2,a2,f3,1,1,1,1,1,1,1,1,1,1,1\n"
        << 5ll << kIdColumns << "duplicate function id o2a2f3 (first on line 2)";
    QTest::newRow("duplicate function in memory")
        << mem << small.memory + "f1,o1,a1,1,1,1,1,1,1,1,1,1,1\n"
        << 5ll << kIdColumns << "duplicate function id o1a1f1 (first on line 3)";
    QByteArray appMemory = readText(fixturesDir() + QStringLiteral("/trace/app_memory.csv"));
    QTest::newRow("duplicate application in raw memory")
        << mem << appMemory + "o1,a1,1,1,1,1,1,1,1,1,1,1\n"
        << 5ll << "HashOwner+HashApp"
        << "duplicate application o1a1 (first on line 4)";
    QTest::newRow("quote never closed")
        << inv << kInvocationsHeader + "o1,a1,f1,http,0,1,2,3,4\no1,a1,\"f2,timer,1,0,0,0,1\n"
        << 3ll << ""
        << "quoted field is never closed";
}

void TestTraceReaderErrors::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files[file] = content;
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const auto error = readError(dir.path());
    QVERIFY(error);
    QCOMPARE(error->file(), dir.path() + u'/' + file);
    QCOMPARE(error->line(), line);
    QCOMPARE(error->field(), field);
    QVERIFY2(error->message().startsWith(message), qPrintable(error->toString()));
    // The text every front end shows carries all three.
    QVERIFY(error->toString().contains(file));
}

void TestTraceReaderErrors::folderMissing()
{
    QTemporaryDir dir;
    const QString missing = dir.path() + QStringLiteral("/no-such-trace");
    const auto error = readError(missing);
    QVERIFY(error);
    QCOMPARE(error->file(), missing);
    QCOMPARE(error->message(), QStringLiteral("trace folder does not exist"));
}

void TestTraceReaderErrors::folderIsAFile()
{
    const QString file = smallTraceDir() + QStringLiteral("/invocations.csv");
    const auto error = readError(file);
    QVERIFY(error);
    QCOMPARE(error->file(), file);
    QCOMPARE(error->message(), QStringLiteral("is not a folder"));
}

void TestTraceReaderErrors::fileIsAFolder()
{
    QTemporaryDir dir;
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.memory = QByteArray();
    files.writeTo(dir.path());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("memory.csv")));
    const auto error = readError(dir.path());
    QVERIFY(error);
    QCOMPARE(QFileInfo(error->file()).fileName(), QStringLiteral("memory.csv"));
    QCOMPARE(error->message(), QStringLiteral("is a folder, not a file"));
}

void TestTraceReaderErrors::fileIsAPipeOrDevice_data()
{
    QTest::addColumn<bool>("fifo"); // else a link to /dev/zero, a line that never ends
    QTest::newRow("FIFO without a writer") << true;
    QTest::newRow("/dev/zero") << false;
}

void TestTraceReaderErrors::fileIsAPipeOrDevice()
{
    // Issue 12: the FIFO hung on open; /dev/zero grew one line until memory ran out.
    QFETCH(bool, fifo);
    QTemporaryDir dir;
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.invocations = QByteArray();
    files.writeTo(dir.path());
    const QString path = dir.filePath(QStringLiteral("invocations.csv"));
    if (fifo)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    const auto error = readError(dir.path());
    QVERIFY(error);
    QCOMPARE(error->file(), path);
    QCOMPARE(error->line(), 0);
    QCOMPARE(error->message(),
             QStringLiteral("is not a regular file (a pipe, socket or device is not read)"));
}

void TestTraceReaderErrors::noUsableFunction()
{
    TraceFiles files = TraceFiles::fromDir(smallTraceDir());
    files.memory.replace(",o1,a1,", ",o7,a7,").replace(",o2,a2,", ",o7,a7,");
    QTemporaryDir dir;
    files.writeTo(dir.path());
    const auto error = readError(dir.path());
    QVERIFY(error);
    QCOMPARE(error->file(), dir.path());
    QVERIFY2(error->message().startsWith(QStringLiteral(
                 "no function is usable: 0 rows skipped, 6 functions not in all three files; "
                 "first: o1a1f1: in invocations.csv:2, durations.csv:3 but not in memory.csv")),
             qPrintable(error->message()));
}

void TestTraceReaderErrors::cancelledBeforeStart()
{
    CancelToken token;
    token.cancel();
    const JobControl job(&token, {});
    QVERIFY_THROWS_EXCEPTION(Cancelled, TraceReader::read(sampleTraceDir(), {}, job));
}

void TestTraceReaderErrors::cancelledWhileReading()
{
    CancelToken token;
    int calls = 0;
    const JobControl job(&token, [&](const QString&, double) {
        ++calls;
        token.cancel();
    });
    QVERIFY_THROWS_EXCEPTION(Cancelled, TraceReader::read(sampleTraceDir(), {}, job));
    QCOMPARE(calls, 1);
}

void TestTraceReaderErrors::progress()
{
    std::vector<double> fractions;
    const JobControl job(nullptr, [&](const QString& stage, double fraction) {
        QCOMPARE(stage, QStringLiteral("Reading trace"));
        fractions.push_back(fraction);
    });
    TraceReader::read(sampleTraceDir(), {}, job);
    QVERIFY(!fractions.empty());
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QVERIFY(fractions.front() >= 0.0);
}

QTEST_GUILESS_MAIN(TestTraceReaderErrors)
#include "test_trace_reader_errors.moc"

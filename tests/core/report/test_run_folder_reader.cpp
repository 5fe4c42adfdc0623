// Reading a run folder (invocations.csv, summary.json) into the run charts' series.
#include "common/input_error.h"
#include "report/run_folder_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sys/stat.h>

using namespace traceload;

namespace {

// What the reader stores for a time in µs, in ms (kept as float per row).
double ms(double us)
{
    return double(float(us / 1e3));
}

const QByteArray kHeader = "slot,phase,endpoint,scheduled_us,sent_us,lateness_us,latency_us,"
                           "response_us,status,grpc_code,cold,instance\n";

} // namespace

class TestRunFolderReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture()
    {
        const RunSeries s = RunFolderReader::read(test::fixturesDir() + QStringLiteral("/run"));
        QCOMPARE(s.scheduled, std::uint64_t(9));
        QCOMPARE(s.ok, std::uint64_t(6));
        QCOMPARE(s.errors, std::uint64_t(1));
        QCOMPARE(s.timeouts, std::uint64_t(1));
        QCOMPARE(s.notSent, std::uint64_t(1));
        QCOMPARE(s.coldStarts, std::uint64_t(3));
        QVERIFY(s.coldKnown);
        QVERIFY(s.hasWarmup);
        QCOMPARE(s.measuredStartS, 1.0);
        QCOMPARE(s.targetRatePerS, 3.0);
        QVERIFY(s.warnings.isEmpty());
        // Measured ok calls only, ascending (sorted once, off the GUI thread, for the CDF).
        QCOMPARE(s.latencyMs, (std::vector<double>{ms(3000), ms(4000), ms(5000), ms(10000)}));
        QCOMPARE(s.responseMs, (std::vector<double>{ms(3020), ms(4010), ms(5030), ms(10025)}));

        const RunTimeline& t = s.timeline;
        QCOMPARE(t.bucketS, 1.0);
        QCOMPARE(t.startS, (std::vector<double>{0, 1, 2}));
        // What the load asked for, by schedule time (the not-sent call too).
        QCOMPARE(t.targetPerS, (std::vector<double>{2, 4, 3}));
        QCOMPARE(s.lastScheduledS, 2.9);
        QCOMPARE(t.issuedPerS, (std::vector<double>{2, 4, 2}));
        QCOMPARE(t.completedPerS, (std::vector<double>{2, 3, 1}));
        QCOMPARE(t.failedPerS, (std::vector<double>{0, 1, 1}));
        QCOMPARE(t.coldStarts, (std::vector<double>{2, 0, 1}));
        QCOMPARE(t.latencyP50Ms, (std::vector<double>{ms(1000), ms(4000), ms(10000)}));
        QCOMPARE(t.latencyP90Ms, (std::vector<double>{ms(2000), ms(5000), ms(10000)}));
        QCOMPARE(t.latencyP99Ms, (std::vector<double>{ms(2000), ms(5000), ms(10000)}));
        QCOMPARE(t.latenessP50Ms, (std::vector<double>{ms(50), ms(20), ms(15)}));
        QCOMPARE(t.latenessP99Ms, (std::vector<double>{ms(100), ms(40), ms(25)}));
        QCOMPARE(t.latenessMaxMs, (std::vector<double>{ms(100), ms(40), ms(25)}));
    }

    // No reply said cold or warm, no summary.json, no warm-up; a bucket without calls.
    void minimal()
    {
        QTemporaryDir dir;
        test::writeText(dir.filePath("invocations.csv"), "scheduled_us,sent_us,latency_us,status\n"
                                                         "0,0,1000,ok\n"
                                                         "2500000,2500000,1000,ok\n");
        const RunSeries s = RunFolderReader::read(dir.path());
        QVERIFY(!s.coldKnown);
        QVERIFY(!s.hasWarmup);
        QCOMPARE(s.targetRatePerS, -1.0);
        QCOMPARE(s.timeline.issuedPerS, (std::vector<double>{1, 0, 1}));
        QVERIFY(std::isnan(s.timeline.latencyP50Ms[1]));
        // response_us absent: computed from send + latency - schedule.
        QCOMPARE(s.responseMs, (std::vector<double>{1.0, 1.0}));
    }

    void headerOnly()
    {
        QTemporaryDir dir;
        test::writeText(dir.filePath("invocations.csv"), kHeader);
        const RunSeries s = RunFolderReader::read(dir.path());
        QCOMPARE(s.scheduled, std::uint64_t(0));
        QCOMPARE(s.timeline.size(), 1);
        QVERIFY(s.latencyMs.empty());
    }

    void longRunUsesWiderBuckets()
    {
        QCOMPARE(timelineBucketS(10), 1.0);
        QCOMPARE(timelineBucketS(1200), 1.0);
        QCOMPARE(timelineBucketS(1201), 2.0);
        QCOMPARE(timelineBucketS(3600), 5.0);
        QCOMPARE(timelineBucketS(86400), 120.0);
    }

    void brokenSummaryIsAWarning()
    {
        QTemporaryDir dir;
        test::writeText(dir.filePath("invocations.csv"), kHeader);
        test::writeText(dir.filePath("summary.json"), "{not json");
        const RunSeries s = RunFolderReader::read(dir.path());
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY(s.warnings.first().contains(QStringLiteral("summary.json")));
    }

    // FIFOs without writers as the run's files: invocations.csv is an error naming it,
    // summary.json a warning; neither is opened (that blocked).
    void fifosAreRefused()
    {
        QTemporaryDir dir;
        test::writeText(dir.filePath("invocations.csv"), kHeader);
        const QString summary = dir.filePath("summary.json");
        QCOMPARE(::mkfifo(QFile::encodeName(summary).constData(), 0600), 0);
        const RunSeries s = RunFolderReader::read(dir.path());
        QCOMPARE(s.warnings,
                 QStringList{summary + QStringLiteral(": not a regular file, ignored")});

        QTemporaryDir other;
        const QString calls = other.filePath("invocations.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(calls).constData(), 0600), 0);
        try {
            RunFolderReader::read(other.path());
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), calls);
            QVERIFY2(e.message().startsWith(QStringLiteral("is not a regular file")),
                     qPrintable(e.message()));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no invocations.csv at all
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QByteArray() << qint64(0) << QString() << QStringLiteral("file not found");
        QTest::newRow("empty file")
            << QByteArray("\n") << qint64(1) << QString() << QStringLiteral("empty file");
        QTest::newRow("missing column")
            << QByteArray("scheduled_us,sent_us,status\n0,0,ok\n") << qint64(1)
            << QStringLiteral("latency_us") << QStringLiteral("missing column");
        QTest::newRow("bad number")
            << kHeader + "0,measured,a,0,10,10,12x,22,ok,0,false,i\n"
            << qint64(2) << QStringLiteral("latency_us") << QStringLiteral("not a number: '12x'");
        QTest::newRow("unknown status")
            << kHeader + "0,measured,a,0,10,10,12,22,ok,0,false,i\n"
                         "0,measured,a,0,10,10,12,22,fine,0,false,i\n"
            << qint64(3) << QStringLiteral("status") << QStringLiteral("unknown status 'fine'");
        QTest::newRow("ok without latency") << kHeader + "0,measured,a,0,10,10,,,ok,0,false,i\n"
                                            << qint64(2) << QStringLiteral("latency_us")
                                            << QStringLiteral("missing value for an ok call");
        QTest::newRow("no schedule")
            << kHeader + "0,measured,a,,10,10,12,22,ok,0,false,i\n"
            << qint64(2) << QStringLiteral("scheduled_us") << QStringLiteral("missing value");
    }
    void errors()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("invocations.csv");
        if (!content.isEmpty())
            test::writeText(path, content);
        try {
            RunFolderReader::read(dir.path());
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(message), qPrintable(e.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunFolderReader)
#include "test_run_folder_reader.moc"

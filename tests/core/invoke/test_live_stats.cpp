// The log-linear histogram behind the live percentiles, and LiveStats' counters/windows.
#include "invoke/emulator_reply.h"
#include "invoke/latency_histogram.h"
#include "invoke/live_stats.h"

#include <QTest>
#include <thread>

using namespace traceload;

class TestLiveStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsCoverEveryValue()
    {
        // Every value falls in a bucket whose bounds hold it, with < 1/32 relative width.
        int previous = -1;
        for (std::int64_t v = 0; v < (std::int64_t(1) << 40); v = v < 200 ? v + 1 : v * 1.01) {
            const int b = LatencyHistogram::bucketOf(v);
            QVERIFY(b >= previous);
            previous = b;
            QVERIFY2(LatencyHistogram::bucketLow(b) <= v && v <= LatencyHistogram::bucketHigh(b),
                     qPrintable(QString::number(v)));
            const double width =
                double(LatencyHistogram::bucketHigh(b) - LatencyHistogram::bucketLow(b) + 1);
            QVERIFY(v < 64 ? width == 1 : width / double(v) <= 1.0 / 32);
        }
        QCOMPARE(LatencyHistogram::bucketOf(-5), 0);
        QCOMPARE(LatencyHistogram::bucketOf(std::numeric_limits<std::int64_t>::max()),
                 LatencyHistogram::kBucketCount - 1);
    }

    void percentilesAreCloseToExact()
    {
        LatencyHistogram h;
        for (int v = 1; v <= 10'000; ++v)
            h.add(v);
        QCOMPARE(h.total, 10'000u);
        QCOMPARE(h.max, 10'000);
        for (const double p : {50.0, 90.0, 99.0, 99.9}) {
            const double exact = p / 100 * 10'000;
            const double got = double(h.percentile(p));
            QVERIFY2(got >= exact && got <= exact * (1 + 1.0 / 32),
                     qPrintable(QStringLiteral("p%1: %2").arg(p).arg(got)));
        }
        QCOMPARE(h.percentile(100), 10'000);
        QCOMPARE(LatencyHistogram().percentile(50), -1);
    }

    void mergeAndSubtract()
    {
        LatencyHistogram a, b;
        for (int v = 0; v < 100; ++v)
            a.add(v);
        LatencyHistogram earlier = a;
        for (int v = 1000; v < 1100; ++v)
            a.add(v);
        b.merge(a);
        QCOMPARE(b.total, 200u);
        b.subtract(earlier);
        QCOMPARE(b.total, 100u);
        QVERIFY(b.percentile(1) >= 1000);
    }

    void statsCountAndSnapshot()
    {
        LiveStats stats(2);
        stats.reset(10, 2, 1'000'000, 1.0);
        stats.markStarted(std::chrono::steady_clock::now());
        for (int i = 0; i < 6; ++i)
            stats.recordSent(10 * i);
        stats.recordOk(0, 100, 150);
        stats.recordOk(1, 200, 250);
        stats.recordError(0);
        stats.recordTimeout(1);
        LiveSnapshot s = stats.snapshot();
        QVERIFY(s.started);
        QVERIFY(!s.finished);
        QCOMPARE(s.scheduled, 10u);
        QCOMPARE(s.issued, 6u);
        QCOMPARE(s.completed, 4u);
        QCOMPARE(s.ok, 2u);
        QCOMPARE(s.errors, 1u);
        QCOMPARE(s.timeouts, 1u);
        QCOMPARE(s.inFlight, 2u);
        QCOMPARE(s.latencyOverall.count, 2u);
        QCOMPARE(s.latencyOverall.max, 200);
        QCOMPARE(s.latenessOverall.count, 6u);
        QCOMPARE(s.slotCount, 2);
        stats.markFinished(4, true);
        s = stats.snapshot();
        QVERIFY(s.finished);
        QVERIFY(s.cancelled);
        QCOMPARE(s.notSent, 4u);
    }

    void windowCoversRecentValuesOnly()
    {
        LiveStats stats(1, std::chrono::milliseconds(50));
        stats.reset(0, 1, 1'000'000, 1.0);
        stats.markStarted(std::chrono::steady_clock::now());
        stats.recordOk(0, 5'000, 5'000);
        (void)stats.snapshot(); // base copy
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        (void)stats.snapshot();
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        stats.recordOk(0, 10, 10);
        const LiveSnapshot s = stats.snapshot();
        QCOMPARE(s.latencyOverall.count, 2u);
        QCOMPARE(s.latencyWindow.count, 1u);
        QCOMPARE(s.latencyWindow.p99, 10);
    }

    void emulatorReplyParsing_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<bool>("cold");
        QTest::addColumn<QString>("instance");
        QTest::newRow("cold") << R"({"service":"a","exec_us":12,"instance":"a-1","cold":true})"
                              << true << true << "a-1";
        QTest::newRow("warm") << R"({"service":"a","exec_us":12,"instance":"a-2","cold":false})"
                              << true << false << "a-2";
        QTest::newRow("spaces") << R"({"service": "a", "instance": "a-3", "cold": true})" << true
                                << true << "a-3";
        QTest::newRow("escaped") << "{\"instance\":\"a\\\"b\",\"cold\":false}" << true << false
                                 << "a\"b";
        QTest::newRow("key inside a value")
            << R"({"service":"instance","instance":"i-1","cold":false})" << true << false << "i-1";
        QTest::newRow("vswarm text") << "Hello, traceload!" << false << false << "";
        QTest::newRow("empty") << "" << false << false << "";
        QTest::newRow("broken json") << R"({"instance":"x","cold":)" << false << false << "";
        QTest::newRow("no cold") << R"({"instance":"x"})" << false << false << "";
        QTest::newRow("wrong type") << R"({"instance":1,"cold":true})" << false << false << "";
    }
    void emulatorReplyParsing()
    {
        QFETCH(QString, message);
        QFETCH(bool, parsed);
        QFETCH(bool, cold);
        QFETCH(QString, instance);
        const auto reply = EmulatorReply::parse(message.toStdString());
        QCOMPARE(reply.has_value(), parsed);
        if (reply) {
            QCOMPARE(reply->cold, cold);
            QCOMPARE(QString::fromStdString(reply->instance), instance);
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveStats)
#include "test_live_stats.moc"

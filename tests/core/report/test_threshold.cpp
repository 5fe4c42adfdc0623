// --threshold expressions: parsing (units, operators, errors naming the expression) and
// evaluation against a run summary.
#include "common/input_error.h"
#include "report/threshold.h"

#include <QTest>

using namespace traceload;

namespace {

RunSummary sampleSummary()
{
    RunSummary s;
    s.measured = {1000, 990, 4, 3, 3}; // scheduled, ok, error, timeout, not sent
    s.latency.count = 990;
    s.latency.p50 = 1'000;
    s.latency.p90 = 2'000;
    s.latency.p99 = 400'000;
    s.latency.p999 = 600'000;
    s.latency.max = 700'000;
    s.latency.mean = 1'500;
    s.response = s.latency;
    s.response.p99 = 1'200'000;
    s.lateness.count = 997;
    s.lateness.p99 = 1'500;
    s.achievedRate = 99.7;
    s.okRate = 99.0;
    s.targetRate = 100;
    s.coldStartsKnown = true;
    s.coldStartsMeasured = 2;
    return s;
}

} // namespace

class TestThreshold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndEvaluate_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<double>("limit");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("passed");
        QTest::newRow("latency ms") << "latency.p99<500ms" << 500'000.0 << 400'000.0 << true;
        QTest::newRow("latency us") << "latency.p50<=1000us" << 1000.0 << 1000.0 << true;
        QTest::newRow("latency µs") << "latency.p50<999µs" << 999.0 << 1000.0 << false;
        QTest::newRow("no unit = us") << "latency.p90 < 2001" << 2001.0 << 2000.0 << true;
        QTest::newRow("response s") << "response.p99<1s" << 1e6 << 1'200'000.0 << false;
        QTest::newRow("fractional s") << "response.p99<1.5s" << 1.5e6 << 1'200'000.0 << true;
        QTest::newRow("lateness") << "lateness.p99<2ms" << 2000.0 << 1500.0 << true;
        QTest::newRow("max") << "latency.max<700ms" << 700'000.0 << 700'000.0 << false;
        QTest::newRow("p999") << "latency.p999<=600ms" << 600'000.0 << 600'000.0 << true;
        QTest::newRow("mean") << "latency.mean>1ms" << 1000.0 << 1500.0 << true;
        QTest::newRow("errors rate") << "errors.rate<0.01" << 0.01 << 0.01 << false;
        QTest::newRow("errors rate <=") << "errors.rate<=0.01" << 0.01 << 0.01 << true;
        QTest::newRow("errors percent") << "errors.rate<2%" << 0.02 << 0.01 << true;
        QTest::newRow("errors count") << "errors.count<=10" << 10.0 << 10.0 << true;
        QTest::newRow("timeouts") << "timeouts.count<1" << 1.0 << 3.0 << false;
        QTest::newRow("not sent") << "not_sent.rate<0.001" << 0.001 << 0.003 << false;
        QTest::newRow("cold starts") << "cold_starts.count<=2" << 2.0 << 2.0 << true;
        QTest::newRow("rate") << "rate.achieved>=99" << 99.0 << 99.7 << true;
        QTest::newRow("rate ok") << "rate.ok>99.5" << 99.5 << 99.0 << false;
    }
    void parseAndEvaluate()
    {
        QFETCH(QString, expr);
        QFETCH(double, limit);
        QFETCH(double, value);
        QFETCH(bool, passed);
        const Threshold t = Threshold::parse(expr);
        QCOMPARE(t.limit, limit);
        QCOMPARE(t.expr, expr.trimmed());
        const ThresholdResult r = evaluate(t, sampleSummary());
        QVERIFY(r.value.has_value());
        QCOMPARE(*r.value, value);
        QCOMPARE(r.passed, passed);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << "fast please"
                                 << "expected metric.stat<value";
        QTest::newRow("no op") << "latency.p99 500ms"
                               << "expected metric.stat<value";
        QTest::newRow("unknown metric") << "speed.p99<1ms"
                                        << "unknown metric 'speed'";
        QTest::newRow("unknown stat") << "latency.p42<1ms"
                                      << "unknown statistic 'p42'";
        QTest::newRow("bad unit") << "latency.p99<5min"
                                  << "expected metric.stat<value";
        QTest::newRow("percent time") << "latency.p99<5%"
                                      << "a time needs the unit";
        QTest::newRow("rate unit") << "errors.rate<1ms"
                                   << "takes no time unit";
        QTest::newRow("count percent") << "errors.count<1%"
                                       << "only a rate";
        QTest::newRow("rate stat") << "rate.p99<5"
                                   << "unknown statistic 'p99'";
    }
    void rejects()
    {
        QFETCH(QString, expr);
        QFETCH(QString, reason);
        try {
            Threshold::parse(expr);
            QFAIL("expected an InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), QStringLiteral("--threshold"));
            QVERIFY2(e.message().contains(expr), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void nothingMeasuredFails()
    {
        RunSummary empty;
        const ThresholdResult r = evaluate(Threshold::parse("latency.p99<1s"), empty);
        QVERIFY(!r.value);
        QVERIFY(!r.passed);
        QVERIFY(!evaluate(Threshold::parse("errors.rate<0.5"), empty).passed);
    }

    // Cold starts the endpoints did not report are unknown, never 0: no value, not passed.
    void unknownColdStartsFail()
    {
        RunSummary s = sampleSummary();
        s.coldStartsKnown = false;
        s.coldStartsMeasured = 0;
        for (const char* expr : {"cold_starts.count<1", "cold_starts.rate<0.5"}) {
            const ThresholdResult r = evaluate(Threshold::parse(QString::fromLatin1(expr)), s);
            QVERIFY(!r.value);
            QVERIFY(!r.passed);
        }
    }
};

QTEST_GUILESS_MAIN(TestThreshold)
#include "test_threshold.moc"

// Exact nearest-rank percentiles for run summaries.
#include "report/percentile_summary.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace traceload;

class TestPercentiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRank_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("index");
        QTest::newRow("p50 of 1000") << 1000 << 50.0 << 499;
        QTest::newRow("p99.9 of 1000") << 1000 << 99.9 << 998;
        QTest::newRow("p100") << 1000 << 100.0 << 999;
        QTest::newRow("p50 of 2") << 2 << 50.0 << 0;
        QTest::newRow("p99 of 2") << 2 << 99.0 << 1;
        QTest::newRow("one value") << 1 << 50.0 << 0;
        QTest::newRow("tiny p") << 10 << 0.001 << 0;
        QTest::newRow("p90 of 7") << 7 << 90.0 << 6;
        QTest::newRow("empty") << 0 << 50.0 << 0;
    }
    void nearestRank()
    {
        QFETCH(int, n);
        QFETCH(double, p);
        QFETCH(int, index);
        QCOMPARE(nearestRankIndex(std::size_t(n), p), std::size_t(index));
    }

    void summaryOfShuffledSequence()
    {
        std::vector<std::int64_t> v(1000);
        for (int i = 0; i < 1000; ++i)
            v[std::size_t(i)] = i + 1;
        std::shuffle(v.begin(), v.end(), std::mt19937(7));
        const PercentileSummary s = summarizePercentiles(v);
        QCOMPARE(s.count, 1000u);
        QCOMPARE(s.p50, 500);
        QCOMPARE(s.p90, 900);
        QCOMPARE(s.p99, 990);
        QCOMPARE(s.p999, 999);
        QCOMPARE(s.max, 1000);
        QCOMPARE(s.min, 1);
        QCOMPARE(s.mean, 500.5);
    }

    void summaryAgreesWithSorting()
    {
        std::mt19937 rng(3);
        std::lognormal_distribution<double> dist(7, 1.5);
        std::vector<std::int64_t> v(12345);
        for (auto& x : v)
            x = std::int64_t(dist(rng));
        std::vector<std::int64_t> sorted = v;
        std::sort(sorted.begin(), sorted.end());
        const PercentileSummary s = summarizePercentiles(v);
        QCOMPARE(s.p50, sorted[nearestRankIndex(sorted.size(), 50)]);
        QCOMPARE(s.p90, sorted[nearestRankIndex(sorted.size(), 90)]);
        QCOMPARE(s.p99, sorted[nearestRankIndex(sorted.size(), 99)]);
        QCOMPARE(s.p999, sorted[nearestRankIndex(sorted.size(), 99.9)]);
        QCOMPARE(s.max, sorted.back());
        std::vector<std::int64_t> copy = sorted;
        QCOMPARE(percentileOf(copy, 75), sorted[nearestRankIndex(sorted.size(), 75)]);
    }

    void emptyAndSingle()
    {
        std::vector<std::int64_t> none;
        QVERIFY(summarizePercentiles(none).isEmpty());
        QCOMPARE(percentileOf(none, 50), 0);
        std::vector<std::int64_t> one{42};
        const PercentileSummary s = summarizePercentiles(one);
        QCOMPARE(s.p50, 42);
        QCOMPARE(s.p999, 42);
        QCOMPARE(s.max, 42);
    }
};

QTEST_GUILESS_MAIN(TestPercentiles)
#include "test_percentiles.moc"

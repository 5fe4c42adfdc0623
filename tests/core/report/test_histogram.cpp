// The seed's log-decade bins (exact edges, counts, labels) and the linear bins of the
// mapping error histogram.
#include "report/histogram.h"
#include "report/log_decade_bins.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace traceload;

using Edges = std::vector<double>;
using Counts = std::vector<std::uint64_t>;
Q_DECLARE_METATYPE(Edges)
Q_DECLARE_METATYPE(Counts)

namespace {

// 1..9 x 10^k for k in [first, last) plus 10^last, written as decimal literals.
Edges decades(int first, int last)
{
    Edges e;
    for (int k = first; k < last; ++k)
        for (int m = 1; m <= 9; ++m)
            e.push_back(QString(QStringLiteral("%1e%2")).arg(m).arg(k).toDouble());
    e.push_back(QString(QStringLiteral("1e%1")).arg(last).toDouble());
    return e;
}

Counts countsWith(std::size_t bins,
                  std::initializer_list<std::pair<std::size_t, std::uint64_t>> set)
{
    Counts c(bins, 0);
    for (const auto& [bin, n] : set)
        c[bin] = n;
    return c;
}

} // namespace

class TestHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesAreExactDecimals()
    {
        QCOMPARE(LogDecadeBins::edge(3, -1), 0.3);
        QCOMPARE(LogDecadeBins::edge(7, -2), 0.07);
        QCOMPARE(LogDecadeBins::edge(9, 3), 9000.0);
        QCOMPARE(LogDecadeBins::edges(-1, 0), decades(-1, 0));
        QCOMPARE(LogDecadeBins::edges(2, 2), decades(2, 3)); // an empty range: one decade
    }

    void decadeOf_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decade");
        QTest::newRow("1") << 1.0 << 0;
        QTest::newRow("9.999") << 9.999 << 0;
        QTest::newRow("10") << 10.0 << 1;
        QTest::newRow("1000") << 1000.0 << 3;
        QTest::newRow("999.9999") << 999.9999 << 2;
        QTest::newRow("0.1") << 0.1 << -1;
        QTest::newRow("0.09") << 0.09 << -2;
        QTest::newRow("0.01") << 0.01 << -2;
        QTest::newRow("1e15") << 1e15 << 15;
        QTest::newRow("1e-300") << 1e-300 << -300;
    }
    void decadeOf()
    {
        QFETCH(double, value);
        QFETCH(int, decade);
        QCOMPARE(LogDecadeBins::decadeOf(value), decade);
    }

    void logDecadeHistogram_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<Edges>("edges");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<int>("zeros");
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();

        QTest::newRow("one value")
            << std::vector<double>{1.5} << decades(0, 1) << countsWith(9, {{0, 1}}) << 0 << 0;
        // 10 is the top edge: numpy's last bin is closed.
        QTest::newRow("edges 1 and 10") << std::vector<double>{1, 10} << decades(0, 1)
                                        << countsWith(9, {{0, 1}, {8, 1}}) << 0 << 0;
        QTest::newRow("all on one power of ten")
            << std::vector<double>{10, 10} << decades(1, 2) << countsWith(9, {{0, 2}}) << 0 << 0;
        // Every value on an inner edge belongs to the bin that starts there.
        QTest::newRow("values on inner edges")
            << std::vector<double>{2, 3, 3, 9, 20, 90, 100} << decades(0, 2)
            << countsWith(18, {{1, 1}, {2, 2}, {8, 1}, {10, 1}, {17, 2}}) << 0 << 0;
        // The seed's 3 * 0.1 = 0.30000000000000004 would put 0.3 into 0.2–0.3.
        QTest::newRow("0.3 on an edge below 1")
            << std::vector<double>{0.3} << decades(-1, 0) << countsWith(9, {{2, 1}}) << 0 << 0;
        QTest::newRow("below 1 and above")
            << std::vector<double>{0.05, 0.5, 2, 250} << decades(-2, 3)
            << countsWith(45, {{4, 1}, {13, 1}, {19, 1}, {37, 1}}) << 0 << 0;
        // The seed's zero rule: 0 counts as 0.01.
        QTest::newRow("zeros") << std::vector<double>{0, 0, 0.5} << decades(-2, 0)
                               << countsWith(18, {{0, 2}, {13, 1}}) << 0 << 2;
        QTest::newRow("unusable values dropped")
            << std::vector<double>{-1, nan, inf, 5, 1e301} << decades(0, 1)
            << countsWith(9, {{4, 1}}) << 4 << 0;
        QTest::newRow("huge range") << std::vector<double>{1, 1e15} << decades(0, 15)
                                    << countsWith(135, {{0, 1}, {134, 1}}) << 0 << 0;
        QTest::newRow("empty") << std::vector<double>{} << Edges{} << Counts{} << 0 << 0;
        QTest::newRow("nothing usable")
            << std::vector<double>{-2, nan} << Edges{} << Counts{} << 2 << 0;
    }
    void logDecadeHistogram()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(Edges, edges);
        QFETCH(Counts, counts);
        QFETCH(int, dropped);
        QFETCH(int, zeros);
        const Histogram h = traceload::logDecadeHistogram(values);
        QCOMPARE(h.edges, edges);
        QCOMPARE(h.counts, counts);
        QCOMPARE(h.dropped, std::uint64_t(dropped));
        QCOMPARE(h.zerosReplaced, std::uint64_t(zeros));
        QCOMPARE(h.outside, std::uint64_t(0));
        QCOMPARE(h.labels.size(), qsizetype(counts.size()));
        QCOMPARE(h.isEmpty(), counts.empty());
    }

    void labels()
    {
        const Histogram h = traceload::logDecadeHistogram(std::vector<double>{0.01, 50});
        QCOMPARE(h.labels.first(), QStringLiteral("0.01–0.02"));
        QCOMPARE(h.labels.at(8), QStringLiteral("0.09–0.1"));
        QCOMPARE(h.labels.at(9), QStringLiteral("0.1–0.2"));
        QCOMPARE(h.labels.at(18), QStringLiteral("1–2"));
        QCOMPARE(h.labels.at(26), QStringLiteral("9–10"));
        QCOMPARE(h.labels.at(27), QStringLiteral("10–20"));
        QCOMPARE(h.labels.last(), QStringLiteral("90–100"));
        // From a thousand up, SI suffixes: a label reads like its neighbours, also across a
        // decade (no "900000–1e6").
        QCOMPARE(LogDecadeBins::label(900, 1000), QStringLiteral("900–1k"));
        QCOMPARE(LogDecadeBins::label(9000, 10000), QStringLiteral("9k–10k"));
        QCOMPARE(LogDecadeBins::label(90000, 100000), QStringLiteral("90k–100k"));
        QCOMPARE(LogDecadeBins::label(800000, 900000), QStringLiteral("800k–900k"));
        QCOMPARE(LogDecadeBins::label(900000, 1e6), QStringLiteral("900k–1M"));
        QCOMPARE(LogDecadeBins::label(1e6, 2e6), QStringLiteral("1M–2M"));
        QCOMPARE(LogDecadeBins::label(9e11, 1e12), QStringLiteral("900G–1T"));
        QCOMPARE(LogDecadeBins::formatEdge(2e15), QStringLiteral("2e15"));
        QCOMPARE(LogDecadeBins::formatEdge(2e-7), QStringLiteral("2e-7"));
        QCOMPARE(LogDecadeBins::formatEdge(0.00005), QStringLiteral("0.00005"));
        QCOMPARE(LogDecadeBins::formatEdge(0.000005), QStringLiteral("5e-6"));
    }

    // The seed's markers: which trace bins hold proxies.
    void recountIntoSameBins()
    {
        const Histogram trace = traceload::logDecadeHistogram(std::vector<double>{1, 5, 12, 80});
        const Histogram proxies =
            recountLogDecade(trace, std::vector<double>{0, 5.5, 5.9, 99.9, 100, 150});
        QCOMPARE(proxies.edges, trace.edges);
        QCOMPARE(proxies.counts, countsWith(18, {{4, 2}, {17, 2}}));
        QCOMPARE(proxies.outside, std::uint64_t(2)); // 0 (as 0.01) and 150
        QCOMPARE(proxies.zerosReplaced, std::uint64_t(1));
    }

    void binOf_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("bin");
        QTest::newRow("first edge") << 0.0 << 0;
        QTest::newRow("inside") << 0.999 << 0;
        QTest::newRow("inner edge") << 1.0 << 1;
        QTest::newRow("last edge (closed)") << 2.0 << 1;
        QTest::newRow("above") << 2.0001 << -1;
        QTest::newRow("below") << -0.1 << -1;
        QTest::newRow("nan") << std::nan("") << -1;
    }
    void binOf()
    {
        QFETCH(double, value);
        QFETCH(int, bin);
        const Histogram h = Histogram::withEdges({0, 1, 2}, {});
        QCOMPARE(h.binOf(value), bin);
    }

    void niceBinWidth_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("bins");
        QTest::addColumn<double>("width");
        QTest::newRow("10 in 20") << 10.0 << 20 << 0.5;
        QTest::newRow("3.7 in 20") << 3.7 << 20 << 0.2;
        QTest::newRow("4.5 in 20") << 4.5 << 20 << 0.25;
        QTest::newRow("100 in 10") << 100.0 << 10 << 10.0;
        QTest::newRow("101 in 10") << 101.0 << 10 << 20.0;
        QTest::newRow("zero") << 0.0 << 10 << 1.0;
    }
    void niceBinWidth()
    {
        QFETCH(double, span);
        QFETCH(int, bins);
        QFETCH(double, width);
        QCOMPARE(traceload::niceBinWidth(span, bins), width);
    }

    void linearHistogram()
    {
        const Histogram h = traceload::linearHistogram(std::vector<double>{0.1, 0.35, 3.7}, 20);
        QCOMPARE(h.binCount(), 19);
        QCOMPARE(h.edges.front(), 0.0);
        QVERIFY(std::abs(h.edges.back() - 3.8) < 1e-12);
        QCOMPARE(h.counts, countsWith(19, {{0, 1}, {1, 1}, {18, 1}}));
        QCOMPARE(h.labels.first(), QStringLiteral("0–0.2"));

        const Histogram zeros = traceload::linearHistogram(std::vector<double>{0, 0}, 20);
        QCOMPARE(zeros.edges, (Edges{0, 1}));
        QCOMPARE(zeros.counts, (Counts{2}));

        const Histogram none = traceload::linearHistogram(std::vector<double>{std::nan("")}, 20);
        QCOMPARE(none.binCount(), 0);
        QCOMPARE(none.dropped, std::uint64_t(1));

        // The largest value exactly on a multiple of the width: the closed last bin.
        const Histogram top = traceload::linearHistogram(std::vector<double>{0, 2}, 20);
        QCOMPARE(top.edges.back(), 2.0);
        QCOMPARE(top.counts.back(), std::uint64_t(1));
        QCOMPARE(top.total(), std::uint64_t(2));
    }
};

QTEST_APPLESS_MAIN(TestHistogram)
#include "test_histogram.moc"

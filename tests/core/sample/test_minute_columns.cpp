// MinuteColumns: the per-minute Wasserstein distance and the effect of a swap, against
// values worked out by hand.

#include "sample/minute_columns.h"

#include <QTest>
#include <cmath>

using namespace traceload;

namespace {

// Minute 0: four functions with values 0, 1, 2, 5; minute 1: all 3 but function 3 (7).
// Integers below 100 are exact bins, so the hand-computed distances hold exactly.
struct SmallColumns
{
    std::vector<std::vector<std::uint32_t>> counts{{0, 3}, {1, 3}, {2, 3}, {5, 7}};
    std::vector<const std::vector<std::uint32_t>*> pointers{&counts[0], &counts[1], &counts[2],
                                                            &counts[3]};
    std::vector<double> ones = std::vector<double>(4, 1.0);
    MinuteColumns columns{pointers, ones, 2};
};

} // namespace

class TestMinuteColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance();
    void swaps_data();
    void swaps();
    void fullTraceHasNoDistance();
    void bins();
};

void TestMinuteColumns::distance()
{
    SmallColumns small;
    MinuteColumns& columns = small.columns;
    QCOMPARE(columns.entries(), std::size_t(4 + 3)); // minute 1: 0, 3, 7
    columns.setSample({1, 3});
    // Minute 0: CDFs at 0, 1, 2 are (0, 1/4), (1/2, 1/2), (1/2, 3/4): 1/4*1 + 0*1 + 1/4*3.
    // Minute 1: sample {3, 7}, trace {3, 3, 3, 7}: at 3 (1/2, 3/4): 1/4 * 4.
    QCOMPARE(columns.distanceSum(), 1.0 + 1.0);
}

void TestMinuteColumns::swaps_data()
{
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");
    QTest::addColumn<double>("delta");
    // Minute 0, sample {0, 1}: 1/4 + 1/2 + 1/4*3 = 1.5; minute 1, {3, 3}: |1 - 3/4| * 4 = 1.
    QTest::newRow("5 -> 0") << 3 << 0 << (1.5 + 1.0) - 2.0;
    // Minute 0, {1, 2}: 1/4 + 0 + 1/4*3 = 1; minute 1, {3, 3}: 1.
    QTest::newRow("5 -> 2") << 3 << 2 << (1.0 + 1.0) - 2.0;
    // Minute 0, {2, 5}: 1/4 + 1/2 + 1/4*3 = 1.5; minute 1 unchanged (3 for 3).
    QTest::newRow("1 -> 2") << 1 << 2 << (1.5 + 1.0) - 2.0;
}

void TestMinuteColumns::swaps()
{
    QFETCH(int, out);
    QFETCH(int, in);
    QFETCH(double, delta);
    SmallColumns small;
    MinuteColumns& columns = small.columns;
    columns.setSample({1, 3});
    QCOMPARE(columns.swapDelta(std::size_t(out), std::size_t(in)), delta);
    columns.applySwap(std::size_t(out), std::size_t(in));
    QCOMPARE(columns.distanceSum(), 2.0 + delta);
    // The same as setting the swapped sample from scratch.
    std::vector<std::size_t> members{1, 3};
    std::replace(members.begin(), members.end(), std::size_t(out), std::size_t(in));
    SmallColumns fresh;
    fresh.columns.setSample(members);
    QCOMPARE(fresh.columns.distanceSum(), 2.0 + delta);
}

void TestMinuteColumns::fullTraceHasNoDistance()
{
    SmallColumns small;
    small.columns.setSample({0, 1, 2, 3});
    const MinuteColumns& columns = small.columns;
    QCOMPARE(columns.distanceSum(), 0.0);
}

void TestMinuteColumns::bins()
{
    QCOMPARE(MinuteColumns::binOf(0, 0.0), std::uint16_t(0));
    // Every integer below 100 has a bin of its own; 1 % apart shares one at most.
    for (std::uint32_t n = 1; n < 100; ++n)
        QVERIFY(MinuteColumns::binOf(n, 0.0) < MinuteColumns::binOf(n + 1, 0.0));
    QCOMPARE(MinuteColumns::binOf(1000, 0.0) + 1, int(MinuteColumns::binOf(1011, 0.0)));
    // A weight shifts the bin: 2 x 0.5 is 1.
    QCOMPARE(MinuteColumns::binOf(2, std::log(0.5)), MinuteColumns::binOf(1, 0.0));
}

QTEST_GUILESS_MAIN(TestMinuteColumns)
#include "test_minute_columns.moc"

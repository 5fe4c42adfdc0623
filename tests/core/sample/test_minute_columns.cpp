// MinuteColumns: the per-minute Wasserstein distance and the effect of a swap, against
// values worked out by hand.

#include "sample/minute_columns.h"

#include <QTest>
#include <algorithm>
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
    void manySwapsMatchFreshColumns();
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

// Hundreds of bins per minute (several prefix blocks): after every accepted swap, the
// predicted change and the distance equal those of columns set from scratch.
void TestMinuteColumns::manySwapsMatchFreshColumns()
{
    constexpr std::size_t kFunctions = 400;
    constexpr int kMinutes = 3;
    std::vector<std::vector<std::uint32_t>> counts(kFunctions);
    std::uint64_t state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    };
    for (auto& c : counts) {
        for (int m = 0; m < kMinutes; ++m) // 0 or a value spread over 1 .. 10^6, log-uniform
            c.push_back(next() % 5 == 0 ? 0 : std::uint32_t(std::exp((next() % 1382) / 100.0)));
    }
    std::vector<const std::vector<std::uint32_t>*> pointers;
    for (const auto& c : counts)
        pointers.push_back(&c);
    const std::vector<double> weights(kFunctions, 1.0);
    MinuteColumns columns(pointers, weights, kMinutes);
    QVERIFY2(columns.entries() > 3 * 200, "too few bins to span several prefix blocks");
    std::vector<std::size_t> members;
    for (std::size_t f = 0; f < kFunctions; f += 8)
        members.push_back(f);
    columns.setSample(members);
    for (int step = 0; step < 60; ++step) {
        const std::size_t position = next() % members.size();
        std::size_t in = next() % kFunctions;
        while (std::find(members.begin(), members.end(), in) != members.end())
            in = (in + 1) % kFunctions;
        const double before = columns.distanceSum();
        const double predicted = columns.swapDelta(members[position], in);
        columns.applySwap(members[position], in);
        members[position] = in;
        MinuteColumns fresh(pointers, weights, kMinutes);
        fresh.setSample(members);
        QVERIFY2(std::abs(before + predicted - fresh.distanceSum()) < 1e-9,
                 qPrintable(QStringLiteral("step %1").arg(step)));
        QVERIFY(std::abs(columns.distanceSum() - fresh.distanceSum()) < 1e-9);
        // And the next prediction from the updated prefixes equals the fresh one's.
        const std::size_t probe = (in * 7 + 3) % kFunctions;
        if (std::find(members.begin(), members.end(), probe) == members.end()) {
            QVERIFY(std::abs(columns.swapDelta(members[0], probe) -
                             fresh.swapDelta(members[0], probe)) < 1e-9);
        }
    }
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

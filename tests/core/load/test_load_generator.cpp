// LoadGenerator: counts conserved, exact equidistant placement, shift, ties, seeds,
// windows, endpoints, statistics and the errors it reports.
#include "common/input_error.h"
#include "common/job_control.h"
#include "load/load_generator.h"
#include "load_test_support.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <set>

using namespace traceload;
using traceload::test::endpointsFor;
using traceload::test::makeTrace;
using traceload::test::timestampsOf;

Q_DECLARE_METATYPE(traceload::IatDistribution)
Q_DECLARE_METATYPE(traceload::Granularity)

namespace {

LoadOptions options(IatDistribution distribution, bool shift, int warmup, int duration,
                    int offset = 0, std::uint64_t seed = 42)
{
    LoadOptions o;
    o.distribution = distribution;
    o.shift = shift;
    o.warmupSlots = warmup;
    o.durationSlots = duration;
    o.offset = offset;
    o.seed = seed;
    return o;
}

void addDistributionRows()
{
    QTest::addColumn<IatDistribution>("distribution");
    QTest::addColumn<bool>("shift");
    for (const auto d :
         {IatDistribution::Equidistant, IatDistribution::Uniform, IatDistribution::Exponential})
        for (const bool shift : {true, false})
            QTest::addRow("%s%s", qPrintable(toString(d)), shift ? "" : " no-shift") << d << shift;
}

bool sameLoad(const Load& a, const Load& b)
{
    if (a.endpoints != b.endpoints || a.timeSlots.size() != b.timeSlots.size() ||
        a.slotLengthUs != b.slotLengthUs)
        return false;
    for (std::size_t s = 0; s < a.timeSlots.size(); ++s)
        if (a.timeSlots[s].timestampsUs != b.timeSlots[s].timestampsUs ||
            a.timeSlots[s].endpoints != b.timeSlots[s].endpoints)
            return false;
    return true;
}

} // namespace

class TestLoadGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsConserved_data() { addDistributionRows(); }
    void countsConserved()
    {
        QFETCH(IatDistribution, distribution);
        QFETCH(bool, shift);
        // Second slots (L = 1,000,000 µs): the last function has more invocations than the
        // slot has microseconds, so equal timestamps are unavoidable and must all be kept.
        const std::uint32_t crowd = 1'000'003;
        const Trace trace = makeTrace(
            {{0, 1, 2, 0}, {7, 0, 1000, 3}, {1, 1, 1, 1}, {50000, 2, 0, 9}, {0, crowd, 5, 0}},
            Granularity::Second);
        const Load load =
            LoadGenerator::generate(trace, endpointsFor(trace), options(distribution, shift, 1, 3));
        QCOMPARE(load.slotLengthUs, 1'000'000);
        QCOMPARE(load.timeSlots.size(), std::size_t(4));
        std::uint64_t expectedTotal = 0;
        for (std::size_t s = 0; s < 4; ++s) {
            const LoadSlot& slot = load.timeSlots[s];
            QCOMPARE(slot.endpoints.size(), slot.timestampsUs.size());
            std::map<std::uint32_t, std::uint32_t> perEndpoint;
            for (std::size_t k = 0; k < slot.timestampsUs.size(); ++k) {
                const auto t = slot.timestampsUs[k];
                QVERIFY(t >= 0 && t < load.slotLengthUs);
                if (k > 0) {
                    const auto before = slot.timestampsUs[k - 1];
                    QVERIFY(before <= t);
                    // Ties are in function order (endpoints are interned in that order).
                    if (before == t)
                        QVERIFY(slot.endpoints[k - 1] <= slot.endpoints[k]);
                }
                ++perEndpoint[slot.endpoints[k]];
            }
            for (std::size_t f = 0; f < trace.functions.size(); ++f) {
                const std::uint32_t n = trace.functions[f].invocations[s];
                QCOMPARE(perEndpoint[std::uint32_t(f)], n);
                expectedTotal += n;
            }
        }
        QCOMPARE(load.invocationCount(), expectedTotal);
        // The crowded function fills slot 1 with more invocations than microseconds.
        const auto crowded = timestampsOf(load, 1, QStringLiteral("fn-4.dry-run"));
        QCOMPARE(crowded.size(), std::size_t(crowd));
        const std::set<std::int64_t> distinct(crowded.begin(), crowded.end());
        QVERIFY(distinct.size() < crowded.size());
    }

    void equidistantExact_data()
    {
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<std::uint32_t>("n");
        QTest::addColumn<bool>("shift");
        for (const bool shift : {false, true}) {
            const char* s = shift ? "shift" : "no shift";
            QTest::addRow("minute n=1 %s", s) << Granularity::Minute << 1u << shift;
            QTest::addRow("minute n=3 %s", s) << Granularity::Minute << 3u << shift;
            QTest::addRow("minute n=7 %s", s) << Granularity::Minute << 7u << shift;
            QTest::addRow("second n=999 %s", s) << Granularity::Second << 999u << shift;
            QTest::addRow("second n=1000001 %s", s) << Granularity::Second << 1'000'001u << shift;
        }
    }
    void equidistantExact()
    {
        QFETCH(Granularity, granularity);
        QFETCH(std::uint32_t, n);
        QFETCH(bool, shift);
        const Trace trace = makeTrace({{0, 2}, {n, 0}, {n, 1}}, granularity);
        const Load load = LoadGenerator::generate(
            trace, endpointsFor(trace), options(IatDistribution::Equidistant, shift, 0, 2, 0, 7));
        const std::int64_t L = slotLengthUs(granularity);
        for (const int f : {1, 2}) {
            const std::int64_t phase = shift ? LoadGenerator::phaseUs(7, std::size_t(f), L) : 0;
            QVERIFY(phase >= 0 && phase < L);
            std::vector<std::int64_t> expected;
            for (std::int64_t k = 0; k < std::int64_t(n); ++k)
                expected.push_back((k * L / n + phase) % L);
            std::sort(expected.begin(), expected.end());
            QCOMPARE(timestampsOf(load, 0, QStringLiteral("fn-%1.dry-run").arg(f)), expected);
        }
        if (!shift) {
            // Without a phase the slot's first invocation of every function is at 0.
            QCOMPARE(load.timeSlots[0].timestampsUs[0], 0);
            QCOMPARE(load.timeSlots[0].timestampsUs[1], 0);
            QCOMPARE(load.timeSlots[1].timestampsUs, (std::vector<std::int64_t>{0, 0, L / 2}));
            QCOMPARE(load.timeSlots[1].endpoints, (std::vector<std::uint32_t>{0, 2, 0}));
        }
    }

    void phasesDifferPerFunction()
    {
        std::set<std::int64_t> phases;
        for (std::size_t f = 0; f < 100; ++f)
            phases.insert(LoadGenerator::phaseUs(42, f, 60'000'000));
        QCOMPARE(phases.size(), std::size_t(100));
        QCOMPARE(LoadGenerator::phaseUs(42, 3, 60'000'000),
                 LoadGenerator::phaseUs(42, 3, 60'000'000));
        QVERIFY(LoadGenerator::phaseUs(42, 3, 60'000'000) !=
                LoadGenerator::phaseUs(43, 3, 60'000'000));
    }

    void reproducible_data() { addDistributionRows(); }
    void reproducible()
    {
        QFETCH(IatDistribution, distribution);
        QFETCH(bool, shift);
        const Trace trace = makeTrace({{5, 9, 100}, {0, 3, 17}, {40, 40, 40}});
        const auto endpoints = endpointsFor(trace);
        const Load a =
            LoadGenerator::generate(trace, endpoints, options(distribution, shift, 1, 2));
        const Load b =
            LoadGenerator::generate(trace, endpoints, options(distribution, shift, 1, 2));
        QVERIFY(sameLoad(a, b));
        const Load other =
            LoadGenerator::generate(trace, endpoints, options(distribution, shift, 1, 2, 0, 43));
        // Only equidistant without a phase has nothing random in it.
        const bool random = shift || distribution != IatDistribution::Equidistant;
        QCOMPARE(!sameLoad(a, other), random);
    }

    // Each function draws from its own stream: its timestamps do not change when other
    // functions are added or removed.
    void functionsIndependent_data() { addDistributionRows(); }
    void functionsIndependent()
    {
        QFETCH(IatDistribution, distribution);
        QFETCH(bool, shift);
        const Trace both = makeTrace({{30, 12}, {25, 60}});
        Trace alone = both;
        alone.functions.resize(1);
        const Load a =
            LoadGenerator::generate(both, endpointsFor(both), options(distribution, shift, 0, 2));
        const Load b =
            LoadGenerator::generate(alone, endpointsFor(alone), options(distribution, shift, 0, 2));
        for (std::size_t s = 0; s < 2; ++s)
            QCOMPARE(timestampsOf(a, s, QStringLiteral("fn-0.dry-run")),
                     timestampsOf(b, s, QStringLiteral("fn-0.dry-run")));
    }

    // Slot k of the trace gets the same timestamps whether it is reached through offset or
    // through a trace read from a later first slot.
    void windowAndOffset_data() { addDistributionRows(); }
    void windowAndOffset()
    {
        QFETCH(IatDistribution, distribution);
        QFETCH(bool, shift);
        std::vector<std::vector<std::uint32_t>> counts(4);
        for (std::size_t f = 0; f < counts.size(); ++f)
            for (std::uint32_t s = 0; s < 10; ++s)
                counts[f].push_back((s * 7 + std::uint32_t(f) * 3) % 11);
        const Trace full = makeTrace(counts);
        const Load all =
            LoadGenerator::generate(full, endpointsFor(full), options(distribution, shift, 0, 10));
        const Load offset = LoadGenerator::generate(full, endpointsFor(full),
                                                    options(distribution, shift, 2, 4, 3));
        QCOMPARE(offset.timeSlots.size(), std::size_t(6));
        std::vector<std::vector<std::uint32_t>> window(counts.size());
        for (std::size_t f = 0; f < counts.size(); ++f)
            window[f].assign(counts[f].begin() + 3, counts[f].begin() + 9);
        const Trace cut = makeTrace(window, Granularity::Minute, 3);
        const Load fromCut =
            LoadGenerator::generate(cut, endpointsFor(cut), options(distribution, shift, 2, 4));
        for (std::size_t s = 0; s < 6; ++s) {
            QCOMPARE(offset.timeSlots[s].timestampsUs, all.timeSlots[s + 3].timestampsUs);
            QCOMPARE(offset.timeSlots[s].endpoints, all.timeSlots[s + 3].endpoints);
            QCOMPARE(fromCut.timeSlots[s].timestampsUs, all.timeSlots[s + 3].timestampsUs);
            std::uint64_t expected = 0;
            for (const auto& c : counts)
                expected += c[s + 3];
            QCOMPARE(std::uint64_t(offset.timeSlots[s].timestampsUs.size()), expected);
        }
    }

    void traceTooShort_data()
    {
        QTest::addColumn<int>("nSlots");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("warmup");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("message");
        QTest::addRow("duration") << 150 << 0 << 2 << 200
                                  << QStringLiteral(
                                         "the trace has 150 slots but offset 0 + warm-up 2 + "
                                         "duration 200 = 202 slots are needed");
        QTest::addRow("offset") << 22 << 1 << 2 << 20
                                << QStringLiteral("the trace has 22 slots but offset 1 + warm-up 2 "
                                                  "+ duration 20 = 23 slots are needed");
        QTest::addRow("negative") << 22 << -1 << 2 << 20
                                  << QStringLiteral("offset -1, warm-up 2 and duration 20 must "
                                                    "not be negative");
    }
    void traceTooShort()
    {
        QFETCH(int, nSlots);
        QFETCH(int, offset);
        QFETCH(int, warmup);
        QFETCH(int, duration);
        QFETCH(QString, message);
        const Trace trace =
            makeTrace({std::vector<std::uint32_t>(std::size_t(nSlots), 1)}, Granularity::Minute);
        try {
            LoadGenerator::generate(
                trace, endpointsFor(trace),
                options(IatDistribution::Uniform, true, warmup, duration, offset));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.message(), message);
            QCOMPARE(e.file(), trace.directory + QStringLiteral("/invocations.csv"));
        }
    }

    void exactlyLongEnough()
    {
        const Trace trace = makeTrace({std::vector<std::uint32_t>(22, 1)});
        const Load load = LoadGenerator::generate(trace, endpointsFor(trace),
                                                  options(IatDistribution::Uniform, true, 2, 20));
        QCOMPARE(load.timeSlots.size(), std::size_t(22));
        QCOMPARE(load.invocationCount(), std::uint64_t(22));
    }

    void sharedEndpoints()
    {
        const Trace trace = makeTrace({{1, 2}, {3, 0}, {0, 4}, {5, 5}});
        const std::vector<QString> endpoints{QStringLiteral("b.x"), QStringLiteral("a.x"),
                                             QStringLiteral("b.x"), QStringLiteral("c.x")};
        const Load load = LoadGenerator::generate(
            trace, endpoints, options(IatDistribution::Exponential, true, 0, 2));
        QCOMPARE(load.endpoints, (std::vector<QString>{QStringLiteral("b.x"), QStringLiteral("a.x"),
                                                       QStringLiteral("c.x")}));
        QCOMPARE(timestampsOf(load, 0, QStringLiteral("b.x")).size(), std::size_t(1));
        QCOMPARE(timestampsOf(load, 1, QStringLiteral("b.x")).size(), std::size_t(6));
        QCOMPARE(timestampsOf(load, 0, QStringLiteral("a.x")).size(), std::size_t(3));
        QCOMPARE(timestampsOf(load, 1, QStringLiteral("c.x")).size(), std::size_t(5));

        const LoadStats fromLoad = LoadGenerator::statistics(load);
        QCOMPARE(fromLoad.invocationsPerSlot, (std::vector<std::uint64_t>{9, 11}));
        QCOMPARE(fromLoad.total, std::uint64_t(20));
        QCOMPARE(fromLoad.functionsWithInvocations, 3); // endpoints
        const LoadStats fromTrace =
            LoadGenerator::statistics(trace, options(IatDistribution::Exponential, true, 0, 2));
        QCOMPARE(fromTrace.invocationsPerSlot, fromLoad.invocationsPerSlot);
        QCOMPARE(fromTrace.total, std::uint64_t(20));
        QCOMPARE(fromTrace.functionsWithInvocations, 4);
    }

    void statisticsOfWindow()
    {
        const Trace trace = makeTrace({{9, 0, 0, 1}, {9, 0, 3, 0}, {9, 0, 0, 0}});
        const LoadStats stats =
            LoadGenerator::statistics(trace, options(IatDistribution::Uniform, true, 1, 2, 1));
        QCOMPARE(stats.invocationsPerSlot, (std::vector<std::uint64_t>{0, 3, 1}));
        QCOMPARE(stats.total, std::uint64_t(4));
        QCOMPARE(stats.functionsWithInvocations, 2);
    }

    void emptyWindow()
    {
        const Trace trace = makeTrace({{0, 0}, {0, 0}});
        const Load load = LoadGenerator::generate(trace, endpointsFor(trace),
                                                  options(IatDistribution::Uniform, true, 1, 1));
        QCOMPARE(load.timeSlots.size(), std::size_t(2));
        QCOMPARE(load.invocationCount(), std::uint64_t(0));
        QCOMPARE(LoadGenerator::statistics(load).functionsWithInvocations, 0);
    }

    void cancelled()
    {
        const Trace trace = makeTrace({std::vector<std::uint32_t>(30, 100)});
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, LoadGenerator::generate(trace, endpointsFor(trace),
                                               options(IatDistribution::Uniform, true, 2, 20),
                                               JobControl(&token, {})));
    }

    void progressReachesOne()
    {
        const Trace trace = makeTrace({std::vector<std::uint32_t>(22, 100)});
        double last = -1;
        int calls = 0;
        const JobControl job(nullptr, [&](const QString&, double fraction) {
            QVERIFY(fraction >= last);
            last = fraction;
            ++calls;
        });
        LoadGenerator::generate(trace, endpointsFor(trace),
                                options(IatDistribution::Uniform, true, 2, 20), job);
        QVERIFY(calls >= 1);
        QCOMPARE(last, 1.0);
    }

    void endpointCountMismatch()
    {
        const Trace trace = makeTrace({{1}, {1}});
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            LoadGenerator::generate(trace, {QStringLiteral("a")},
                                    options(IatDistribution::Uniform, true, 0, 1)));
    }

    void parseDistribution_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected"); // -1: not a distribution
        QTest::addRow("equidistant") << "equidistant" << int(IatDistribution::Equidistant);
        QTest::addRow("Uniform") << "Uniform" << int(IatDistribution::Uniform);
        QTest::addRow("EXPONENTIAL") << "EXPONENTIAL" << int(IatDistribution::Exponential);
        QTest::addRow("unique (seed's help text typo)") << "unique" << -1;
        QTest::addRow("empty") << "" << -1;
        QTest::addRow("poisson") << "poisson" << -1;
    }
    void parseDistribution()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const auto parsed = parseIatDistribution(name);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), expected);
            QCOMPARE(parseIatDistribution(toString(*parsed)), parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "test_load_generator.moc"

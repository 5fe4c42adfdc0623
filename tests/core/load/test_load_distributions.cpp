// Kolmogorov–Smirnov tests at a fixed seed: each distribution places its timestamps the
// way it claims to. The seed is fixed, so every run computes the same statistics; each is
// compared with the 1% critical value 1.63 / sqrt(n).
#include "load/load_generator.h"
#include "load_test_support.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace traceload;
using traceload::test::endpointsFor;
using traceload::test::makeTrace;

Q_DECLARE_METATYPE(traceload::IatDistribution)
Q_DECLARE_METATYPE(traceload::Granularity)

namespace {

// Largest distance between the empirical CDF of `sample` and `cdf`.
double ksStatistic(std::vector<double> sample, const std::function<double(double)>& cdf)
{
    std::sort(sample.begin(), sample.end());
    const double n = double(sample.size());
    double d = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const double f = cdf(sample[i]);
        d = std::max({d, f - double(i) / n, double(i + 1) / n - f});
    }
    return d;
}

double critical1Percent(std::size_t n)
{
    return 1.63 / std::sqrt(double(n));
}

// Logged so that the margin is visible in the test output.
void logStatistic(double d, std::size_t n)
{
    qInfo("KS D = %.5f, n = %zu, 1%% critical value = %.5f", d, n, critical1Percent(n));
}

Load generate(IatDistribution distribution, bool shift, Granularity granularity,
              std::vector<std::vector<std::uint32_t>> counts)
{
    const Trace trace = makeTrace(counts, granularity);
    LoadOptions o;
    o.distribution = distribution;
    o.shift = shift;
    o.warmupSlots = 0;
    o.durationSlots = trace.slotCount;
    o.seed = 42;
    return LoadGenerator::generate(trace, endpointsFor(trace), o);
}

// Per function and slot: its timestamps, in order.
std::vector<std::vector<double>> runs(const Load& load)
{
    std::vector<std::vector<double>> out;
    for (const auto& slot : load.timeSlots) {
        std::vector<std::vector<double>> perEndpoint(load.endpoints.size());
        for (std::size_t k = 0; k < slot.timestampsUs.size(); ++k)
            perEndpoint[slot.endpoints[k]].push_back(double(slot.timestampsUs[k]));
        for (auto& run : perEndpoint)
            if (!run.empty())
                out.push_back(std::move(run));
    }
    return out;
}

// The gaps between consecutive arrivals of a run, going round the slot (the last gap
// wraps to the first arrival), so that they sum to L whatever the phase.
std::vector<double> cyclicGaps(const std::vector<std::vector<double>>& runs, double L)
{
    std::vector<double> gaps;
    for (const auto& run : runs) {
        for (std::size_t k = 1; k < run.size(); ++k)
            gaps.push_back(run[k] - run[k - 1]);
        gaps.push_back(L - run.back() + run.front());
    }
    return gaps;
}

double mean(const std::vector<double>& values)
{
    double sum = 0;
    for (const double v : values)
        sum += v;
    return sum / double(values.size());
}

} // namespace

class TestLoadDistributions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Timestamps of a uniform load are U[0, L), with or without the phase, whether a few
    // functions invoke often or many invoke rarely.
    void uniformTimestamps_data()
    {
        QTest::addColumn<bool>("shift");
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<int>("functions");
        QTest::addColumn<std::uint32_t>("perSlot");
        for (const bool shift : {true, false}) {
            const char* s = shift ? "shift" : "no shift";
            QTest::addRow("minute 1 x 5000 %s", s) << shift << Granularity::Minute << 1 << 5000u;
            QTest::addRow("second 400 x 12 %s", s) << shift << Granularity::Second << 400 << 12u;
        }
    }
    void uniformTimestamps()
    {
        QFETCH(bool, shift);
        QFETCH(Granularity, granularity);
        QFETCH(int, functions);
        QFETCH(std::uint32_t, perSlot);
        const Load load =
            generate(IatDistribution::Uniform, shift, granularity,
                     std::vector<std::vector<std::uint32_t>>(
                         std::size_t(functions), std::vector<std::uint32_t>(4, perSlot)));
        std::vector<double> sample;
        for (const auto& slot : load.timeSlots)
            for (const auto t : slot.timestampsUs)
                sample.push_back(double(t));
        const double L = double(load.slotLengthUs);
        const double d = ksStatistic(sample, [L](double x) { return (x + 0.5) / L; });
        logStatistic(d, sample.size());
        QVERIFY2(d < critical1Percent(sample.size()),
                 qPrintable(QStringLiteral("D = %1, n = %2").arg(d).arg(sample.size())));
    }

    // An exponential slot is t_0 = 0 followed by the normalized partial sums of n
    // exponential gaps, which are n - 1 sorted uniform points: so every arrival but the
    // first is U[0, L) (and all of them are once a uniform phase rotates the slot).
    void exponentialPositions_data()
    {
        QTest::addColumn<bool>("shift");
        QTest::newRow("shift") << true;
        QTest::newRow("no shift") << false;
    }
    void exponentialPositions()
    {
        QFETCH(bool, shift);
        const Load load = generate(
            IatDistribution::Exponential, shift, Granularity::Minute,
            std::vector<std::vector<std::uint32_t>>(50, std::vector<std::uint32_t>(4, 101)));
        std::vector<double> sample;
        for (const auto& run : runs(load)) {
            QCOMPARE(run.size(), std::size_t(101));
            if (!shift)
                QCOMPARE(run.front(), 0.0);
            sample.insert(sample.end(), run.begin() + (shift ? 0 : 1), run.end());
        }
        const double L = double(load.slotLengthUs);
        const double d = ksStatistic(sample, [L](double x) { return (x + 0.5) / L; });
        logStatistic(d, sample.size());
        QVERIFY2(d < critical1Percent(sample.size()),
                 qPrintable(QStringLiteral("D = %1, n = %2").arg(d).arg(sample.size())));
    }

    // The gaps between arrivals are exponential: compared with the exponential CDF of
    // the empirical mean (L / n). The same test rejects equidistant gaps, so it can tell.
    void gapsExponential_data()
    {
        QTest::addColumn<IatDistribution>("distribution");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<bool>("exponential");
        QTest::newRow("exponential shift") << IatDistribution::Exponential << true << true;
        QTest::newRow("exponential no shift") << IatDistribution::Exponential << false << true;
        QTest::newRow("uniform shift") << IatDistribution::Uniform << true << true;
        QTest::newRow("equidistant is not") << IatDistribution::Equidistant << true << false;
    }
    void gapsExponential()
    {
        QFETCH(IatDistribution, distribution);
        QFETCH(bool, shift);
        QFETCH(bool, exponential);
        const Load load = generate(
            distribution, shift, Granularity::Minute,
            std::vector<std::vector<std::uint32_t>>(4, std::vector<std::uint32_t>(5, 1000)));
        const double L = double(load.slotLengthUs);
        const std::vector<double> gaps = cyclicGaps(runs(load), L);
        QCOMPARE(gaps.size(), std::size_t(20000));
        const double m = mean(gaps);
        QCOMPARE(m, L / 1000); // the cyclic gaps of a run sum to L exactly
        const double d = ksStatistic(gaps, [m](double x) { return 1 - std::exp(-x / m); });
        logStatistic(d, gaps.size());
        if (exponential)
            QVERIFY2(d < critical1Percent(gaps.size()),
                     qPrintable(QStringLiteral("D = %1").arg(d)));
        else
            QVERIFY2(d > 10 * critical1Percent(gaps.size()),
                     qPrintable(QStringLiteral("D = %1").arg(d)));
    }

    // The per-function phases are U[0, L) too.
    void phasesUniform()
    {
        std::vector<double> phases;
        const std::int64_t L = 60'000'000;
        for (std::size_t f = 0; f < 20000; ++f)
            phases.push_back(double(LoadGenerator::phaseUs(42, f, L)));
        const double d = ksStatistic(phases, [L](double x) { return (x + 0.5) / double(L); });
        logStatistic(d, phases.size());
        QVERIFY2(d < critical1Percent(phases.size()), qPrintable(QStringLiteral("D = %1").arg(d)));
    }
};

QTEST_GUILESS_MAIN(TestLoadDistributions)
#include "test_load_distributions.moc"

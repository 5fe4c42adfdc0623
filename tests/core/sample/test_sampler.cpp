// Sampler: determinism by seed, nesting of sweeps, a distance better than random draws on a
// trace with a known structure, the invocation tolerance, and the written trace folders.

#include "common/input_error.h"
#include "load/random_stream.h"
#include "sample/sample_output.h"
#include "sample/sampler.h"
#include "trace/trace_reader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace traceload;

namespace {

// A trace of `slotCount` minute slots and no functions yet.
Trace emptyTrace(const QString& directory, int slotCount)
{
    Trace trace;
    trace.directory = directory;
    trace.slotCount = trace.totalSlots = slotCount;
    for (int s = 1; s <= slotCount; ++s)
        trace.slotLabels << QString::number(s);
    return trace;
}

// A function with distinct owner, app and function hashes made from its index.
TraceFunction namedFunction(std::size_t index)
{
    TraceFunction f;
    f.owner = QStringLiteral("o%1").arg(index);
    f.app = QStringLiteral("a%1").arg(index);
    f.function = QStringLiteral("f%1").arg(index);
    f.id = f.owner + f.app + f.function;
    f.trigger = QStringLiteral("http");
    return f;
}

// 400 functions over 60 minutes in four known classes: 280 rare (about one call in ten
// minutes), 80 steady (about 5 a minute), 30 busy (about 50), 10 hot (about 500); within
// each class, mean durations differ by a factor of 100, so resources spread more widely
// than invocations. Counts are Poisson draws from a fixed stream.
Trace structuredTrace()
{
    Trace trace = emptyTrace(QStringLiteral("synthetic"), 60);
    const struct
    {
        int count;
        double rate;
    } classes[] = {{280, 0.1}, {80, 5}, {30, 50}, {10, 500}};
    std::size_t index = 0;
    for (const auto& c : classes) {
        for (int i = 0; i < c.count; ++i, ++index) {
            TraceFunction f = namedFunction(index);
            f.durationAverageMs = 10.0 * std::pow(10.0, 2.0 * (i % 7) / 6.0);
            f.memoryAverageMb = 128.0 + 64.0 * (i % 3);
            f.durationMs = {{50, f.durationAverageMs}, {75, f.durationAverageMs * 1.5}};
            f.memoryMb = {{50, f.memoryAverageMb}, {75, f.memoryAverageMb + 10}};
            RandomStream random(7, index, 0);
            for (int s = 0; s < trace.slotCount; ++s) {
                // Poisson by counting exponential gaps within one unit of time.
                std::uint32_t n = 0;
                for (double t = random.nextExponential() / c.rate; t < 1.0;
                     t += random.nextExponential() / c.rate)
                    ++n;
                f.invocations.push_back(n);
            }
            trace.functions.push_back(std::move(f));
        }
    }
    return trace;
}

// 2,000 functions over 30 minutes with Zipf-like rates (function i: 2,000 / (i + 1)^1.2 a
// minute), so the totals of a stratum of the busiest functions differ a hundredfold: the
// stratified start of a small sample often misses the invocation tolerance.
Trace heavyTailedTrace()
{
    Trace trace = emptyTrace(QStringLiteral("zipf"), 30);
    for (std::size_t i = 0; i < 2000; ++i) {
        TraceFunction f = namedFunction(i);
        RandomStream random(11, i, 0);
        f.durationAverageMs = std::exp(2.0 + 6.0 * random.nextDouble());
        f.memoryAverageMb = 128.0 * (1 + random.nextBelow(4));
        f.durationMs = {{50, f.durationAverageMs}};
        f.memoryMb = {{50, f.memoryAverageMb}};
        const double rate = 2000.0 / std::pow(double(i + 1), 1.2);
        for (int s = 0; s < trace.slotCount; ++s) // rate x a factor in [0.5, 1.5)
            f.invocations.push_back(std::uint32_t(rate * (0.5 + random.nextDouble())));
        trace.functions.push_back(std::move(f));
    }
    return trace;
}

SampleOptions optionsFor(std::vector<int> sizes, std::uint64_t seed = 42)
{
    SampleOptions options;
    options.sizes = std::move(sizes);
    options.seed = seed;
    return options;
}

} // namespace

class TestSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_trace = structuredTrace(); }
    void sameSeedSameSample();
    void otherSeedOtherSample();
    void sweepIsNested();
    void beatsRandomDraws();
    void beatsRandomDrawsOnHeavyTail();
    void invocationsWithinTolerance();
    void resourceWeight();
    void sizeOutOfRange();
    void writtenFolders();

private:
    Trace m_trace;
};

void TestSampler::sameSeedSameSample()
{
    const auto a = Sampler::sample(m_trace, optionsFor({40}));
    const auto b = Sampler::sample(m_trace, optionsFor({40}));
    QCOMPARE(a.front().members.size(), std::size_t(40));
    QCOMPARE(a.front().members, b.front().members);
    QCOMPARE(a.front().distance.average(), b.front().distance.average());
    QCOMPARE(a.front().randomDraws.size(), std::size_t(16));
}

void TestSampler::otherSeedOtherSample()
{
    const auto a = Sampler::sample(m_trace, optionsFor({40}, 1));
    const auto b = Sampler::sample(m_trace, optionsFor({40}, 2));
    QVERIFY(a.front().members != b.front().members);
}

void TestSampler::sweepIsNested()
{
    const auto samples = Sampler::sample(m_trace, optionsFor({10, 25, 40, 100}));
    QCOMPARE(samples.size(), std::size_t(4));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        QCOMPARE(samples[i].members.size(), std::size_t(samples[i].size));
        QVERIFY(std::is_sorted(samples[i].members.begin(), samples[i].members.end()));
        QVERIFY(std::adjacent_find(samples[i].members.begin(), samples[i].members.end()) ==
                samples[i].members.end());
        if (i > 0) {
            QVERIFY(std::includes(samples[i].members.begin(), samples[i].members.end(),
                                  samples[i - 1].members.begin(), samples[i - 1].members.end()));
        }
    }
}

// Whatever the seed: the chosen sample is closer than the best of the 16 uniform draws (a
// start that missed the invocation tolerance was once repaired by swaps blind to the
// distance, and seeds 3 and 4 of the day-size trace then ended above the best draw).
void TestSampler::beatsRandomDraws()
{
    for (const std::uint64_t seed : {1, 2, 3, 4, 42}) {
        for (const int size : {40, 80, 120}) {
            const SampleResult s = Sampler::sample(m_trace, optionsFor({size}, seed)).front();
            QVERIFY2(s.distance.average() < s.bestRandom().average(),
                     qPrintable(QStringLiteral("seed %1, size %2: %3 (start %4, %5 swaps) vs best "
                                               "random %6, median %7")
                                    .arg(seed)
                                    .arg(size)
                                    .arg(s.distance.average())
                                    .arg(s.stratified.average())
                                    .arg(s.swaps)
                                    .arg(s.bestRandom().average())
                                    .arg(s.medianRandom())));
            QVERIFY(s.bestRandom().average() <= s.medianRandom());
        }
    }
}

// On heavy-tailed rates the invocation tolerance binds: a uniform draw can be closer in
// distance because its scaled-up invocations are far off (here the chosen sample, kept
// within ±5 %, is near the median draw). What holds: the tolerance is kept, and without it
// the search beats the best draw.
void TestSampler::beatsRandomDrawsOnHeavyTail()
{
    const Trace trace = heavyTailedTrace();
    for (const std::uint64_t seed : {1, 2, 3, 4, 5, 6}) {
        SampleOptions options = optionsFor({60}, seed);
        const SampleResult kept = Sampler::sample(trace, options).front();
        options.invocationTolerance = 1e9;
        const SampleResult free = Sampler::sample(trace, options).front();
        const QString what = QStringLiteral("seed %1: %2 (ratio %3), without the tolerance %4 "
                                            "(ratio %5); best random %6, median %7")
                                 .arg(seed)
                                 .arg(kept.distance.average())
                                 .arg(kept.invocationRatio)
                                 .arg(free.distance.average())
                                 .arg(free.invocationRatio)
                                 .arg(kept.bestRandom().average())
                                 .arg(kept.medianRandom());
        QVERIFY2(std::abs(kept.invocationRatio - 1.0) <= 0.05, qPrintable(what));
        QVERIFY2(free.distance.average() < free.bestRandom().average(), qPrintable(what));
    }
}

void TestSampler::invocationsWithinTolerance()
{
    for (const auto& s : Sampler::sample(m_trace, optionsFor({40, 80, 120, 200}))) {
        QVERIFY2(
            std::abs(s.invocationRatio - 1.0) <= 0.05,
            qPrintable(QStringLiteral("size %1: ratio %2").arg(s.size).arg(s.invocationRatio)));
    }
}

void TestSampler::resourceWeight()
{
    TraceFunction f;
    f.durationAverageMs = 20;
    f.memoryAverageMb = 100;
    f.durationMs = {{50, 7}};
    f.memoryMb = {{50, 3}};
    QCOMPARE(resourcePerInvocation(f), 2000.0);
    f.durationAverageMs = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(resourcePerInvocation(f), 700.0); // the median where there is no average
}

void TestSampler::sizeOutOfRange()
{
    for (const int size : {0, 401}) {
        try {
            Sampler::sample(m_trace, optionsFor({size}));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.message(), QStringLiteral("a sample of %1 functions is not possible from "
                                                 "a trace of 400 functions")
                                      .arg(size));
        }
    }
}

void TestSampler::writtenFolders()
{
    const SampleOptions options = optionsFor({5, 12});
    const auto samples = Sampler::sample(m_trace, options);
    QTemporaryDir dir;
    writeSamples(m_trace, samples, options, dir.path());
    for (const SampleResult& s : samples) {
        const QString folder = dir.path() + u'/' + QString::number(s.size);
        QCOMPARE(sampleFolder(samples, s.size == 5 ? 0 : 1, dir.path()), folder);
        const Trace read = TraceReader::read(folder);
        QCOMPARE(read.functions.size(), std::size_t(s.size));
        QCOMPARE(read.slotLabels, m_trace.slotLabels);
        for (std::size_t i = 0; i < s.members.size(); ++i) {
            const TraceFunction& original = m_trace.functions[s.members[i]];
            QCOMPARE(read.functions[i].id, original.id);
            QCOMPARE(read.functions[i].invocations, original.invocations);
            QCOMPARE(read.functions[i].durationMs, original.durationMs);
            QCOMPARE(read.functions[i].memoryMb, original.memoryMb);
            QCOMPARE(read.functions[i].durationAverageMs, original.durationAverageMs);
            QCOMPARE(read.functions[i].memoryAverageMb, original.memoryAverageMb);
        }
        QFile report(folder + QStringLiteral("/sample.json"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("functions")).toInt(), s.size);
        QCOMPARE(json.value(QStringLiteral("distance"))
                     .toObject()
                     .value(QStringLiteral("average"))
                     .toDouble(),
                 s.distance.average());
        QCOMPARE(
            json.value(QStringLiteral("random")).toObject().value(QStringLiteral("trials")).toInt(),
            16);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("12"), QStringLiteral("5")}));
}

QTEST_GUILESS_MAIN(TestSampler)
#include "test_sampler.moc"

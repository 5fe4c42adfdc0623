#include "common/input_error.h"
#include "mapping/mapper.h"
#include "mapping_fixtures.h"
#include "profile/profile_reader.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <set>

using namespace traceload;
using test::Point;

namespace {
bool close(double a, double b, double tolerance = 1e-9)
{
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}
} // namespace

class TestMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<double>("traceMemory");
        QTest::addColumn<double>("traceDuration");
        QTest::addColumn<double>("proxyMemory");
        QTest::addColumn<double>("proxyDuration");
        QTest::addColumn<double>("expected");
        const double e = std::exp(1.0);
        QTest::newRow("same point") << 30.0 << 4.0 << 30.0 << 4.0 << 0.0;
        QTest::newRow("e times both") << e << e << 1.0 << 1.0 << std::sqrt(2.0);
        QTest::newRow("memory only") << 10.0 << 5.0 << 1000.0 << 5.0 << std::log(100.0);
        QTest::newRow("duration only, smaller proxy")
            << 10.0 << 5.0 << 10.0 << 0.05 << std::log(100.0);
        QTest::newRow("trace zero memory is 0.01") << 0.0 << 7.0 << 0.01 << 7.0 << 0.0;
        QTest::newRow("trace zero duration is 0.01") << 3.0 << 0.0 << 3.0 << 1.0 << std::log(100.0);
    }

    void distance()
    {
        QFETCH(double, traceMemory);
        QFETCH(double, traceDuration);
        QFETCH(double, proxyMemory);
        QFETCH(double, proxyDuration);
        QFETCH(double, expected);
        QVERIFY(close(mappingDistance(traceMemory, traceDuration, proxyMemory, proxyDuration),
                      expected, 1e-14));
    }

    void nearestPicksClosest()
    {
        const Trace trace = test::makeTrace({{"f1", 100, 10}, {"f2", 1, 1000}, {"f3", 0, 0.5}});
        const ProxyCatalogue catalogue =
            test::makeCatalogue({{"small", 0.02, 1}, {"mid", 90, 12}, {"slow", 2, 900}});
        const Mapping mapping = Mapper::map(trace, catalogue, {});
        QCOMPARE(mapping.requested, MappingMethod::Nearest);
        QCOMPARE(mapping.used, MappingMethod::Nearest);
        QCOMPARE(mapping.percentile, 75);
        QVERIFY(mapping.warnings.isEmpty());
        QVERIFY(mapping.sourceFile.isEmpty());
        QCOMPARE(test::proxyNames(mapping), (QStringList{"mid", "slow", "small"}));
        QCOMPARE(mapping.entries[1].traceId, QStringLiteral("f2"));
        QCOMPARE(mapping.entries[1].proxyIndex, 2);
        QCOMPARE(mapping.entries[0].error, mappingDistance(100, 10, 90, 12));
        QCOMPARE(mapping.entries[2].error, mappingDistance(0, 0.5, 0.02, 1));
    }

    void nearestTiesGoToFirstProxy()
    {
        // "a" and "c" are the same point, so exactly as far from "f".
        const Trace trace = test::makeTrace({{"f", 10, 10}});
        const ProxyCatalogue catalogue = test::makeCatalogue(
            {{"far", 1000, 1000}, {"a", 100, 10}, {"b", 10, 1000}, {"c", 100, 10}});
        const Mapping mapping = Mapper::map(trace, catalogue, {});
        QCOMPARE(mapping.entries[0].proxyName, QStringLiteral("a"));
        QCOMPARE(mapping.entries[0].proxyIndex, 1);

        const ProxyCatalogue reversed =
            test::makeCatalogue({{"c", 100, 10}, {"b", 10, 1000}, {"a", 100, 10}});
        QCOMPARE(Mapper::map(trace, reversed, {}).entries[0].proxyName, QStringLiteral("c"));
    }

    void otherPercentile()
    {
        // At the 50th percentile every value is doubled: distances are the same, so the
        // mapping is too; the percentile is recorded.
        const Trace trace = test::makeTrace({{"f1", 100, 10}, {"f2", 1, 1000}});
        const ProxyCatalogue catalogue = test::makeCatalogue({{"p", 90, 12}, {"q", 2, 900}});
        const Mapping at50 = Mapper::map(trace, catalogue, {MappingMethod::Nearest, 50});
        QCOMPARE(at50.percentile, 50);
        QCOMPARE(test::proxyNames(at50), (QStringList{"p", "q"}));
        QVERIFY(close(at50.entries[0].error, mappingDistance(100, 10, 90, 12), 1e-12));
    }

    void uniqueAvoidsSharing()
    {
        // Both functions are nearest to "a"; the optimal one-to-one mapping gives "a" to the
        // function for which the alternative is worse.
        const Trace trace = test::makeTrace({{"f1", 10, 10}, {"f2", 12, 10}});
        const ProxyCatalogue catalogue =
            test::makeCatalogue({{"a", 11, 10}, {"b", 30, 10}, {"c", 1, 10}});
        const Mapping nearest = Mapper::map(trace, catalogue, {});
        QCOMPARE(test::proxyNames(nearest), (QStringList{"a", "a"}));

        const Mapping unique = Mapper::map(trace, catalogue, {MappingMethod::Unique, 75});
        QCOMPARE(unique.requested, MappingMethod::Unique);
        QCOMPARE(unique.used, MappingMethod::Unique);
        QVERIFY(unique.warnings.isEmpty());
        QCOMPARE(test::proxyNames(unique), (QStringList{"a", "b"}));
        QCOMPARE(unique.entries[1].error, mappingDistance(12, 10, 30, 10));
        // Exhaustive check of the 6 injections.
        double best = 1e300;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    best = std::min(
                        best,
                        mappingDistance(10, 10, catalogue.proxies[i].memoryMb.at(75), 10) +
                            mappingDistance(12, 10, catalogue.proxies[j].memoryMb.at(75), 10));
        QVERIFY(close(unique.errorStats().total, best, 1e-12));
    }

    void uniqueFallsBackWhenProxiesAreFewer()
    {
        const Trace trace = test::makeTrace({{"f1", 10, 10}, {"f2", 12, 10}, {"f3", 1, 1}});
        const ProxyCatalogue catalogue = test::makeCatalogue({{"a", 11, 10}, {"b", 1, 2}});
        const Mapping mapping = Mapper::map(trace, catalogue, {MappingMethod::Unique, 75});
        QCOMPARE(mapping.requested, MappingMethod::Unique);
        QCOMPARE(mapping.used, MappingMethod::Nearest);
        QCOMPARE(mapping.warnings,
                 QStringList{"unique mapping needs at least as many proxies as trace functions "
                             "(3 trace functions, 2 proxies): each function was mapped to its "
                             "nearest proxy instead"});
        QCOMPARE(test::proxyNames(mapping), (QStringList{"a", "a", "b"}));
    }

    void emptyTrace()
    {
        const Mapping mapping =
            Mapper::map(Trace{}, test::makeCatalogue({{"a", 1, 1}}), {MappingMethod::Unique, 75});
        QVERIFY(mapping.entries.empty());
        QCOMPARE(mapping.used, MappingMethod::Unique);
        const MappingErrorStats stats = mapping.errorStats();
        QCOMPARE(stats.total, 0.0);
        QCOMPARE(stats.max, 0.0);
    }

    void errorStats()
    {
        Mapping mapping;
        for (const double e : {4.0, 1.0, 3.0, 2.0})
            mapping.entries.push_back({QStringLiteral("x"), 0, QStringLiteral("p"), e});
        const MappingErrorStats stats = mapping.errorStats();
        QCOMPARE(stats.total, 10.0);
        QCOMPARE(stats.mean, 2.5);
        QCOMPARE(stats.median, 2.5);
        QVERIFY(close(stats.p90, 3.7, 1e-15));
        QCOMPARE(stats.max, 4.0);
        mapping.entries.resize(3); // 4, 1, 3
        QCOMPARE(mapping.errorStats().median, 3.0);
        mapping.entries.resize(1);
        QCOMPARE(mapping.errorStats().p90, 4.0);
    }

    void missingPercentile_data()
    {
        QTest::addColumn<int>("percentile");
        QTest::addColumn<bool>("dropMemory"); // else drop the duration percentile
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::newRow("durations") << 75 << false << "/t/durations.csv"
                                   << "percentile_Average_75";
        QTest::newRow("memory") << 75 << true << "/t/memory.csv"
                                << "AverageAllocatedMb_pct75";
        QTest::newRow("percentile 5") << 5 << false << "/t/durations.csv"
                                      << "percentile_Average_5";
    }

    void missingPercentile()
    {
        QFETCH(int, percentile);
        QFETCH(bool, dropMemory);
        QFETCH(QString, file);
        QFETCH(QString, field);
        Trace trace = test::makeTrace({{"f1", 10, 10}, {"f2", 12, 10}}, QStringLiteral("/t"));
        ProxyCatalogue catalogue = test::makeCatalogue({{"a", 11, 10}});
        for (ProxyFunction& p : catalogue.proxies) {
            p.memoryMb[5] = 1;
            p.durationMs[5] = 1;
        }
        for (TraceFunction& f : trace.functions) {
            f.memoryMb[5] = 1;
            (dropMemory ? f.memoryMb : f.durationMs).erase(percentile);
        }
        for (const MappingMethod method : {MappingMethod::Nearest, MappingMethod::Unique}) {
            try {
                Mapper::map(trace, catalogue, {method, percentile});
                QFAIL("no InputError");
            } catch (const InputError& e) {
                QCOMPARE(e.file(), file);
                QCOMPARE(e.line(), qint64(1));
                QCOMPARE(e.field(), field);
                QCOMPARE(e.message(), QStringLiteral("no such column (mapping at percentile %1 "
                                                     "needs it)")
                                          .arg(percentile));
            }
        }
    }

    void badValues()
    {
        Trace trace = test::makeTrace({{"f1", 10, 10}, {"f2", 12, 10}}, QStringLiteral("/t"));
        trace.functions[1].durationMs[75] = -1;
        try {
            Mapper::map(trace, test::makeCatalogue({{"a", 1, 1}}), {});
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), QStringLiteral("/t/durations.csv: percentile_Average_75: "
                                                  "function f2 has the value -1; expected a "
                                                  "number >= 0"));
        }
        // A proxy without the percentile names the profile key.
        ProxyCatalogue catalogue = test::makeCatalogue({{"a", 1, 1}, {"b", 2, 2}});
        catalogue.proxies[1].durationMs.erase(75);
        try {
            Mapper::map(test::makeTrace({{"f", 1, 1}}), catalogue, {});
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), catalogue.sourceFile);
            QCOMPARE(e.field(), QStringLiteral("b.duration.75-percentile"));
        }
        try {
            Mapper::map(test::makeTrace({{"f", 1, 1}}), ProxyCatalogue{}, {});
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.message(), QStringLiteral("no proxy functions"));
        }
    }

    void cancellation()
    {
        CancelToken token;
        token.cancel();
        const JobControl job(&token, {});
        const Trace trace = test::makeTrace({{"f1", 10, 10}});
        const ProxyCatalogue catalogue = test::makeCatalogue({{"a", 11, 10}});
        QVERIFY_THROWS_EXCEPTION(Cancelled, Mapper::map(trace, catalogue, {}, job));
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 Mapper::map(trace, catalogue, {MappingMethod::Unique, 75}, job));
    }

    // The vSwarm sample: the mapping an independent Python implementation of the rule
    // computed (tests/fixtures/mapping/make_reference.py) for all 250 functions.
    void sampleNearestMatchesReference()
    {
        const Trace trace = test::sampleTrace();
        QCOMPARE(trace.functions.size(), std::size_t(250));
        const ProxyCatalogue catalogue = ProfileReader::read(test::sampleProfile());
        QCOMPARE(catalogue.proxies.size(), std::size_t(191));
        const QJsonObject expected = test::referenceJson(QStringLiteral("sample_nearest_p75.json"));
        QCOMPARE(expected.size(), 250);

        const Mapping mapping = Mapper::map(trace, catalogue, {});
        QCOMPARE(mapping.entries.size(), std::size_t(250));
        for (const MappingEntry& entry : mapping.entries) {
            const QJsonObject want = expected[entry.traceId].toObject();
            QVERIFY2(!want.isEmpty(), qPrintable(entry.traceId));
            QCOMPARE(entry.proxyName, want[QLatin1String("proxy")].toString());
            QVERIFY2(close(entry.error, want[QLatin1String("error")].toDouble()),
                     qPrintable(entry.traceId));
        }
        // The bundled profile is the same catalogue.
        QCOMPARE(test::proxyNames(Mapper::map(trace, ProfileReader::bundled(), {})),
                 test::proxyNames(mapping));
    }

    // vSwarm's newest mapper (tools/load-generator/load_generator/find_proxy_function.py,
    // branch load-gen-new, commit a5af69f of September 2024), transcribed: its get_error
    // has compared natural logarithms at p75 since commit 4379219 (3 May 2024); in
    // February 2024 it compared relative differences. Its get_proxy_function maps nearest
    // (strict <, first proxy wins) and falls back to nearest for unique when the trace has
    // more functions than the profile has proxies. On the sample, TraceLoad maps every
    // function as the newest seed does, nearest and unique; the old rule would differ.
    void sampleMapsAsTheNewestSeed()
    {
        const Trace trace = test::sampleTrace();
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const auto seedError = [](double tm, double td, double pm, double pd, bool logRule) {
            if (tm == 0)
                tm += 0.01;
            if (td == 0)
                td += 0.01;
            const double dm = logRule ? std::log(tm) - std::log(pm) : (tm - pm) / tm;
            const double dd = logRule ? std::log(td) - std::log(pd) : (td - pd) / td;
            const double e = std::sqrt(dm * dm + dd * dd);
            return std::isnan(e) ? std::numeric_limits<double>::infinity() : e;
        };
        const auto seedNearest = [&](bool logRule) {
            QStringList names;
            for (const TraceFunction& f : trace.functions) {
                double best = std::numeric_limits<double>::infinity();
                QString name;
                for (const ProxyFunction& p : catalogue.proxies) {
                    const double e = seedError(f.memoryMb.at(75), f.durationMs.at(75),
                                               p.memoryMb.at(75), p.durationMs.at(75), logRule);
                    if (e < best) {
                        best = e;
                        name = p.name;
                    }
                }
                names << name;
            }
            return names;
        };
        const auto differing = [](const QStringList& a, const QStringList& b) {
            int n = 0;
            for (qsizetype i = 0; i < a.size(); ++i)
                n += a[i] != b[i] ? 1 : 0;
            return n;
        };
        QVERIFY(trace.functions.size() > catalogue.proxies.size()); // the seed's unique = nearest
        const QStringList seed = seedNearest(true);
        const QStringList nearest = test::proxyNames(Mapper::map(trace, catalogue, {}));
        const QStringList unique =
            test::proxyNames(Mapper::map(trace, catalogue, {MappingMethod::Unique, 75}));
        QCOMPARE(seed.size(), 250);
        QCOMPARE(differing(nearest, seed), 0);
        QCOMPARE(differing(unique, seed), 0);
        QCOMPARE(differing(nearest, seedNearest(false)), 89); // the February 2024 rule
    }

    void sampleUniqueFallsBack()
    {
        const Trace trace = test::sampleTrace();
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const Mapping unique = Mapper::map(trace, catalogue, {MappingMethod::Unique, 75});
        QCOMPARE(unique.requested, MappingMethod::Unique);
        QCOMPARE(unique.used, MappingMethod::Nearest);
        QCOMPARE(unique.warnings,
                 QStringList{"unique mapping needs at least as many proxies as trace functions "
                             "(250 trace functions, 191 proxies): each function was mapped to "
                             "its nearest proxy instead"});
        QCOMPARE(test::proxyNames(unique), test::proxyNames(Mapper::map(trace, catalogue, {})));
    }

    void sampleUniqueFirst100()
    {
        Trace trace = test::sampleTrace();
        trace.functions.resize(100);
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const QJsonObject reference =
            test::referenceJson(QStringLiteral("sample_unique_first100_p75.json"));
        const Mapping unique = Mapper::map(trace, catalogue, {MappingMethod::Unique, 75});
        QCOMPARE(unique.used, MappingMethod::Unique);
        QVERIFY(unique.warnings.isEmpty());
        std::set<int> proxies;
        double total = 0;
        for (std::size_t i = 0; i < unique.entries.size(); ++i) {
            const MappingEntry& e = unique.entries[i];
            QCOMPARE(e.traceId, trace.functions[i].id);
            QVERIFY(proxies.insert(e.proxyIndex).second); // one-to-one
            QCOMPARE(e.proxyName, catalogue.proxies[std::size_t(e.proxyIndex)].name);
            const TraceFunction& f = trace.functions[i];
            const ProxyFunction& p = catalogue.proxies[std::size_t(e.proxyIndex)];
            QVERIFY(close(e.error,
                          mappingDistance(f.memoryMb.at(75), f.durationMs.at(75), p.memoryMb.at(75),
                                          p.durationMs.at(75)),
                          1e-12));
            total += e.error;
        }
        QCOMPARE(unique.entries.size(), std::size_t(100));
        QVERIFY2(close(total, reference[QLatin1String("total")].toDouble()),
                 qPrintable(QString::number(total, 'g', 17)));
        QVERIFY(close(unique.errorStats().total, total, 1e-12));
        const Mapping nearest = Mapper::map(trace, catalogue, {});
        QVERIFY(close(nearest.errorStats().total,
                      reference[QLatin1String("nearest_total")].toDouble()));
    }

    void samplePercentileNotInTrace_data()
    {
        QTest::addColumn<int>("percentile");
        QTest::addColumn<QString>("message");
        // durations.csv has 0,1,25,50,75,99,100; memory.csv has 1,5,25,50,75,95,99,100.
        QTest::newRow("5") << 5
                           << "durations.csv:1: percentile_Average_5: no such column (mapping "
                              "at percentile 5 needs it)";
        QTest::newRow("0") << 0
                           << "memory.csv:1: AverageAllocatedMb_pct0: no such column (mapping "
                              "at percentile 0 needs it)";
        QTest::newRow("95") << 95
                            << "durations.csv:1: percentile_Average_95: no such column "
                               "(mapping at percentile 95 needs it)";
    }

    void samplePercentileNotInTrace()
    {
        QFETCH(int, percentile);
        QFETCH(QString, message);
        const Trace trace = test::sampleTrace();
        try {
            Mapper::map(trace, ProfileReader::bundled(), {MappingMethod::Nearest, percentile});
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), test::sampleTraceDir() + u'/' + message);
        }
    }

    void sampleOtherPercentiles()
    {
        const Trace trace = test::sampleTrace();
        for (const int percentile : {25, 50, 99, 100}) {
            const Mapping m =
                Mapper::map(trace, ProfileReader::bundled(), {MappingMethod::Nearest, percentile});
            QCOMPARE(m.entries.size(), std::size_t(250));
        }
    }
};

QTEST_GUILESS_MAIN(TestMapper)
#include "test_mapper.moc"

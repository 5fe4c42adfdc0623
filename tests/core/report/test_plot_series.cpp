// ECDF points, invocations per slot of a load, and function points at a percentile.
#include "load/load.h"
#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"
#include "report/ecdf.h"
#include "report/function_points.h"
#include "report/load_profile.h"
#include "report/mapping_series.h"
#include "trace/trace.h"

#include <QTest>
#include <cmath>

using namespace traceload;

class TestPlotSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecdfSmall()
    {
        const Ecdf e = Ecdf::of({3, 1, 2, 2, std::nan("")});
        QCOMPARE(e.sampleSize, std::size_t(4));
        QCOMPARE(e.x, (std::vector<double>{1, 2, 3}));
        QCOMPARE(e.y, (std::vector<double>{0.25, 0.75, 1.0}));
        QVERIFY(Ecdf::of({}).isEmpty());
    }

    void ecdfDecimated()
    {
        std::vector<double> values;
        for (int i = 10; i >= 1; --i)
            values.push_back(i);
        const Ecdf e = Ecdf::of(values, 4);
        QCOMPARE(e.x, (std::vector<double>{1, 4, 7, 10}));
        QCOMPARE(e.y, (std::vector<double>{0.1, 0.4, 0.7, 1.0}));
    }

    void quantiles_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("value");
        QTest::newRow("0") << 0.0 << 1.0;
        QTest::newRow("0.1") << 0.1 << 1.0;
        QTest::newRow("0.5") << 0.5 << 5.0;
        QTest::newRow("0.51") << 0.51 << 6.0;
        QTest::newRow("0.9") << 0.9 << 9.0;
        QTest::newRow("0.99") << 0.99 << 10.0;
        QTest::newRow("1") << 1.0 << 10.0;
    }
    void quantiles()
    {
        QFETCH(double, q);
        QFETCH(double, value);
        const std::vector<double> sorted{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QCOMPARE(quantileOfSorted(sorted, q), value);
        QVERIFY(std::isnan(quantileOfSorted({}, q)));
    }

    void loadProfile()
    {
        Load load;
        load.slotLengthUs = 60'000'000;
        load.endpoints = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("idle")};
        load.timeSlots.resize(3);
        load.timeSlots[0].timestampsUs = {1, 2, 3};
        load.timeSlots[0].endpoints = {0, 0, 1};
        load.timeSlots[1].timestampsUs = {5};
        load.timeSlots[1].endpoints = {2};
        const LoadProfile p = LoadProfile::of(load, 2);
        QCOMPARE(p.slotCount(), 3);
        QCOMPARE(p.total, (std::vector<std::uint64_t>{3, 1, 0}));
        QCOMPARE(p.invocations, std::uint64_t(4));
        QCOMPARE(p.endpointCount, 3);
        QCOMPARE(p.maxPerSlot(), std::uint64_t(3));
        QCOMPARE(p.top.size(), std::size_t(2));
        QCOMPARE(p.top[0].name, QStringLiteral("a"));
        QCOMPARE(p.top[0].total, std::uint64_t(2));
        QCOMPARE(p.top[0].perSlot, (std::vector<std::uint64_t>{2, 0, 0}));
        // b and c tie at 1: the first in the endpoint table wins.
        QCOMPARE(p.top[1].name, QStringLiteral("b"));
        QCOMPARE(p.other.total, std::uint64_t(1));
        QCOMPARE(p.other.perSlot, (std::vector<std::uint64_t>{0, 1, 0}));

        const LoadProfile all = LoadProfile::of(load, -1);
        QCOMPARE(all.top.size(), std::size_t(3)); // "idle" has no invocation
        QCOMPARE(all.other.total, std::uint64_t(0));

        const LoadProfile empty = LoadProfile::of(Load{}, 5);
        QCOMPARE(empty.invocations, std::uint64_t(0));
        QVERIFY(empty.top.empty());
    }

    void functionPoints()
    {
        Trace trace;
        TraceFunction f;
        f.id = QStringLiteral("f1");
        f.memoryMb = {{75, 120.0}};
        f.durationMs = {{75, 0.0}, {50, 3.0}};
        trace.functions.push_back(f);
        f.id = QStringLiteral("f2");
        f.memoryMb = {{50, 1.0}};
        f.durationMs = {{75, 9.0}};
        trace.functions.push_back(f);
        const FunctionPoints p = FunctionPoints::ofTrace(trace, 75);
        QCOMPARE(p.names, (QStringList{QStringLiteral("f1"), QStringLiteral("f2")}));
        QCOMPARE(p.memoryMb[0], 120.0);
        QVERIFY(std::isnan(p.memoryMb[1]));
        QCOMPARE(p.durationMs, (std::vector<double>{0.0, 9.0}));
        QCOMPARE(p.missingMemory, 1);
        QCOMPARE(p.missingDuration, 0);
        QCOMPARE(FunctionPoints::present(p.memoryMb), (std::vector<double>{120.0}));

        ProxyCatalogue catalogue;
        ProxyFunction proxy;
        proxy.name = QStringLiteral("aes");
        proxy.cpu = {{75, 3.0}};
        proxy.memoryMb = {{75, 17.0}};
        proxy.durationMs = {{75, 0.9}};
        catalogue.proxies.push_back(proxy);
        const FunctionPoints q = FunctionPoints::ofProxies(catalogue, 75);
        QCOMPARE(q.cpu, (std::vector<double>{3.0}));
        QCOMPARE(q.size(), 1);
        QCOMPARE(FunctionPoints::ofProxies(catalogue, 99).missingCpu, 1);
    }

    // Joined by trace id: a partial mapping in another order still lands on its functions.
    void mappingSeriesJoinsById()
    {
        Trace trace;
        for (const char* id : {"f0", "f1", "f2"}) {
            TraceFunction f;
            f.id = QString::fromLatin1(id);
            trace.functions.push_back(f);
        }
        Mapping mapping;
        mapping.entries.push_back({QStringLiteral("f2"), 7, QStringLiteral("p7"), 0.5});
        mapping.entries.push_back({QStringLiteral("f0"), 3, QStringLiteral("p3"), 0.25});
        mapping.entries.push_back({QStringLiteral("gone"), 1, QStringLiteral("p1"), 2.0});
        const MappingSeries s = MappingSeries::of(trace, mapping);
        QCOMPARE(s.proxyOfTrace, (std::vector<int>{3, -1, 7}));
        QCOMPARE(s.errors, (std::vector<double>{0.5, 0.25, 2.0}));
    }
};

QTEST_APPLESS_MAIN(TestPlotSeries)
#include "test_plot_series.moc"

// The fallback rule: relative errors at the mapping's percentile, the tolerance boundary
// (exactly the tolerance still fits), reasons, accuracy before and after, and service
// names of trace functions.

#include "deploy/service_plan.h"
#include "mapping/fallback.h"
#include "mapping/mapper.h"
#include "mapping_fixtures.h"

#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

// One proxy at (100 MB, 100 ms); the functions sit at known relative distances from it.
Mapping mapped(const Trace& trace, const ProxyCatalogue& catalogue)
{
    Mapping mapping = Mapper::map(trace, catalogue, {});
    measureRelativeErrors(mapping, trace, catalogue);
    return mapping;
}

} // namespace

class TestFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeErrors();
    void toleranceBoundary_data();
    void toleranceBoundary();
    void reasons();
    void accuracyBeforeAndAfter();
    void traceFunctionServices();
};

void TestFallback::relativeErrors()
{
    const Trace trace = makeTrace({{"a", 100, 50}, {"b", 80, 0}});
    const ProxyCatalogue catalogue = makeCatalogue({{"p", 100, 100}});
    const Mapping m = mapped(trace, catalogue);
    QCOMPARE(m.entries[0].durationError, 1.0); // |100 - 50| / 50
    QCOMPARE(m.entries[0].memoryError, 0.0);
    QCOMPARE(m.entries[1].memoryError, 0.25);                  // |100 - 80| / 80
    QCOMPARE(m.entries[1].durationError, (100 - 0.01) / 0.01); // a 0 ms trace value is 0.01
}

void TestFallback::toleranceBoundary_data()
{
    QTest::addColumn<double>("traceDurationMs");
    QTest::addColumn<double>("traceMemoryMb");
    QTest::addColumn<bool>("fallsBack");
    // Proxy (100 MB, 140 ms) against trace duration 100 ms: off by exactly 40 %.
    QTest::newRow("duration at the tolerance") << 100.0 << 100.0 << false;
    QTest::newRow("duration just beyond") << 99.99 << 100.0 << true;
    // Memory: proxy 100 MB against 250 MB is off by 60 %; against 100/1.4 by 40 %.
    QTest::newRow("memory beyond") << 140.0 << 250.0 << true;
    QTest::newRow("both within") << 140.0 << 100.0 << false;
}

void TestFallback::toleranceBoundary()
{
    QFETCH(double, traceDurationMs);
    QFETCH(double, traceMemoryMb);
    QFETCH(bool, fallsBack);
    Trace trace = makeTrace({{"f", 100, 100}});
    trace.functions[0].durationMs[75] = traceDurationMs;
    trace.functions[0].memoryMb[75] = traceMemoryMb;
    Mapping m = mapped(trace, makeCatalogue({{"p", 100, 140}}));
    QCOMPARE(applyFallback(m, 0.4), fallsBack ? 1 : 0);
    QCOMPARE(m.entries[0].fallback, fallsBack);
    QCOMPARE(m.entries[0].proxyName, QStringLiteral("p")); // the proxy it would have had
    QCOMPARE(applyFallback(m, 0), 0);                      // 0: the rule is off
    QVERIFY(!m.entries[0].fallback);
}

void TestFallback::reasons()
{
    const Trace trace = makeTrace({{"a", 250, 2}, {"b", 100, 100}});
    Mapping m = mapped(trace, makeCatalogue({{"p", 100, 100}}));
    QCOMPARE(applyFallback(m, 0.4), 1);
    QCOMPARE(fallbackReason(m.entries[0], 0.4),
             QStringLiteral("duration off by 4900 %, memory off by 60 %"));
    QCOMPARE(fallbackReason(m.entries[1], 0.4), QString());
}

void TestFallback::accuracyBeforeAndAfter()
{
    // Errors (duration, memory): a (0, 0), b (1.0, 0), c (0.2, 0.2), d (0, 0.5).
    const Trace trace =
        makeTrace({{"a", 100, 100}, {"b", 100, 50}, {"c", 125, 125}, {"d", 200, 100}});
    Mapping m = mapped(trace, makeCatalogue({{"p", 100, 100}}));
    QCOMPARE(m.entries[2].durationError, 0.2);
    const MappingAccuracy before = mappingAccuracy(m);
    QCOMPARE(before.medianDurationError, 0.1); // of 0, 0, 0.2, 1.0
    QCOMPARE(before.medianMemoryError, 0.1);   // of 0, 0, 0.2, 0.5
    QCOMPARE(before.shareWithin, 0.5);         // a and c
    QCOMPARE(before.fallbacks, 0);
    QCOMPARE(applyFallback(m, 0.4), 2); // b and d
    const MappingAccuracy after = mappingAccuracy(m);
    QCOMPARE(after.medianDurationError, 0.0);
    QCOMPARE(after.medianMemoryError, 0.0);
    QCOMPARE(after.shareWithin, 1.0);
    QCOMPARE(after.fallbacks, 2);
    const MappingAccuracy proxiesOnly = mappingAccuracy(m, 0.25, true);
    QCOMPARE(proxiesOnly.shareWithin, 0.5);
    QCOMPARE(proxiesOnly.fallbacks, 2);
}

void TestFallback::traceFunctionServices()
{
    const Trace trace = makeTrace({{"a", 100, 100}, {"b", 100, 5}, {"c", 100, 100}});
    const ProxyCatalogue catalogue = makeCatalogue({{"p", 100, 100}});
    Mapping m = mapped(trace, catalogue);
    applyFallback(m, 0.4);
    for (const bool share : {false, true}) {
        const ServicePlan plan = planServices(m, catalogue, share);
        QCOMPARE(plan.services.size(), std::size_t(share ? 2 : 3));
        const ServiceSpec& fallback = plan.services[std::size_t(plan.serviceOfFunction[1])];
        QVERIFY(fallback.traceFunction);
        QVERIFY(fallback.name.startsWith(QStringLiteral("trace-function-")));
        QCOMPARE(fallback.name.size(), qsizetype(15 + 8));
        QCOMPARE(fallback.traceFunctions, std::vector<int>{1});
        QVERIFY(!plan.services[std::size_t(plan.serviceOfFunction[0])].traceFunction);
    }
}

QTEST_GUILESS_MAIN(TestFallback)
#include "test_fallback.moc"

// The live run chart: decimation keeps a bounded number of points, percentiles without a
// value leave no point, and the widget renders into a PNG offscreen.
#include "charts/live_run_chart.h"
#include "invoke/live_stats.h"
#include "test_support.h"

#include <QApplication>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

LiveSnapshot snapshot(double t, double rate, std::int64_t p50Us, std::int64_t p99Us)
{
    LiveSnapshot s;
    s.elapsedS = t;
    s.issueRate = rate;
    s.completionRate = rate * 0.9;
    s.latencyWindow.p50 = p50Us;
    s.latencyWindow.p99 = p99Us;
    return s;
}

QLineSeries* seriesNamed(LiveRunChart& chart, const QString& name)
{
    for (QAbstractSeries* s : chart.chart()->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    return nullptr;
}

} // namespace

class TestLiveRunChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimation_data()
    {
        QTest::addColumn<int>("snapshots");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("under the limit") << 50 << 100;
        QTest::newRow("at the limit") << 100 << 100;
        QTest::newRow("many merges") << 1500 << 400;
        QTest::newRow("small limit") << 500 << 16;
    }
    void decimation()
    {
        QFETCH(int, snapshots);
        QFETCH(int, maxPoints);
        LiveRunChart chart;
        chart.setMaxPoints(maxPoints);
        for (int i = 1; i <= snapshots; ++i)
            chart.addSnapshot(
                snapshot(i * 0.25, 1000 + i % 7, 2000, i == snapshots / 2 ? 90000 : 5000));
        QVERIFY(chart.pointCount() <= maxPoints);
        QVERIFY(chart.pointCount() >= std::min(snapshots, maxPoints / 2));
        QLineSeries* issued = seriesNamed(chart, QStringLiteral("issued/s"));
        QVERIFY(issued);
        QCOMPARE(issued->count(), chart.pointCount());
        // The newest point is kept exactly; the spike survives merging (maximum).
        QCOMPARE(issued->points().last().x(), snapshots * 0.25);
        QLineSeries* p99 = seriesNamed(chart, QStringLiteral("p99 latency"));
        QVERIFY(p99);
        double highest = 0;
        for (const QPointF& p : p99->points())
            highest = std::max(highest, p.y());
        QCOMPARE(highest, 90.0);
    }

    void noLatencyYet()
    {
        LiveRunChart chart;
        chart.addSnapshot(snapshot(0.25, 10, -1, -1));
        chart.addSnapshot(snapshot(0.5, 10, -1, -1));
        QCOMPARE(seriesNamed(chart, QStringLiteral("issued/s"))->count(), 2);
        QCOMPARE(seriesNamed(chart, QStringLiteral("p50 latency"))->count(), 0);
        chart.clear();
        QCOMPARE(chart.pointCount(), 0);
    }

    void rendersToPng()
    {
        LiveRunChart chart;
        for (int i = 1; i <= 40; ++i)
            chart.addSnapshot(snapshot(i * 0.25, 500 + 10 * i, 1500 + 10 * i, 8000));
        const QImage image = chart.renderImage(QSize(800, 500));
        QCOMPARE(image.size(), QSize(800, 500));
        // Something was drawn: more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.png"));
        chart.savePng(path, QSize(640, 400));
        QImage saved(path);
        QCOMPARE(saved.size(), QSize(640, 400));
    }
};

QTEST_MAIN(TestLiveRunChart)
#include "test_live_run_chart.moc"

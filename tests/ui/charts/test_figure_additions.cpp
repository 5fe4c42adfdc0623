// The figures and helpers the workbench pages add: hover queries (histogram bins,
// scatter points), the mapping highlight, screen-only zoom and pan, and the slot series
// and slot arrivals figures, offscreen. With TRACELOAD_FIGURE_DIR set, the PNGs are kept
// there for a look.
#include "chart_fixtures.h"
#include "charts/log_histogram_plot.h"
#include "charts/mapping_plot.h"
#include "charts/plot_interaction.h"
#include "charts/scatter_plot.h"
#include "charts/slot_arrivals_plot.h"
#include "charts/slot_series_plot.h"
#include "load/load.h"
#include "models/function_id.h"
#include "report/function_points.h"
#include "report/histogram.h"
#include "test_support.h"
#include "trace/trace_reader.h"

#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <cmath>
#include <numeric>

using namespace traceload;

namespace {

// Where the PNGs go: TRACELOAD_FIGURE_DIR, else a temporary folder.
QString figureDir()
{
    static QTemporaryDir temporary;
    const QString dir = qEnvironmentVariable("TRACELOAD_FIGURE_DIR");
    if (dir.isEmpty())
        return temporary.path();
    QDir().mkpath(dir);
    return dir;
}

void savePng(Figure& figure, const QString& name)
{
    FigureExport options;
    options.size = QSize(900, 560);
    options.dpi = 100;
    options.format = FigureFormat::Png;
    const QString path = figureDir() + u'/' + name + QStringLiteral(".png");
    figure.save(path, options);
    QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
}

// Pixels of roughly `color` (any alpha blend of it over white counts when close enough).
int pixelsLike(const QImage& image, const QColor& color, int tolerance = 40)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                    std::abs(c.blue() - color.blue()) <=
                tolerance)
                ++n;
        }
    return n;
}

void showAt(Figure& figure, QSize size)
{
    figure.resize(size);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    figure.replot(QCustomPlot::rpImmediateRefresh);
}

void sendWheel(QWidget& widget, QPointF at, int delta)
{
    QWheelEvent wheel(at, widget.mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);
}

void sendMouse(QWidget& widget, QEvent::Type type, QPointF at, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget.mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

Load arrivalsLoad(int arrivals, int endpoints, std::int64_t slotLengthUs)
{
    Load load;
    load.slotLengthUs = slotLengthUs;
    for (int e = 0; e < endpoints; ++e)
        load.endpoints.push_back(
            QStringLiteral("trace-func-%1-aes-python-10-10.default.127.0.0.1.nip.io").arg(e));
    LoadSlot slot;
    for (int i = 0; i < arrivals; ++i) {
        // Arrivals bunch towards the slot's end; low endpoint numbers are the busiest.
        const double u = (i + 0.5) / arrivals;
        slot.timestampsUs.push_back(std::int64_t(std::sqrt(u) * double(slotLengthUs - 1)));
        const double spread = std::pow(std::fmod(i * 0.6180339887, 1.0), 3);
        slot.endpoints.push_back(std::uint32_t(std::min(endpoints - 1, int(spread * endpoints))));
    }
    load.timeSlots.push_back(slot);
    load.timeSlots.push_back(LoadSlot{});
    return load;
}

} // namespace

class TestFigureAdditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramBinAt()
    {
        LogHistogramPlot plot;
        const std::vector<double> values{0.5, 3, 3, 40, 700};
        plot.setHistogram(logDecadeHistogram(values), QStringLiteral("Memory (MB)"));
        plot.setMarkers(recountLogDecade(plot.histogram(), std::vector<double>{3.5}),
                        QStringLiteral("proxies"));
        showAt(plot, QSize(700, 450));
        const double middle = plot.axisRect()->center().y();
        const Histogram& h = plot.histogram();
        const int three = h.binOf(3);
        QVERIFY(three >= 0);
        const QPointF atThree(plot.xAxis->coordToPixel(three), middle);
        QCOMPARE(plot.binAt(atThree), three);
        const QString tip = plot.toolTipAt(atThree);
        QVERIFY2(tip.contains(h.labels.value(three)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Memory (MB)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral(": 2")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("proxies: 1")), qPrintable(tip));
        // Between two bars, and outside the plot, is no bin.
        QCOMPARE(plot.binAt(QPointF(plot.xAxis->coordToPixel(three + 0.5), middle)), -1);
        QCOMPARE(plot.binAt(QPointF(2, 2)), -1);
        QVERIFY(plot.toolTipAt(QPointF(2, 2)).isEmpty());
        for (int bin = 0; bin < h.binCount(); ++bin)
            QCOMPARE(plot.binAt(QPointF(plot.xAxis->coordToPixel(bin + 0.3), middle)), bin);
    }

    void scatterNearestPoint()
    {
        ScatterPlot plot;
        plot.setAxisLabels(QStringLiteral("Memory (MB)"), QStringLiteral("Duration (ms)"));
        // A NaN point is not drawn: labels still follow the input's order.
        const std::vector<double> x{1, std::nan(""), 10, 100};
        const std::vector<double> y{1, 5, 100, 10};
        const int series = plot.addSeries(QStringLiteral("trace"), x, y, palette::blue());
        plot.setSeriesLabels(series, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("d")});
        const int unlabelled = plot.addSeries(QStringLiteral("proxies"), std::vector<double>{1000},
                                              std::vector<double>{1000}, palette::red());
        showAt(plot, QSize(600, 450));
        const auto pixelOf = [&](double vx, double vy) {
            return QPointF(plot.xAxis->coordToPixel(vx), plot.yAxis->coordToPixel(vy));
        };
        const ScatterPlot::PointRef c = plot.nearestPoint(pixelOf(10, 100) + QPointF(3, -2));
        QCOMPARE(c.series, series);
        QCOMPARE(c.index, 2);
        QVERIFY(plot.toolTipAt(pixelOf(10, 100)).startsWith(QStringLiteral("c\n")));
        QVERIFY(plot.toolTipAt(pixelOf(100, 10)).contains(QStringLiteral("Duration (ms): 10")));
        const ScatterPlot::PointRef p = plot.nearestPoint(pixelOf(1000, 1000));
        QCOMPARE(p.series, unlabelled);
        QVERIFY(plot.toolTipAt(pixelOf(1000, 1000)).startsWith(QStringLiteral("proxies\n")));
        // Far from every point: nothing.
        QVERIFY(!plot.nearestPoint(pixelOf(3, 3000)).isValid());
        QVERIFY(plot.toolTipAt(pixelOf(3, 3000)).isEmpty());
    }

    void mappingHighlight()
    {
        MappingScatterPlot plot;
        plot.setTitle(QStringLiteral("Mapping"));
        const FunctionPoints trace = test::spreadPoints(40, 1);
        const FunctionPoints proxies = test::spreadPoints(8, 3);
        std::vector<int> proxyOf;
        for (int i = 0; i < trace.size(); ++i)
            proxyOf.push_back(i == 7 ? -1 : i % 8);
        plot.setMapping(trace, proxies, proxyOf);
        const QImage plain = plot.toImage(QSize(640, 420));
        const int legendItems = plot.legend->itemCount();
        QCOMPARE(plot.highlight(), -1);

        plot.setHighlight(5);
        QCOMPARE(plot.highlight(), 5);
        QCOMPARE(plot.legend->itemCount(), legendItems + 1);
        auto* item = plot.legend->item(plot.legend->itemCount() - 1);
        QVERIFY(qobject_cast<QCPPlottableLegendItem*>(item));
        const QString name = static_cast<QCPPlottableLegendItem*>(item)->plottable()->name();
        QCOMPARE(name, QStringLiteral("f5 → f5"));
        const QImage highlighted = plot.toImage(QSize(640, 420));
        QVERIFY(pixelsLike(highlighted, palette::orange(), 30) > 50);
        QCOMPARE(pixelsLike(plain, palette::orange(), 30), 0);
        savePng(plot, QStringLiteral("mapping-highlight"));

        plot.setHighlight(7); // unmapped: nothing to draw
        QCOMPARE(plot.highlight(), -1);
        plot.setHighlight(5);
        plot.setHighlight(-1);
        QCOMPARE(plot.legend->itemCount(), legendItems);
        QCOMPARE(plot.toImage(QSize(640, 420)), plain);
        plot.setHighlight(400);
        QCOMPARE(plot.highlight(), -1);
        // The highlight survives new data for the same index.
        plot.setHighlight(3);
        plot.setMapping(trace, proxies, proxyOf);
        QCOMPARE(plot.highlight(), 3);
    }

    // Zoom and pan move the axes on screen only; the double-click puts the figure's own
    // view back, and an attached helper leaves exported images as they were.
    void interaction()
    {
        LogHistogramPlot plot;
        const std::vector<double> values{0.5, 3, 3, 40, 700, 1e4};
        plot.setHistogram(logDecadeHistogram(values), QStringLiteral("Memory (MB)"));
        showAt(plot, QSize(700, 450));
        const QImage before = plot.toImage(QSize(640, 420));
        auto* interaction = new PlotInteraction(&plot);
        QCOMPARE(plot.toImage(QSize(640, 420)), before);
        const QCPRange x = plot.xAxis->range();
        const QCPRange y = plot.yAxis->range();
        const QPointF centre = plot.axisRect()->center();

        sendWheel(plot, centre, 240);
        QVERIFY(interaction->isZoomed());
        QVERIFY(plot.xAxis->range().size() < x.size() * 0.8);
        QVERIFY(plot.toImage(QSize(640, 420)) != before);
        sendMouse(plot, QEvent::MouseButtonDblClick, centre, Qt::LeftButton, Qt::LeftButton);
        QVERIFY(!interaction->isZoomed());
        QCOMPARE(plot.xAxis->range(), x);
        QCOMPARE(plot.yAxis->range(), y);
        QCOMPARE(plot.toImage(QSize(640, 420)), before);

        // Dragging right by 100 pixels shows what was 100 pixels further left.
        const double keyAtCentre = plot.xAxis->pixelToCoord(centre.x());
        sendMouse(plot, QEvent::MouseButtonPress, centre, Qt::LeftButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, centre + QPointF(100, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, centre + QPointF(100, 0), Qt::LeftButton,
                  Qt::NoButton);
        QVERIFY(interaction->isZoomed());
        QVERIFY(std::abs(plot.xAxis->pixelToCoord(centre.x() + 100) - keyAtCentre) < 1e-9);
        QCOMPARE(plot.xAxis->range().size(), x.size());
        QCOMPARE(plot.yAxis->range(), y);

        // New data brings its own view: that is what a double-click returns to now.
        plot.setHistogram(logDecadeHistogram(std::vector<double>{1, 2}), QStringLiteral("x"));
        QVERIFY(!interaction->isZoomed());
        const QCPRange fresh = plot.xAxis->range();
        sendWheel(plot, centre, -120);
        QVERIFY(plot.xAxis->range().size() > fresh.size());
        interaction->resetView();
        QCOMPARE(plot.xAxis->range(), fresh);

        // Log axes zoom and pan too.
        ScatterPlot scatter;
        const FunctionPoints p = test::spreadPoints(60, 1);
        scatter.addSeries(QStringLiteral("trace"), p.memoryMb, p.durationMs, palette::blue());
        showAt(scatter, QSize(600, 450));
        PlotInteraction scatterInteraction(&scatter);
        const QCPRange sx = scatter.xAxis->range();
        const QPointF sc = scatter.axisRect()->center();
        sendMouse(scatter, QEvent::MouseButtonPress, sc, Qt::LeftButton, Qt::LeftButton);
        sendMouse(scatter, QEvent::MouseMove, sc + QPointF(-80, 0), Qt::NoButton, Qt::LeftButton);
        QVERIFY(scatter.xAxis->range().lower > sx.lower);
        QVERIFY(std::abs(std::log(scatter.xAxis->range().upper / scatter.xAxis->range().lower) -
                         std::log(sx.upper / sx.lower)) < 1e-9);
        sendMouse(scatter, QEvent::MouseButtonRelease, sc, Qt::LeftButton, Qt::NoButton);
        scatterInteraction.resetView();
        QCOMPARE(scatter.xAxis->range(), sx);
    }

    void slotSeries()
    {
        const Trace trace = TraceReader::read(test::sampleTraceDir());
        SlotSeriesPlot plot;
        plot.setFunction(trace, 62); // the sample's busiest function
        QVERIFY(!plot.hasNoData());
        QCOMPARE(plot.title(),
                 QStringLiteral("Invocations of ") + shortFunctionId(trace.functions[62]));
        const QImage image = plot.toImage(QSize(900, 560));
        QVERIFY(pixelsLike(image, palette::blue(), 20) > 2000);
        savePng(plot, QStringLiteral("slot-series"));

        // Slot labels are the trace's column headers, spaced so that they cannot overlap.
        showAt(plot, QSize(640, 420));
        auto ticker = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QList<double> keys = ticker->ticks().keys();
        QVERIFY(keys.size() >= 3 && keys.size() < 40);
        QCOMPARE(ticker->ticks().value(0), trace.slotLabels.value(0));
        const double gap = plot.xAxis->coordToPixel(keys[1]) - plot.xAxis->coordToPixel(keys[0]);
        QVERIFY(
            gap >
            QFontMetricsF(plot.xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("0000")));
        const int slot = 10;
        const QString tip =
            plot.toolTipAt(QPointF(plot.xAxis->coordToPixel(slot), plot.axisRect()->center().y()));
        QVERIFY2(tip.contains(trace.slotLabels.value(slot)), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(trace.functions[62].invocations[slot])),
                 qPrintable(tip));

        // No data: an index out of range, or a function without invocations.
        plot.setFunction(trace, -1);
        QVERIFY(plot.hasNoData());
        QCOMPARE(pixelsLike(plot.toImage(QSize(640, 420)), palette::blue(), 20), 0);
        Trace quiet = trace;
        std::fill(quiet.functions[0].invocations.begin(), quiet.functions[0].invocations.end(), 0u);
        plot.setFunction(quiet, 0);
        QVERIFY(plot.hasNoData());
        plot.setFunction(trace, 0);
        QVERIFY(!plot.hasNoData());
        savePng(plot, QStringLiteral("slot-series-sparse"));
    }

    void slotArrivals_data()
    {
        QTest::addColumn<int>("arrivals");
        QTest::addColumn<int>("endpoints");
        QTest::addColumn<qint64>("slotLengthUs");
        QTest::addColumn<int>("rows");
        QTest::newRow("one arrival") << 1 << 1 << qint64(60'000'000) << 1;
        QTest::newRow("few, second slots") << 12 << 3 << qint64(1'000'000) << 3;
        QTest::newRow("ten thousand") << 10'000 << 300 << qint64(60'000'000) << 9;
    }
    void slotArrivals()
    {
        QFETCH(int, arrivals);
        QFETCH(int, endpoints);
        QFETCH(qint64, slotLengthUs);
        QFETCH(int, rows);
        const Load load = arrivalsLoad(arrivals, endpoints, slotLengthUs);
        SlotArrivalsPlot plot;
        plot.setTitle(QStringLiteral("Arrivals"));
        plot.setSlot(load, 0);
        QVERIFY(!plot.hasNoData());
        QCOMPARE(plot.rowCount(), rows);
        const auto& bins = plot.binCounts();
        QCOMPARE(std::accumulate(bins.begin(), bins.end(), std::uint64_t(0)),
                 std::uint64_t(arrivals));
        QCOMPARE(plot.binSeconds(), slotLengthUs == 60'000'000 ? 1.0 : 0.02);
        const QImage image = plot.toImage(QSize(900, 560));
        // The ticks of the last arrival: at its time, in some row of the upper rect.
        const double lastS = double(load.timeSlots[0].timestampsUs.back()) / 1e6;
        const int x = int(std::lround(plot.xAxis->coordToPixel(lastS)));
        int inked = 0;
        const QRect rows_ = plot.axisRect()->rect();
        for (int y = rows_.top(); y < rows_.bottom(); ++y)
            for (int dx = -1; dx <= 1; ++dx)
                if (image.pixelColor(x + dx, y).blue() > image.pixelColor(x + dx, y).red() + 10)
                    ++inked;
        QVERIFY2(inked > 5, qPrintable(QString::number(inked)));
        savePng(plot, QStringLiteral("slot-arrivals-%1").arg(arrivals));

        showAt(plot, QSize(800, 500));
        const QString top =
            plot.toolTipAt(QPointF(plot.axisRect()->center().x(), plot.axisRect()->top() + 5));
        QVERIFY2(top.startsWith(load.endpoints[0]), qPrintable(top));

        // No data: an empty slot, or one past the end.
        plot.setSlot(load, 1);
        QVERIFY(plot.hasNoData());
        plot.setSlot(load, 5);
        QVERIFY(plot.hasNoData());
        QCOMPARE(plot.rowCount(), 0);
        plot.setSlot(Load{}, 0);
        QVERIFY(plot.hasNoData());
    }
};

QTEST_MAIN(TestFigureAdditions)
#include "test_figure_additions.moc"

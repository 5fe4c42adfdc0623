// The mapping figures with functions that fell back to a trace function, offscreen: the
// scatter draws them as their own legend entry in the fallback colour without a line, the
// error histogram stacks them in that colour; on screen and in the exported PNG files
// (what `--batch plot` and `--batch run` write through figures::mapping).
#include "chart_fixtures.h"
#include "charts/figure_set.h"
#include "charts/mapping_plot.h"
#include "report/function_points.h"
#include "report/mapping_series.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace traceload;

namespace {

// 40 functions mapped onto 8 proxies; every fifth one fell back when `withFallbacks`.
MappingSeries series(bool withFallbacks)
{
    MappingSeries s;
    for (int i = 0; i < 40; ++i) {
        const bool fell = withFallbacks && i % 5 == 0;
        s.proxyOfTrace.push_back(i % 8);
        s.fallbackOfTrace.push_back(fell ? 1 : 0);
        s.errors.push_back(0.1 * i);
        s.errorFallback.push_back(fell ? 1 : 0);
    }
    return s;
}

// Purple pixels: the fallback colour, also blended over white as translucent markers are
// (no other colour of these figures is purple).
int purplePixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.blue() > c.green() + 40 && c.red() > c.green() + 20 ? 1 : 0;
        }
    return n;
}

QStringList legendNames(const QCustomPlot& plot)
{
    QStringList names;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
            names << item->plottable()->name();
    return names;
}

} // namespace

class TestFallbackFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scatterAndErrorsMarkFallbacks()
    {
        QTemporaryDir dir;
        const FunctionPoints trace = test::spreadPoints(40, 1);
        const FunctionPoints proxies = test::spreadPoints(8, 3);
        FigureSet set = figures::mapping(trace, proxies, series(true), 75);
        FigureExport png;
        png.size = QSize(900, 560);
        const QStringList files = saveFigureSet(set, dir.path(), png);
        QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("mapping-error.png")),
                                     dir.filePath(QStringLiteral("mapping.png"))}));

        auto* errors = qobject_cast<MappingErrorPlot*>(set[0].figure.get());
        auto* scatter = qobject_cast<MappingScatterPlot*>(set[1].figure.get());
        QCOMPARE(errors->fallbackCount(), 8);
        QCOMPARE(scatter->fallbackCount(), 8);
        QVERIFY2(
            legendNames(*scatter).contains(QStringLiteral("Fell back to a trace function (8)")),
            qPrintable(legendNames(*scatter).join(u'|')));
        QVERIFY2(legendNames(*errors).contains(QStringLiteral("fell back to a trace function (8)")),
                 qPrintable(legendNames(*errors).join(u'|')));
        QVERIFY(legendNames(*errors).contains(QStringLiteral("mapped to a proxy")));
        QVERIFY(errors->subtitle().endsWith(QStringLiteral(" · 8 fell back to a trace function")));
        // The fallback colour is in both exported files, and nowhere without fallbacks.
        for (const QString& file : files)
            QVERIFY2(purplePixels(QImage(file)) > 20, qPrintable(file));

        FigureSet plain = figures::mapping(trace, proxies, series(false), 75);
        const QStringList plainFiles = saveFigureSet(plain, dir.path(), png);
        for (const QString& file : plainFiles)
            QCOMPARE(purplePixels(QImage(file)), 0);
        auto* plainScatter = qobject_cast<MappingScatterPlot*>(plain[1].figure.get());
        QVERIFY(!legendNames(*plainScatter).join(u'|').contains(QStringLiteral("Fell back")));
        auto* plainErrors = qobject_cast<MappingErrorPlot*>(plain[0].figure.get());
        QCOMPARE(legendNames(*plainErrors).value(0), QStringLiteral("trace functions"));
    }

    // A function that fell back has no proxy: its highlight is its point alone.
    void highlightOfAFallback()
    {
        MappingScatterPlot plot;
        const MappingSeries s = series(true);
        plot.setMapping(test::spreadPoints(40, 1), test::spreadPoints(8, 3), s.proxyOfTrace,
                        s.fallbackOfTrace);
        plot.setHighlight(5);
        QCOMPARE(plot.highlight(), 5);
        QVERIFY(legendNames(plot).contains(QStringLiteral("f5 → trace function")));
        plot.setHighlight(6);
        QVERIFY(legendNames(plot).contains(QStringLiteral("f6 → f6")));
    }
};

QTEST_MAIN(TestFallbackFigures)
#include "test_fallback_figures.moc"

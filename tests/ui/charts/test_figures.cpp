// Every analysis figure renders offscreen to PNG (at the requested pixel size), PDF and
// SVG; empty inputs give an honest "(no data)" figure; writes are atomic.
#include "charts/figure_set.h"
#include "charts/load_plot.h"
#include "charts/log_histogram_plot.h"
#include "charts/mapping_plot.h"
#include "charts/run_plots.h"
#include "charts/scatter_plot.h"
#include "common/input_error.h"
#include "load/load.h"
#include "profile/profile_reader.h"
#include "report/function_points.h"
#include "report/histogram.h"
#include "report/load_profile.h"
#include "report/run_folder_reader.h"
#include "test_support.h"
#include "trace/trace_reader.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <functional>

using namespace traceload;

using FigureMaker = std::function<std::unique_ptr<Figure>(bool empty)>;
Q_DECLARE_METATYPE(FigureMaker)
Q_DECLARE_METATYPE(FigureFormat)

namespace {

FunctionPoints points(int n, double scale)
{
    FunctionPoints p;
    for (int i = 0; i < n; ++i) {
        p.names << QStringLiteral("f%1").arg(i);
        p.memoryMb.push_back(scale * (1 + i % 50));
        p.durationMs.push_back(i % 7 == 0 ? 0.0 : scale * std::pow(1.3, i % 40));
        p.cpu.push_back(1 + i);
    }
    return p;
}

// Whether the plot shows a text item reading `label` (a phase's mark).
bool labelShown(const QCustomPlot& plot, const QString& label)
{
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->text() == label)
            return text->visible();
    return false;
}

RunSeries fixtureRun()
{
    return RunFolderReader::read(test::fixturesDir() + QStringLiteral("/run"));
}

// One maker per figure type; `empty` gives it no data.
QList<QPair<const char*, FigureMaker>> makers()
{
    QList<QPair<const char*, FigureMaker>> list;
    list.append({"log histogram", [](bool empty) -> std::unique_ptr<Figure> {
                     auto f = std::make_unique<LogHistogramPlot>();
                     f->setTitle(QStringLiteral("Histogram"));
                     const std::vector<double> values =
                         empty ? std::vector<double>{} : std::vector<double>{0, 0.5, 3, 3, 40, 700};
                     const Histogram h = logDecadeHistogram(values);
                     f->setHistogram(h, QStringLiteral("Memory (MB)"));
                     f->setMarkers(recountLogDecade(h, std::vector<double>{3.5, 600}),
                                   QStringLiteral("proxies"));
                     return f;
                 }});
    list.append(
        {"scatter", [](bool empty) -> std::unique_ptr<Figure> {
             auto f = std::make_unique<ScatterPlot>();
             f->setTitle(QStringLiteral("Scatter"));
             f->setAxisLabels(QStringLiteral("Memory (MB)"), QStringLiteral("Duration (ms)"));
             const FunctionPoints p = points(empty ? 0 : 300, 1);
             f->addSeries(QStringLiteral("trace"), p.memoryMb, p.durationMs, palette::blue());
             return f;
         }});
    list.append({"mapping scatter", [](bool empty) -> std::unique_ptr<Figure> {
                     auto f = std::make_unique<MappingScatterPlot>();
                     f->setTitle(QStringLiteral("Mapping"));
                     const FunctionPoints trace = points(empty ? 0 : 100, 1);
                     const FunctionPoints proxies = points(10, 2);
                     std::vector<int> proxyOf;
                     for (int i = 0; i < trace.size(); ++i)
                         proxyOf.push_back(i % 5);
                     f->setMapping(trace, proxies, proxyOf);
                     return f;
                 }});
    list.append({"mapping error", [](bool empty) -> std::unique_ptr<Figure> {
                     auto f = std::make_unique<MappingErrorPlot>();
                     f->setTitle(QStringLiteral("Mapping error"));
                     std::vector<double> errors;
                     for (int i = 0; i < (empty ? 0 : 200); ++i)
                         errors.push_back(std::fmod(i * 0.37, 4.2));
                     f->setErrors(errors);
                     return f;
                 }});
    list.append(
        {"load", [](bool empty) -> std::unique_ptr<Figure> {
             auto f = std::make_unique<LoadPlot>();
             f->setTitle(QStringLiteral("Load"));
             LoadProfile p;
             p.slotLengthUs = 60'000'000;
             p.total = {5, 7, 3};
             p.top = {{QStringLiteral("a"), 9, {3, 4, 2}}, {QStringLiteral("b"), 4, {2, 2, 0}}};
             p.other = {QString(), 2, {0, 1, 1}};
             p.invocations = 15;
             p.endpointCount = 4;
             f->setProfile(empty ? LoadProfile{} : p);
             return f;
         }});
    const std::pair<const char*, RunFigure> runKinds[] = {
        {"run latency cdf", RunFigure::LatencyCdf},
        {"run latency percentiles", RunFigure::LatencyPercentiles},
        {"run rates", RunFigure::Rates},
        {"run lateness", RunFigure::Lateness},
        {"run cold starts", RunFigure::ColdStarts}};
    for (const auto& [name, kind] : runKinds) {
        const RunFigure k = kind;
        list.append({name, [k](bool empty) -> std::unique_ptr<Figure> {
                         auto f = std::make_unique<RunPlot>(k);
                         f->setRun(empty ? RunSeries{} : fixtureRun());
                         return f;
                     }});
    }
    return list;
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exports_data()
    {
        QTest::addColumn<FigureMaker>("make");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<FigureFormat>("format");
        for (const auto& [name, make] : makers()) {
            for (bool empty : {false, true}) {
                for (FigureFormat format :
                     {FigureFormat::Png, FigureFormat::Pdf, FigureFormat::Svg}) {
                    const QByteArray tag = QByteArray(name) + (empty ? " empty " : " ") +
                                           figureSuffix(format).toLatin1();
                    QTest::newRow(tag.constData()) << make << empty << format;
                }
            }
        }
    }
    void exports()
    {
        QFETCH(FigureMaker, make);
        QFETCH(bool, empty);
        QFETCH(FigureFormat, format);
        const std::unique_ptr<Figure> figure = make(empty);
        QCOMPARE(figure->hasNoData(), empty);
        QCOMPARE(figure->title().isEmpty(), false);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.") + figureSuffix(format));
        FigureExport options;
        options.size = QSize(640, 420);
        options.dpi = 96;
        options.format = format;
        figure->save(path, options);
        const QByteArray bytes = test::readText(path);
        QVERIFY2(bytes.size() > 1000, qPrintable(QString::number(bytes.size())));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(path).fileName()});
        switch (format) {
        case FigureFormat::Png: {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(640, 420));
            QCOMPARE(image.dotsPerMeterX(), int(std::lround(96 / 0.0254)));
            break;
        }
        case FigureFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF"));
            break;
        case FigureFormat::Svg:
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains(figure->title().toUtf8()));
            break;
        }
    }

    void noDataTitle()
    {
        LogHistogramPlot plot;
        plot.setTitle(QStringLiteral("Memory utilization"));
        plot.setHistogram(Histogram{}, QStringLiteral("Memory (MB)"));
        QVERIFY(plot.hasNoData());
        QCOMPARE(plot.title(), QStringLiteral("Memory utilization"));
        const QImage image = plot.toImage(QSize(400, 300));
        QCOMPARE(image.size(), QSize(400, 300));
        // The title element shows the suffix.
        auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Memory utilization (no data)"));
    }

    void pixelSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpi");
        QTest::newRow("small") << QSize(300, 200) << 72.0;
        QTest::newRow("default") << QSize(1200, 800) << 100.0;
        QTest::newRow("print") << QSize(2400, 1600) << 300.0;
    }
    void pixelSizes()
    {
        QFETCH(QSize, size);
        QFETCH(double, dpi);
        ScatterPlot plot;
        plot.setTitle(QStringLiteral("Function profiles"));
        const FunctionPoints p = points(50, 1);
        plot.addSeries(QStringLiteral("trace"), p.memoryMb, p.durationMs, palette::blue());
        const QFont before = plot.xAxis->labelFont();
        const QImage image = plot.toImage(size, dpi);
        QCOMPARE(image.size(), size);
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
        // Exporting leaves the on-screen style as it was.
        QCOMPARE(plot.xAxis->labelFont(), before);
    }

    // Bin labels never overlap: where every range fits at a readable size, each bar has its
    // own; otherwise the axis names the decades.
    void histogramLabelStride()
    {
        LogHistogramPlot plot;
        plot.setHistogram(logDecadeHistogram(std::vector<double>{0.01, 1e6}), QStringLiteral("x"));
        const int bins = 72;
        auto ticker = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        plot.show(); // resize events reach visible widgets only
        plot.resize(3000, 800);
        QCOMPARE(ticker->ticks().size(), bins);
        QCOMPARE(plot.xAxis->tickLabelRotation(), -90.0);
        // At the documented default size the 72 ranges do not fit at a readable size: the
        // axis names the decades, with a tick between every two bars.
        // (The last edge, at the plot's right end, keeps its tick but not a label.)
        const QStringList decades{"0.01", "0.1", "1", "10", "100", "1k", "10k", "100k", ""};
        for (const QSize size : {QSize(1200, 800), QSize(960, 640), QSize(400, 300)}) {
            plot.resize(size);
            QCOMPARE(ticker->ticks().values(), decades);
            QCOMPARE(ticker->ticks().keys().front(), -0.5);
            QCOMPARE(ticker->ticks().keys().back(), bins - 0.5);
            QCOMPARE(ticker->subTickCount(), 8);
            QCOMPARE(plot.xAxis->tickLabelRotation(), 0.0);
        }
    }

    // The target is what the load asked for, second by second (by schedule time, the
    // calls never sent too), not the run's average rate.
    void ratesDrawTheTargetPerSecond()
    {
        RunPlot plot(RunFigure::Rates);
        plot.setRun(fixtureRun());
        QCPGraph* target = nullptr;
        for (int i = 0; i < plot.graphCount(); ++i)
            if (plot.graph(i)->name() == QStringLiteral("target (the load)"))
                target = plot.graph(i);
        QVERIFY(target);
        QVector<double> values;
        for (auto it = target->data()->constBegin(); it != target->data()->constEnd(); ++it)
            values << it->value;
        QCOMPARE(values, (QVector<double>{2, 4, 3, 3})); // the last step runs to the end
    }

    // Replies that come long after the last scheduled call are marked as the drain, on
    // every time chart; a run without such a tail has no drain mark.
    void drainIsMarked()
    {
        const auto drainShown = [](const RunSeries& run, RunFigure kind) {
            RunPlot plot(kind);
            plot.setRun(run);
            return labelShown(plot, QStringLiteral("drain"));
        };
        QTemporaryDir dir;
        test::writeText(dir.filePath("invocations.csv"), "scheduled_us,sent_us,latency_us,status\n"
                                                         "0,0,1000,ok\n"
                                                         "500000,500000,5000000,ok\n");
        const RunSeries tail = RunFolderReader::read(dir.path());
        for (RunFigure kind : {RunFigure::Rates, RunFigure::LatencyPercentiles, RunFigure::Lateness,
                               RunFigure::ColdStarts})
            QVERIFY(drainShown(tail, kind));
        QVERIFY(!drainShown(fixtureRun(), RunFigure::Rates));
    }

    // The load chart shades its warm-up slots as the run charts do.
    void loadShadesTheWarmup()
    {
        Load load;
        load.slotLengthUs = 60'000'000;
        load.endpoints = {QStringLiteral("a")};
        for (int s = 0; s < 5; ++s)
            load.timeSlots.push_back({{0, 1}, {0, 0}});
        const auto warmupShown = [&](int warmup) {
            LoadProfile profile = LoadProfile::of(load);
            profile.warmupSlots = warmup;
            LoadPlot plot;
            plot.setProfile(profile);
            return labelShown(plot, QStringLiteral("warm-up"));
        };
        QVERIFY(warmupShown(2));
        QVERIFY(!warmupShown(0));
    }

    // The same object is a widget: shown, resized and painted like any other.
    void onScreen()
    {
        ScatterPlot plot;
        plot.setTitle(QStringLiteral("Function profiles"));
        const FunctionPoints p = points(100, 1);
        plot.addSeries(QStringLiteral("trace"), p.memoryMb, p.durationMs, palette::blue());
        plot.resize(700, 450);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const QImage shot = plot.grab().toImage();
        QCOMPARE(shot.size(), QSize(700, 450) * shot.devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 5)
            for (int x = 0; x < shot.width(); x += 5)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 10);
    }

    void failedSaveLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/figure.png"));
        ScatterPlot plot;
        try {
            plot.save(path, FigureExport{});
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.toString().contains(path), qPrintable(e.toString()));
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    void seedFigureSet()
    {
        const Trace trace = TraceReader::read(test::sampleTraceDir());
        const ProxyCatalogue catalogue = ProfileReader::read(test::sampleProfile());
        const FigureSet set = figures::seed(FunctionPoints::ofTrace(trace, 75),
                                            FunctionPoints::ofProxies(catalogue, 75), 75);
        QStringList stems;
        for (const NamedFigure& f : set) {
            stems << f.fileStem;
            QVERIFY2(!f.figure->hasNoData(), qPrintable(f.fileStem));
        }
        QCOMPARE(stems, (QStringList{QStringLiteral("proxy-functions-memory-utilization"),
                                     QStringLiteral("proxy-functions-cpu-utilization"),
                                     QStringLiteral("proxy-functions-duration"),
                                     QStringLiteral("trace-functions-memory-utilization"),
                                     QStringLiteral("trace-functions-duration-utilization"),
                                     QStringLiteral("function-profiles")}));
        auto* scatter = dynamic_cast<ScatterPlot*>(set.back().figure.get());
        QVERIFY(scatter);
        QCOMPARE(scatter->pointCount(), 250 + 191);
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("size");
        QTest::newRow("plain") << QStringLiteral("1200x800") << QSize(1200, 800);
        QTest::newRow("upper X") << QStringLiteral("640X480") << QSize(640, 480);
        QTest::newRow("spaces") << QStringLiteral(" 800 x 600 ") << QSize(800, 600);
        QTest::newRow("too small") << QStringLiteral("10x10") << QSize();
        QTest::newRow("too large") << QStringLiteral("12000x800") << QSize();
        QTest::newRow("garbage") << QStringLiteral("big") << QSize();
        QTest::newRow("one number") << QStringLiteral("800") << QSize();
    }
    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(QSize, size);
        QCOMPARE(parseFigureSize(text).value_or(QSize()), size);
    }

    void formats()
    {
        QCOMPARE(figureFormatFromName(QStringLiteral("PNG")), std::optional(FigureFormat::Png));
        QCOMPARE(figureFormatFromName(QStringLiteral("pdf")), std::optional(FigureFormat::Pdf));
        QCOMPARE(figureFormatFromName(QStringLiteral("svg")), std::optional(FigureFormat::Svg));
        QVERIFY(!figureFormatFromName(QStringLiteral("jpg")));
        QCOMPARE(figures::ordinal(75), QStringLiteral("75th"));
        QCOMPARE(figures::ordinal(1), QStringLiteral("1st"));
        QCOMPARE(figures::ordinal(22), QStringLiteral("22nd"));
        QCOMPARE(figures::ordinal(13), QStringLiteral("13th"));
    }
};

QTEST_MAIN(TestFigures)
#include "test_figures.moc"

#include "charts/figure_set.h"

#include "charts/load_plot.h"
#include "charts/log_histogram_plot.h"
#include "charts/mapping_plot.h"
#include "charts/run_plots.h"
#include "charts/scatter_plot.h"
#include "common/text.h"
#include "report/function_points.h"
#include "report/histogram.h"
#include "report/mapping_series.h"
#include "report/run_series.h"

#include <QCoreApplication>
#include <QDir>

namespace traceload {

std::unique_ptr<Figure> takeFigure(FigureSet& set, const QString& fileStem)
{
    for (NamedFigure& f : set)
        if (f.fileStem == fileStem)
            return std::move(f.figure);
    return nullptr;
}

QStringList saveFigureSet(const FigureSet& set, const QString& folder, const FigureExport& options)
{
    QStringList written;
    for (const NamedFigure& f : set) {
        const QString path =
            QDir(folder).filePath(f.fileStem + u'.' + figureSuffix(options.format));
        f.figure->save(path, options);
        written << path;
    }
    return written;
}

} // namespace traceload

namespace traceload::figures {

namespace {

QString memoryLabel()
{
    return Text::tr("Memory (MB)");
}
QString durationLabel()
{
    return Text::tr("Duration (ms)");
}

// "250 functions · 75th percentile" plus what was left out or moved, honestly.
QString describe(const QString& who, std::size_t total, int percentile, int missing,
                 const Histogram& h)
{
    QString text = Text::tr("%1 %2 · %3 percentile").arg(total).arg(who, ordinal(percentile));
    if (missing > 0)
        text += Text::tr(" · %1 without this percentile").arg(missing);
    if (h.zerosReplaced > 0)
        text += Text::tr(" · %1 zeros counted as 0.01").arg(h.zerosReplaced);
    if (h.dropped > 0)
        text += Text::tr(" · %1 unusable values left out").arg(h.dropped);
    return text;
}

std::unique_ptr<Figure> histogramFigure(const QString& title, const std::vector<double>& values,
                                        const QString& xLabel, const QString& who,
                                        std::size_t total, int percentile, int missing)
{
    auto plot = std::make_unique<LogHistogramPlot>();
    plot->setTitle(title);
    const std::vector<double> present = FunctionPoints::present(values);
    const Histogram h = logDecadeHistogram(present);
    plot->setHistogram(h, xLabel);
    plot->setSubtitle(describe(who, total, percentile, missing, h));
    return plot;
}

std::unique_ptr<Figure> compareFigure(const QString& title, const std::vector<double>& values,
                                      const std::vector<double>& proxyValues,
                                      const QString& markerLabel, const QString& xLabel,
                                      std::size_t total, int percentile, int missing)
{
    auto plot = std::make_unique<LogHistogramPlot>();
    plot->setTitle(title);
    const std::vector<double> present = FunctionPoints::present(values);
    const Histogram h = logDecadeHistogram(present);
    plot->setHistogram(h, xLabel);
    plot->setMarkers(recountLogDecade(h, FunctionPoints::present(proxyValues)), markerLabel);
    plot->setSubtitle(describe(Text::tr("trace functions"), total, percentile, missing, h));
    return plot;
}

} // namespace

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    // One pattern per English suffix, so that each language writes its own ("75." in German).
    const QString pattern = (lastTwo >= 11 && lastTwo <= 13) ? Text::tr("%1th", "ordinal")
                            : last == 1                      ? Text::tr("%1st", "ordinal")
                            : last == 2                      ? Text::tr("%1nd", "ordinal")
                            : last == 3                      ? Text::tr("%1rd", "ordinal")
                                                             : Text::tr("%1th", "ordinal");
    return pattern.arg(n);
}

FigureSet proxyDistributions(const FunctionPoints& proxies, int percentile)
{
    FigureSet set;
    const auto proxyCount = std::size_t(proxies.size());
    set.push_back({QStringLiteral("proxy-functions-memory-utilization"),
                   histogramFigure(Text::tr("Memory utilization distribution of proxy functions"),
                                   proxies.memoryMb, memoryLabel(), Text::tr("proxy functions"),
                                   proxyCount, percentile, proxies.missingMemory)});
    set.push_back(
        {QStringLiteral("proxy-functions-cpu-utilization"),
         histogramFigure(Text::tr("CPU utilization distribution of proxy functions"), proxies.cpu,
                         Text::tr("CPU utilization (as profiled by vSwarm)"),
                         Text::tr("proxy functions"), proxyCount, percentile, proxies.missingCpu)});
    set.push_back({QStringLiteral("proxy-functions-duration"),
                   histogramFigure(Text::tr("Duration distribution of proxy functions"),
                                   proxies.durationMs, durationLabel(), Text::tr("proxy functions"),
                                   proxyCount, percentile, proxies.missingDuration)});
    return set;
}

FigureSet traceDistributions(const FunctionPoints& trace, const FunctionPoints& proxies,
                             int percentile)
{
    FigureSet set;
    const auto traceCount = std::size_t(trace.size());
    set.push_back(
        {QStringLiteral("trace-functions-memory-utilization"),
         compareFigure(Text::tr("Memory utilization distribution of trace functions"),
                       trace.memoryMb, proxies.memoryMb, Text::tr("bins with proxy functions"),
                       memoryLabel(), traceCount, percentile, trace.missingMemory)});
    set.push_back(
        {QStringLiteral("trace-functions-duration-utilization"),
         compareFigure(Text::tr("Duration distribution of trace functions"), trace.durationMs,
                       proxies.durationMs, Text::tr("bins with proxy functions"), durationLabel(),
                       traceCount, percentile, trace.missingDuration)});
    return set;
}

FigureSet seed(const FunctionPoints& trace, const FunctionPoints& proxies, int percentile)
{
    FigureSet set = proxyDistributions(proxies, percentile);
    for (NamedFigure& f : traceDistributions(trace, proxies, percentile))
        set.push_back(std::move(f));

    auto scatter = std::make_unique<ScatterPlot>();
    scatter->setTitle(Text::tr("Function profiles"));
    scatter->setAxisLabels(Text::tr("Memory (MB, log scale)"),
                           Text::tr("Duration (ms, log scale)"));
    scatter->addSeries(Text::tr("Trace functions (%1)").arg(trace.size()), trace.memoryMb,
                       trace.durationMs, palette::blue());
    scatter->addSeries(Text::tr("Proxy functions (%1)").arg(proxies.size()), proxies.memoryMb,
                       proxies.durationMs, palette::red(), QCPScatterStyle::ssDiamond);
    scatter->setSubtitle(Text::tr("%1 percentile of memory and duration; zeros drawn at 0.01")
                             .arg(ordinal(percentile)));
    set.push_back({QStringLiteral("function-profiles"), std::move(scatter)});
    return set;
}

FigureSet mapping(const FunctionPoints& trace, const FunctionPoints& proxies,
                  const MappingSeries& series, int percentile)
{
    FigureSet set;
    auto errorPlot = std::make_unique<MappingErrorPlot>();
    errorPlot->setTitle(Text::tr("Mapping error"));
    errorPlot->setErrors(series.errors, series.errorFallback);
    set.push_back({QStringLiteral("mapping-error"), std::move(errorPlot)});

    auto scatter = std::make_unique<MappingScatterPlot>();
    scatter->setTitle(Text::tr("Trace functions and the proxies they are mapped to"));
    scatter->setAxisLabels(Text::tr("Memory (MB, log scale)"),
                           Text::tr("Duration (ms, log scale)"));
    scatter->setMapping(trace, proxies, series.proxyOfTrace, series.fallbackOfTrace);
    // The functions that fell back are counted in the legend: a longer subtitle is clipped.
    scatter->setSubtitle(Text::tr("%1 percentile; a line joins each trace function to its proxy")
                             .arg(ordinal(percentile)));
    set.push_back({QStringLiteral("mapping"), std::move(scatter)});
    return set;
}

FigureSet load(const LoadProfile& profile)
{
    FigureSet set;
    auto plot = std::make_unique<LoadPlot>();
    plot->setTitle(Text::tr("Invocations per slot"));
    plot->setProfile(profile);
    set.push_back({QStringLiteral("load-invocations-per-slot"), std::move(plot)});
    return set;
}

FigureSet run(const RunSeries& series)
{
    FigureSet set;
    const std::pair<RunFigure, const char*> kinds[] = {
        {RunFigure::LatencyCdf, "run-latency-cdf"},
        {RunFigure::LatencyPercentiles, "run-latency-over-time"},
        {RunFigure::Rates, "run-rates"},
        {RunFigure::Lateness, "run-lateness"},
        {RunFigure::ColdStarts, "run-cold-starts"}};
    for (const auto& [kind, stem] : kinds) {
        auto plot = std::make_unique<RunPlot>(kind);
        plot->setRun(series);
        set.push_back({QLatin1String(stem), std::move(plot)});
    }
    return set;
}

} // namespace traceload::figures

#include "charts/mapping_plot.h"

#include "models/function_id.h"
#include "report/ecdf.h"
#include "report/function_points.h"
#include "report/histogram.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

MappingScatterPlot::MappingScatterPlot(QWidget* parent) : ScatterPlot(parent)
{
    m_lines = new QCPCurve(xAxis, yAxis);
    m_lines->setName(tr("mapping"));
    m_lines->setScatterStyle(QCPScatterStyle::ssNone);
    // The highlight draws above every point set, which are added later on "main".
    addLayer(QStringLiteral("highlight"), layer(QStringLiteral("main")), limAbove);
    m_highlightLine = new QCPCurve(xAxis, yAxis);
    m_highlightLine->setLayer(QStringLiteral("highlight"));
    m_highlightLine->removeFromLegend();
    m_highlightEnds = new QCPGraph(xAxis, yAxis);
    m_highlightEnds->setLayer(QStringLiteral("highlight"));
    m_highlightEnds->setLineStyle(QCPGraph::lsNone);
    m_highlightEnds->removeFromLegend();
    setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    restyle();
}

void MappingScatterPlot::setHighlight(int traceIndex)
{
    const bool known = traceIndex >= 0 && std::size_t(traceIndex) < m_proxyOfTrace.size();
    const bool fellBack = known && std::size_t(traceIndex) < m_fallbackOfTrace.size() &&
                          m_fallbackOfTrace[std::size_t(traceIndex)];
    const int proxy = known ? m_proxyOfTrace[std::size_t(traceIndex)] : -1;
    const bool valid = fellBack || (proxy >= 0 && std::size_t(proxy) < m_proxyPoints.size());
    QPointF from, to;
    if (valid) {
        const QPointF t = m_tracePoints[std::size_t(traceIndex)];
        // A function that fell back has no proxy to join: its point alone is marked.
        const QPointF p = fellBack ? t : m_proxyPoints[std::size_t(proxy)];
        from = QPointF(logPosition(t.x()), logPosition(t.y()));
        to = QPointF(logPosition(p.x()), logPosition(p.y()));
    }
    const bool drawable = valid && !std::isnan(from.x() + from.y() + to.x() + to.y());
    m_highlight = drawable ? traceIndex : -1;
    if (!drawable) {
        m_highlightLine->data()->clear();
        m_highlightEnds->data()->clear();
        m_highlightLine->removeFromLegend();
        return;
    }
    const QString traceName = shortFunctionId(m_traceNames.value(traceIndex));
    if (fellBack) {
        m_highlightLine->data()->clear();
        m_highlightEnds->setData({from.x()}, {from.y()});
        m_highlightLine->setName(tr("%1 → trace function").arg(traceName));
    } else {
        m_highlightLine->setData({0, 1}, {from.x(), to.x()}, {from.y(), to.y()});
        m_highlightEnds->setData({from.x(), to.x()}, {from.y(), to.y()});
        m_highlightLine->setName(tr("%1 → %2").arg(traceName, m_proxyNames.value(proxy)));
    }
    if (!legend->hasItemWithPlottable(m_highlightLine))
        m_highlightLine->addToLegend();
}

void MappingScatterPlot::setMapping(const FunctionPoints& trace, const FunctionPoints& proxies,
                                    std::span<const int> proxyOfTrace,
                                    std::span<const char> fallbackOfTrace)
{
    clearSeries();
    m_traceNames = trace.names;
    m_proxyNames = proxies.names;
    m_tracePoints.clear();
    for (int i = 0; i < trace.size(); ++i)
        m_tracePoints.emplace_back(trace.memoryMb[std::size_t(i)],
                                   trace.durationMs[std::size_t(i)]);
    m_proxyPoints.clear();
    for (int p = 0; p < proxies.size(); ++p)
        m_proxyPoints.emplace_back(proxies.memoryMb[std::size_t(p)],
                                   proxies.durationMs[std::size_t(p)]);
    m_proxyOfTrace.assign(proxyOfTrace.begin(), proxyOfTrace.end());
    m_fallbackOfTrace.assign(fallbackOfTrace.begin(), fallbackOfTrace.end());
    m_fallbackOfTrace.resize(std::size_t(trace.size()), 0);
    // One segment per trace function mapped to a proxy, separated by NaN gaps: a single
    // plottable for any number of lines. Functions that fell back have no line.
    QVector<QCPCurveData> segments;
    std::vector<char> used(std::size_t(proxies.size()), 0);
    const double nan = std::nan("");
    double t = 0;
    for (int i = 0; i < trace.size() && std::size_t(i) < proxyOfTrace.size(); ++i) {
        const int p = proxyOfTrace[std::size_t(i)];
        if (p < 0 || p >= proxies.size() || m_fallbackOfTrace[std::size_t(i)])
            continue;
        used[std::size_t(p)] = 1;
        const double x0 = logPosition(trace.memoryMb[std::size_t(i)]);
        const double y0 = logPosition(trace.durationMs[std::size_t(i)]);
        const double x1 = logPosition(proxies.memoryMb[std::size_t(p)]);
        const double y1 = logPosition(proxies.durationMs[std::size_t(p)]);
        if (std::isnan(x0) || std::isnan(y0) || std::isnan(x1) || std::isnan(y1))
            continue;
        segments.append(QCPCurveData(t++, x0, y0));
        segments.append(QCPCurveData(t++, x1, y1));
        segments.append(QCPCurveData(t++, nan, nan));
    }
    m_lineCount = int(segments.size() / 3);
    m_lines->data()->set(segments, true);

    std::vector<double> usedX, usedY, freeX, freeY;
    QStringList usedNames, freeNames;
    for (int p = 0; p < proxies.size(); ++p) {
        auto& xs = used[std::size_t(p)] ? usedX : freeX;
        auto& ys = used[std::size_t(p)] ? usedY : freeY;
        xs.push_back(proxies.memoryMb[std::size_t(p)]);
        ys.push_back(proxies.durationMs[std::size_t(p)]);
        (used[std::size_t(p)] ? usedNames : freeNames) << proxies.names.value(p);
    }
    if (!freeX.empty())
        setSeriesLabels(
            addSeries(tr("Unused proxy functions"), freeX, freeY, QColor(0xc8, 0xc8, 0xc8)),
            freeNames);
    std::vector<double> keptX, keptY, fellX, fellY;
    QStringList keptLabels, fellLabels;
    for (int i = 0; i < trace.size(); ++i) {
        const bool fell = m_fallbackOfTrace[std::size_t(i)] != 0;
        (fell ? fellX : keptX).push_back(trace.memoryMb[std::size_t(i)]);
        (fell ? fellY : keptY).push_back(trace.durationMs[std::size_t(i)]);
        (fell ? fellLabels : keptLabels) << shortFunctionId(trace.names.value(i));
    }
    m_fallbackCount = int(fellX.size());
    setSeriesLabels(addSeries(tr("Trace functions"), keptX, keptY, palette::blue()), keptLabels);
    if (m_fallbackCount > 0)
        setSeriesLabels(addSeries(tr("Fell back to a trace function (%1)").arg(m_fallbackCount),
                                  fellX, fellY, palette::fallback(), QCPScatterStyle::ssTriangle),
                        fellLabels);
    setSeriesLabels(addSeries(tr("Proxy functions in use"), usedX, usedY, palette::red(),
                              QCPScatterStyle::ssDiamond),
                    usedNames);
    setHighlight(m_highlight);
    // Proxies alone are not a mapping; functions that all fell back are.
    setNoData(m_lineCount == 0 && m_fallbackCount == 0);
    restyle();
}

void MappingScatterPlot::restyle()
{
    ScatterPlot::restyle();
    if (!m_lines || !m_highlightEnds)
        return;
    QColor line(0x55, 0x55, 0x55);
    line.setAlphaF(m_lineCount > 2000 ? 0.08 : m_lineCount > 300 ? 0.2 : 0.45);
    m_lines->setPen(pen(line, 0.6));
    m_highlightLine->setPen(pen(palette::orange(), 2.2));
    m_highlightLine->setScatterStyle(QCPScatterStyle::ssNone);
    QCPScatterStyle ring(QCPScatterStyle::ssCircle, px(13));
    ring.setPen(pen(palette::orange(), 2));
    ring.setBrush(Qt::NoBrush);
    m_highlightEnds->setScatterStyle(ring);
}

MappingErrorPlot::MappingErrorPlot(QWidget* parent) : Figure(parent)
{
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setName(tr("trace functions"));
    m_fallbackBars = new QCPBars(xAxis, yAxis);
    m_fallbackBars->setWidthType(QCPBars::wtPlotCoords);
    m_fallbackBars->moveAbove(m_bars); // stacked: the bin's height is all its functions
    m_median = new QCPGraph(xAxis, yAxis);
    m_p90 = new QCPGraph(xAxis, yAxis);
    xAxis->setLabel(tr("Mapping error: distance in (ln memory, ln duration)"));
    yAxis->setLabel(tr("Trace functions"));
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    xAxis->grid()->setVisible(false);
    legend->setVisible(true);
    setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    setErrors({});
}

void MappingErrorPlot::setErrors(std::span<const double> errors, std::span<const char> fallback)
{
    const Histogram h = linearHistogram(errors, 24);
    std::vector<double> fellBack;
    for (std::size_t i = 0; i < errors.size() && i < fallback.size(); ++i)
        if (fallback[i])
            fellBack.push_back(errors[i]);
    m_fallbackCount = int(fellBack.size());
    const Histogram f = h.recount(fellBack);
    QVector<double> keys, values, fallbackValues;
    for (int i = 0; i < h.binCount(); ++i) {
        keys << (h.edges[std::size_t(i)] + h.edges[std::size_t(i) + 1]) / 2;
        values << double(h.counts[std::size_t(i)] - f.counts[std::size_t(i)]);
        fallbackValues << double(f.counts[std::size_t(i)]);
    }
    m_bars->setData(keys, values, true);
    m_fallbackBars->setData(m_fallbackCount > 0 ? keys : QVector<double>{},
                            m_fallbackCount > 0 ? fallbackValues : QVector<double>{}, true);
    const double width = h.binCount() > 0 ? h.edges[1] - h.edges[0] : 1;
    m_bars->setWidth(width);
    m_fallbackBars->setWidth(width);
    m_bars->setName(m_fallbackCount > 0 ? tr("mapped to a proxy") : tr("trace functions"));
    m_fallbackBars->setName(tr("fell back to a trace function (%1)").arg(m_fallbackCount));
    if (m_fallbackCount > 0)
        m_fallbackBars->addToLegend();
    else
        m_fallbackBars->removeFromLegend();
    const double top = std::max<double>(1, double(h.maxCount())) * 1.12;
    useIntegerTicks(yAxis);
    yAxis->setRange(0, top);
    if (h.binCount() > 0)
        xAxis->setRange(h.edges.front(), h.edges.back());
    else
        xAxis->setRange(0, 1);

    std::vector<double> sorted(errors.begin(), errors.end());
    std::erase_if(sorted, [](double v) { return !std::isfinite(v); });
    std::sort(sorted.begin(), sorted.end());
    const bool empty = sorted.empty();
    const double median = quantileOfSorted(sorted, 0.5);
    const double p90 = quantileOfSorted(sorted, 0.9);
    m_median->setData(empty ? QVector<double>{} : QVector<double>{median, median},
                      empty ? QVector<double>{} : QVector<double>{0, top});
    m_p90->setData(empty ? QVector<double>{} : QVector<double>{p90, p90},
                   empty ? QVector<double>{} : QVector<double>{0, top});
    m_median->setName(tr("median %1").arg(median, 0, 'f', 2));
    m_p90->setName(tr("90th percentile %1").arg(p90, 0, 'f', 2));
    if (empty) {
        m_median->removeFromLegend();
        m_p90->removeFromLegend();
    } else {
        m_median->addToLegend();
        m_p90->addToLegend();
    }
    if (!empty) {
        const double mean =
            std::accumulate(sorted.begin(), sorted.end(), 0.0) / double(sorted.size());
        QString subtitle = tr("%1 trace functions · mean %2 · max %3")
                               .arg(sorted.size())
                               .arg(mean, 0, 'f', 2)
                               .arg(sorted.back(), 0, 'f', 2);
        if (m_fallbackCount > 0)
            subtitle += tr(" · %n fell back to a trace function", nullptr, m_fallbackCount);
        setSubtitle(subtitle);
    } else {
        setSubtitle({});
    }
    setNoData(empty);
    restyle();
}

void MappingErrorPlot::restyle()
{
    Figure::restyle();
    if (!m_bars)
        return;
    m_bars->setPen(pen(QColor(0x22, 0x22, 0x22), 0.6));
    m_bars->setBrush(palette::blue());
    m_fallbackBars->setPen(pen(QColor(0x22, 0x22, 0x22), 0.6));
    m_fallbackBars->setBrush(palette::fallback());
    m_median->setPen(pen(palette::orange(), 1.6, Qt::DashLine));
    m_p90->setPen(pen(palette::red(), 1.6, Qt::DotLine));
}

} // namespace traceload

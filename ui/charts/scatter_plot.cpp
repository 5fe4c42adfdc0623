#include "charts/scatter_plot.h"

#include "report/log_decade_bins.h"

#include <algorithm>
#include <cmath>

namespace traceload {

ScatterPlot::ScatterPlot(QWidget* parent) : Figure(parent)
{
    makeLogAxis(xAxis);
    makeLogAxis(yAxis);
    legend->setVisible(true);
    setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    setNoData(true);
    restyle();
}

void ScatterPlot::setAxisLabels(const QString& xLabel, const QString& yLabel)
{
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel);
}

double ScatterPlot::logPosition(double value)
{
    if (value == 0)
        return LogDecadeBins::zeroReplacement;
    if (!(value >= LogDecadeBins::minValue && value <= LogDecadeBins::maxValue))
        return std::nan("");
    return value;
}

int ScatterPlot::addSeries(const QString& name, std::span<const double> x,
                           std::span<const double> y, const QColor& color,
                           QCPScatterStyle::ScatterShape shape)
{
    auto* graph = new QCPGraph(xAxis, yAxis);
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    // Points in data order (a scatter has no meaningful key order); built in one go.
    QVector<QCPGraphData> data;
    data.reserve(qsizetype(std::min(x.size(), y.size())));
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const double px = logPosition(x[i]);
        const double py = logPosition(y[i]);
        if (!std::isnan(px) && !std::isnan(py))
            data.append(QCPGraphData(px, py));
    }
    const int count = int(data.size());
    graph->data()->set(data, false);
    // Adaptive sampling would thin a scatter of many points by pixel; keep every point.
    graph->setAdaptiveSampling(false);
    m_series.push_back({graph, color, shape, count});
    m_points += count;
    setNoData(m_points == 0);
    fitLogAxes();
    restyle();
    return int(m_series.size()) - 1;
}

void ScatterPlot::clearSeries()
{
    for (const Series& s : m_series)
        removeGraph(s.graph);
    m_series.clear();
    m_points = 0;
    setNoData(true);
}

void ScatterPlot::fitLogAxes()
{
    bool found = false;
    QCPRange xr, yr;
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable* p = plottable(i);
        bool fx = false, fy = false;
        const QCPRange kx = p->getKeyRange(fx, QCP::sdPositive);
        const QCPRange vy = p->getValueRange(fy, QCP::sdPositive);
        if (!fx || !fy)
            continue;
        xr = found ? QCPRange(std::min(xr.lower, kx.lower), std::max(xr.upper, kx.upper)) : kx;
        yr = found ? QCPRange(std::min(yr.lower, vy.lower), std::max(yr.upper, vy.upper)) : vy;
        found = true;
    }
    if (!found) {
        setLogRange(xAxis, 0.1, 1000);
        setLogRange(yAxis, 0.1, 1000);
        return;
    }
    const QCPRange px = paddedLogRange(xr);
    const QCPRange py = paddedLogRange(yr);
    setLogRange(xAxis, px.lower, px.upper);
    setLogRange(yAxis, py.lower, py.upper);
}

void ScatterPlot::restyle()
{
    Figure::restyle();
    for (const Series& s : m_series) {
        // Many points: smaller and translucent, so that clusters read as density.
        const bool crowded = s.count > 2000;
        const double size = crowded ? 3.5 : s.count > 300 ? 6.5 : 8;
        QColor fill = s.color;
        fill.setAlphaF(crowded ? 0.25 : 0.75);
        QCPScatterStyle style(s.shape, px(size));
        style.setPen(crowded ? QPen(Qt::NoPen) : pen(s.color.darker(140), 0.5));
        style.setBrush(fill);
        s.graph->setScatterStyle(style);
    }
}

} // namespace traceload

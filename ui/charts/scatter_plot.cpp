#include "charts/scatter_plot.h"

#include "report/log_decade_bins.h"

#include <QPainter>
#include <QPixmap>
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
    Series series{graph, color, shape, 0, {}, {}, {}};
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const double px = logPosition(x[i]);
        const double py = logPosition(y[i]);
        if (!std::isnan(px) && !std::isnan(py)) {
            data.append(QCPGraphData(px, py));
            series.values.emplace_back(x[i], y[i]);
            series.sourceIndex.push_back(int(i));
        }
    }
    const int count = int(data.size());
    series.count = count;
    graph->data()->set(data, false);
    // Adaptive sampling would thin a scatter of many points by pixel; keep every point.
    graph->setAdaptiveSampling(false);
    m_series.push_back(std::move(series));
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

void ScatterPlot::setSeriesLabels(int series, const QStringList& labels)
{
    if (series >= 0 && std::size_t(series) < m_series.size())
        m_series[std::size_t(series)].labels = labels;
}

ScatterPlot::PointRef ScatterPlot::nearestPoint(const QPointF& pixel, double maxDistancePx) const
{
    PointRef best;
    if (!axisRect()->rect().contains(pixel.toPoint()))
        return best;
    double bestSquared = maxDistancePx * maxDistancePx;
    // Later series are drawn on top: on equal distance they win, as the eye sees it.
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const Series& series = m_series[s];
        for (std::size_t i = 0; i < series.values.size(); ++i) {
            const double dx = xAxis->coordToPixel(logPosition(series.values[i].x())) - pixel.x();
            const double dy = yAxis->coordToPixel(logPosition(series.values[i].y())) - pixel.y();
            const double squared = dx * dx + dy * dy;
            if (squared <= bestSquared) {
                bestSquared = squared;
                best = {int(s), series.sourceIndex[i]};
            }
        }
    }
    return best;
}

QString ScatterPlot::toolTipAt(const QPointF& pixel) const
{
    const PointRef point = nearestPoint(pixel);
    if (!point.isValid())
        return {};
    const Series& series = m_series[std::size_t(point.series)];
    const auto drawn =
        std::lower_bound(series.sourceIndex.begin(), series.sourceIndex.end(), point.index);
    const QPointF value = series.values[std::size_t(drawn - series.sourceIndex.begin())];
    const QString name =
        point.index < series.labels.size() ? series.labels.at(point.index) : series.graph->name();
    return tr("%1\n%2: %3\n%4: %5")
        .arg(name, xAxis->label())
        .arg(value.x(), 0, 'g', 4)
        .arg(yAxis->label())
        .arg(value.y(), 0, 'g', 4);
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

QPixmap ScatterPlot::discPixmap(double diameter, const QColor& fill) const
{
    const double ratio = devicePixelRatioF();
    const int side = std::max(1, int(std::ceil(diameter * ratio)));
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(0, 0, side, side));
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
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
        if (crowded && onScreen() &&
            (s.shape == QCPScatterStyle::ssCircle || s.shape == QCPScatterStyle::ssDisc)) {
            // Tens of thousands of antialiased ellipses take a tenth of a second per repaint;
            // one pre-drawn disc stamped at each point looks the same on screen for a
            // fraction of it. Exports keep the real shapes (vectors in PDF and SVG).
            s.graph->setScatterStyle(QCPScatterStyle(discPixmap(px(size), fill)));
            continue;
        }
        QCPScatterStyle style(s.shape, px(size));
        style.setPen(crowded ? QPen(Qt::NoPen) : pen(s.color.darker(140), 0.5));
        style.setBrush(fill);
        s.graph->setScatterStyle(style);
    }
}

} // namespace traceload

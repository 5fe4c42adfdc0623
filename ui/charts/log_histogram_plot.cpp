#include "charts/log_histogram_plot.h"

#include "report/log_decade_bins.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace traceload {

LogHistogramPlot::LogHistogramPlot(QWidget* parent) : Figure(parent)
{
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setWidth(0.8);
    m_bars->removeFromLegend();

    m_markers = new QCPGraph(xAxis, yAxis);
    m_markers->setLineStyle(QCPGraph::lsNone);
    m_markers->removeFromLegend();

    m_ticker.reset(new QCPAxisTickerText);
    xAxis->setTicker(m_ticker);
    // Plain text: the "beautiful powers" format would typeset the e in "1e6–2e6".
    xAxis->setNumberFormat(QStringLiteral("g"));
    xAxis->grid()->setVisible(false);
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    restyle();
}

void LogHistogramPlot::setHistogram(const Histogram& histogram, const QString& xLabel,
                                    const QString& yLabel)
{
    m_histogram = histogram;
    xAxis->setLabel(xLabel);
    yAxis->setLabel(yLabel.isEmpty() ? tr("Frequency (functions)") : yLabel);
    QVector<double> keys, values;
    for (int i = 0; i < histogram.binCount(); ++i) {
        keys << i;
        values << double(histogram.counts[std::size_t(i)]);
    }
    m_bars->setData(keys, values, true);
    updateTickLabels();
    const int bins = std::max(1, histogram.binCount());
    xAxis->setRange(-0.6, bins - 0.4);
    // Integer ticks, at most ~8 of them.
    const double top = std::max<double>(1, double(histogram.maxCount()));
    useIntegerTicks(yAxis);
    yAxis->setRange(0, top * 1.1 + (top < 5 ? 0.5 : 0));
    setNoData(histogram.isEmpty());
    placeMarkers();
}

void LogHistogramPlot::setMarkers(const Histogram& compare, const QString& label)
{
    m_compare = compare;
    m_markers->setName(label);
    if (label.isEmpty() || compare.binCount() == 0)
        m_markers->removeFromLegend();
    else if (!legend->hasItemWithPlottable(m_markers))
        m_markers->addToLegend();
    legend->setVisible(legend->itemCount() > 0);
    placeMarkers();
}

int LogHistogramPlot::binAt(const QPointF& pixel) const
{
    if (m_histogram.binCount() == 0 || !axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const double key = xAxis->pixelToCoord(pixel.x());
    const long bin = std::lround(key);
    if (bin < 0 || bin >= m_histogram.binCount() ||
        std::abs(key - double(bin)) > m_bars->width() / 2)
        return -1;
    return int(bin);
}

QString LogHistogramPlot::toolTipAt(const QPointF& pixel) const
{
    const int bin = binAt(pixel);
    if (bin < 0)
        return {};
    const auto b = std::size_t(bin);
    const QString range =
        m_histogram.labels.value(bin).isEmpty()
            ? tr("%1 to %2").arg(m_histogram.edges[b]).arg(m_histogram.edges[b + 1])
            : m_histogram.labels.value(bin);
    QString text =
        tr("%1: %2\n%3: %4").arg(xAxis->label(), range, yAxis->label()).arg(m_histogram.counts[b]);
    if (m_compare.binCount() == m_histogram.binCount() && !m_markers->name().isEmpty())
        text += tr("\n%1: %2").arg(m_markers->name()).arg(m_compare.counts[b]);
    return text;
}

void LogHistogramPlot::placeMarkers()
{
    QVector<double> keys, values;
    const double top = std::max<double>(1, double(m_histogram.maxCount()));
    if (m_compare.binCount() == m_histogram.binCount()) {
        for (int i = 0; i < m_compare.binCount(); ++i) {
            if (m_compare.counts[std::size_t(i)] == 0)
                continue;
            keys << i;
            values << double(m_histogram.counts[std::size_t(i)]) + top * 0.035;
        }
    }
    m_markers->setData(keys, values, true);
    if (!keys.isEmpty())
        yAxis->setRange(0, std::max(yAxis->range().upper, top * 1.12));
    // The legend goes into the top corner above the lower bars (as matplotlib's "best").
    const int bins = m_histogram.binCount();
    std::uint64_t left = 0, right = 0;
    for (int i = 0; i < bins; ++i) {
        const std::uint64_t n = m_histogram.counts[std::size_t(i)];
        if (i < bins * 2 / 5)
            left = std::max(left, n);
        else if (i >= bins - bins * 2 / 5)
            right = std::max(right, n);
    }
    setLegendCorner(Qt::AlignTop | (right > left ? Qt::AlignLeft : Qt::AlignRight));
}

namespace {

// Log-decade bins come nine to a decade: every ninth edge is a power of ten.
bool nineBinsPerDecade(const Histogram& h)
{
    if (h.binCount() == 0 || h.binCount() % 9 != 0)
        return false;
    for (std::size_t i = 0; i < h.edges.size(); i += 9) {
        const double e = h.edges[i];
        if (!(e > 0) || LogDecadeBins::edge(1, LogDecadeBins::decadeOf(e)) != e)
            return false;
    }
    return true;
}

} // namespace

void LogHistogramPlot::updateTickLabels()
{
    m_ticker->clear();
    m_ticker->setSubTickCount(0);
    const int bins = m_histogram.binCount();
    // A rotated label needs about 1.3 font heights of width. When every bin's range fits
    // at a readable size, each bar gets its own label; otherwise, for log-decade bins, the
    // axis names the decades (1, 10, 100, 1k, ...) with a small tick between every two bars,
    // which reads at any width; other bins get every second (third, ...) label.
    constexpr double kReadablePt = 9;
    const double widthPx = std::max(200.0, double(targetSize().width()) * 0.88);
    const double perBinPx = widthPx / std::max(1, bins);
    const double fitPt = perBinPx / 1.3 / px(1);
    if (fitPt < kReadablePt && nineBinsPerDecade(m_histogram)) {
        xAxis->setTickLabelRotation(0);
        xAxis->setTickLabelFont(font(10));
        // The last edge is at the plot's right end, where a centred label would be cut:
        // its tick stays (the sub-ticks of the last decade need it), unlabelled.
        for (std::size_t i = 0; i < m_histogram.edges.size(); i += 9)
            m_ticker->addTick(double(i) - 0.5, i + 1 < m_histogram.edges.size()
                                                   ? LogDecadeBins::formatEdge(m_histogram.edges[i])
                                                   : QString());
        m_ticker->setSubTickCount(8); // one between every two bars
        return;
    }
    xAxis->setTickLabelRotation(-90);
    const double labelPt = std::clamp(fitPt, 8.0, 10.5);
    xAxis->setTickLabelFont(font(labelPt));
    const int stride = std::max(1, int(std::ceil(px(labelPt) * 1.3 / perBinPx)));
    for (int i = 0; i < bins; ++i)
        if (i % stride == 0)
            m_ticker->addTick(i, m_histogram.labels.value(i));
}

void LogHistogramPlot::restyle()
{
    Figure::restyle();
    if (!m_bars)
        return;
    m_bars->setPen(pen(QColor(0x22, 0x22, 0x22), 0.6));
    m_bars->setBrush(palette::blue());
    QCPScatterStyle marker(QCPScatterStyle::ssTriangleInverted, px(11));
    marker.setPen(pen(palette::green().darker(130), 0.6));
    marker.setBrush(palette::green());
    m_markers->setScatterStyle(marker);
    updateTickLabels();
}

} // namespace traceload

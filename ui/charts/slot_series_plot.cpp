#include "charts/slot_series_plot.h"

#include "models/function_id.h"
#include "trace/trace.h"

#include <QFontMetricsF>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

SlotSeriesPlot::SlotSeriesPlot(QWidget* parent) : Figure(parent)
{
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->removeFromLegend();
    m_ticker.reset(new QCPAxisTickerText);
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(false);
    useIntegerTicks(yAxis);
    setTitle(tr("Invocations per slot"));
    setNoData(true);
    restyle();
}

void SlotSeriesPlot::setFunction(const Trace& trace, int functionIndex)
{
    const bool valid = functionIndex >= 0 && std::size_t(functionIndex) < trace.functions.size();
    m_labels = trace.slotLabels;
    m_counts = valid ? trace.functions[std::size_t(functionIndex)].invocations
                     : std::vector<std::uint32_t>{};
    const bool minutes = trace.granularity == Granularity::Minute;
    xAxis->setLabel(minutes ? tr("Minute of the trace") : tr("Second of the trace"));
    yAxis->setLabel(minutes ? tr("Invocations per minute") : tr("Invocations per second"));

    QVector<double> keys, values;
    std::uint64_t total = 0;
    std::uint32_t peak = 0;
    int peakSlot = 0;
    for (std::size_t s = 0; s < m_counts.size(); ++s) {
        keys << double(s);
        values << double(m_counts[s]);
        total += m_counts[s];
        if (m_counts[s] > peak) {
            peak = m_counts[s];
            peakSlot = int(s);
        }
    }
    m_bars->setData(keys, values, true);
    const int slotTotal = std::max<int>(1, int(m_counts.size()));
    xAxis->setRange(-0.7, slotTotal - 0.3);
    yAxis->setRange(0, std::max<double>(1, peak) * 1.1 + (peak < 5 ? 0.5 : 0));

    if (valid) {
        const TraceFunction& f = trace.functions[std::size_t(functionIndex)];
        setTitle(tr("Invocations of %1").arg(shortFunctionId(f)));
        setSubtitle(
            total == 0
                ? tr("%1 trigger · no invocations in %2 slots").arg(f.trigger).arg(m_counts.size())
                : tr("%1 trigger · %2 invocations in %3 slots · busiest slot %4 "
                     "(%5)")
                      .arg(f.trigger)
                      .arg(QLocale().toString(qulonglong(total)))
                      .arg(m_counts.size())
                      .arg(m_labels.value(peakSlot, QString::number(peakSlot)))
                      .arg(peak));
    } else {
        setTitle(tr("Invocations per slot"));
        setSubtitle({});
    }
    setNoData(total == 0);
    restyle();
}

int SlotSeriesPlot::slotAt(const QPointF& pixel) const
{
    if (m_counts.empty() || !axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const long slot = std::lround(xAxis->pixelToCoord(pixel.x()));
    return slot >= 0 && std::size_t(slot) < m_counts.size() ? int(slot) : -1;
}

QString SlotSeriesPlot::toolTipAt(const QPointF& pixel) const
{
    const int slot = slotAt(pixel);
    if (slot < 0)
        return {};
    return tr("%1 %2: %3 invocations")
        .arg(xAxis->label(), m_labels.value(slot, QString::number(slot)))
        .arg(m_counts[std::size_t(slot)]);
}

void SlotSeriesPlot::updateTickLabels()
{
    m_ticker->clear();
    const int slotTotal = int(m_counts.size());
    if (slotTotal == 0)
        return;
    // Label every n-th slot, n a "round" step, so that labels keep a gap of about two
    // characters between them at the current size.
    QString widest;
    for (const QString& label : std::as_const(m_labels))
        if (label.size() > widest.size())
            widest = label;
    const double labelPx =
        QFontMetricsF(xAxis->tickLabelFont()).horizontalAdvance(widest + QStringLiteral("00"));
    const double perSlotPx = std::max(100.0, targetSize().width() * 0.85) / slotTotal;
    static const int steps[] = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440};
    int stride = steps[std::size(steps) - 1];
    for (int step : steps)
        if (step * perSlotPx >= labelPx) {
            stride = step;
            break;
        }
    for (int s = 0; s < slotTotal; s += stride)
        m_ticker->addTick(s, m_labels.value(s, QString::number(s)));
}

void SlotSeriesPlot::restyle()
{
    Figure::restyle();
    if (!m_bars)
        return;
    const bool dense = m_counts.size() > 60;
    m_bars->setWidth(dense ? 1.0 : 0.8);
    m_bars->setBrush(palette::blue());
    m_bars->setPen(dense ? QPen(Qt::NoPen) : pen(palette::blue().darker(150), 0.5));
    updateTickLabels();
}

} // namespace traceload

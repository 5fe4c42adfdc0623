#include "charts/slot_arrivals_plot.h"

#include "load/load.h"
#include "report/histogram.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

namespace {

// Endpoint names are long DNS names; the row labels must leave room for the ticks.
QString elided(const QString& name)
{
    constexpr int maxLength = 28;
    return name.size() <= maxLength ? name : name.left(maxLength - 1) + QChar(0x2026);
}

QString binWidth(double seconds)
{
    return seconds >= 1 ? SlotArrivalsPlot::tr("%1 s").arg(seconds)
                        : SlotArrivalsPlot::tr("%1 ms").arg(std::lround(seconds * 1000));
}

} // namespace

SlotArrivalsPlot::SlotArrivalsPlot(QWidget* parent) : Figure(parent)
{
    // Rows on top, the per-bin strip below, sharing the time axis.
    m_strip = new QCPAxisRect(this);
    plotLayout()->addElement(plotLayout()->rowCount(), 0, m_strip);
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.35);
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_strip->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            m_strip->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(m_strip->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            xAxis, qOverload<const QCPRange&>(&QCPAxis::setRange));

    m_points = new QCPGraph(xAxis, yAxis);
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle::ssNone);
    m_points->setAdaptiveSampling(false);
    m_points->removeFromLegend();
    // A tick is an error bar of the row's height around the row: it scales with the axis.
    m_ticks = new QCPErrorBars(xAxis, yAxis);
    m_ticks->setDataPlottable(m_points);
    m_ticks->setErrorType(QCPErrorBars::etValueError);
    m_ticks->setWhiskerWidth(0);
    m_ticks->setSymbolGap(0);
    m_ticks->removeFromLegend();

    m_bins = new QCPBars(m_strip->axis(QCPAxis::atBottom), m_strip->axis(QCPAxis::atLeft));
    m_bins->setWidthType(QCPBars::wtPlotCoords);
    m_bins->removeFromLegend();

    m_rowTicker.reset(new QCPAxisTickerText);
    yAxis->setTicker(m_rowTicker);
    yAxis->grid()->setVisible(false);
    xAxis->setTickLabels(false);
    m_strip->axis(QCPAxis::atBottom)->setLabel(tr("Seconds within the slot"));
    useIntegerTicks(m_strip->axis(QCPAxis::atLeft), 3);
    setTitle(tr("Arrivals in one slot"));
    setNoData(true);
    restyle();
}

void SlotArrivalsPlot::setSlot(const Load& load, int slot, int rows)
{
    const bool valid = slot >= 0 && std::size_t(slot) < load.timeSlots.size();
    static const LoadSlot emptySlot;
    const LoadSlot& s = valid ? load.timeSlots[std::size_t(slot)] : emptySlot;
    const double slotSeconds = double(load.slotLengthUs) / 1e6;

    // Busiest endpoints first (ties: first in the endpoint table).
    std::vector<std::uint64_t> perEndpoint(load.endpoints.size(), 0);
    for (std::uint32_t e : s.endpoints)
        if (e < perEndpoint.size())
            ++perEndpoint[e];
    std::vector<int> order;
    for (std::size_t e = 0; e < perEndpoint.size(); ++e)
        if (perEndpoint[e] > 0)
            order.push_back(int(e));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return perEndpoint[std::size_t(a)] > perEndpoint[std::size_t(b)];
    });
    const int shown = std::min<int>(std::max(1, rows), int(order.size()));
    std::vector<int> rowOfEndpoint(load.endpoints.size(), shown);
    m_rows.clear();
    for (int r = 0; r < shown; ++r) {
        const auto e = std::size_t(order[std::size_t(r)]);
        rowOfEndpoint[e] = r;
        m_rows.push_back({load.endpoints[e], perEndpoint[e]});
    }
    if (int(order.size()) > shown) {
        std::uint64_t rest = 0;
        for (std::size_t r = std::size_t(shown); r < order.size(); ++r)
            rest += perEndpoint[std::size_t(order[r])];
        m_rows.push_back({tr("other (%1 endpoints)").arg(order.size() - std::size_t(shown)), rest});
    }
    const int rowCount = int(m_rows.size());

    // Row r is drawn at y = rowCount - 1 - r, so the busiest is on top.
    QVector<double> keys, values;
    keys.reserve(qsizetype(s.timestampsUs.size()));
    values.reserve(qsizetype(s.timestampsUs.size()));
    for (std::size_t i = 0; i < s.timestampsUs.size() && i < s.endpoints.size(); ++i) {
        const std::uint32_t e = s.endpoints[i];
        const int row = e < rowOfEndpoint.size() ? rowOfEndpoint[e] : shown;
        keys << double(s.timestampsUs[i]) / 1e6;
        values << double(rowCount - 1 - row);
    }
    m_points->setData(keys, values, true);
    m_ticks->setData(QVector<double>(keys.size(), 0.36));
    m_busiestRow =
        m_rows.empty()
            ? 0
            : std::max_element(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
                  return a.count < b.count;
              })->count;

    m_rowTicker->clear();
    for (int r = 0; r < rowCount; ++r)
        m_rowTicker->addTick(rowCount - 1 - r, elided(m_rows[std::size_t(r)].name));
    yAxis->setRange(-0.6, std::max(1, rowCount) - 0.4);
    xAxis->setRange(0, slotSeconds > 0 ? slotSeconds : 1);

    // The strip: about 60 bins of a round width (1 s for minute slots, 20 ms for seconds).
    m_binSeconds = slotSeconds > 0 ? niceBinWidth(slotSeconds, 60) : 1;
    const int bins = std::max(1, int(std::ceil(slotSeconds / m_binSeconds - 1e-9)));
    m_binCounts.assign(std::size_t(bins), 0);
    for (double t : std::as_const(keys))
        ++m_binCounts[std::size_t(std::clamp(int(t / m_binSeconds), 0, bins - 1))];
    QVector<double> binKeys, binValues;
    for (int b = 0; b < bins; ++b) {
        binKeys << (b + 0.5) * m_binSeconds;
        binValues << double(m_binCounts[std::size_t(b)]);
    }
    m_bins->setData(binKeys, binValues, true);
    m_bins->setWidth(m_binSeconds);
    const auto peak =
        m_binCounts.empty() ? 0 : *std::max_element(m_binCounts.begin(), m_binCounts.end());
    m_strip->axis(QCPAxis::atLeft)->setRange(0, std::max<double>(1, double(peak)) * 1.15);
    m_strip->axis(QCPAxis::atLeft)->setLabel(tr("Per %1").arg(binWidth(m_binSeconds)));
    m_strip->axis(QCPAxis::atBottom)->setRange(xAxis->range());

    const std::uint64_t arrivals = std::uint64_t(keys.size());
    setSubtitle(
        arrivals == 0
            ? QString()
            : tr("Slot %1 of %2").arg(slot + 1).arg(load.timeSlots.size()) + QStringLiteral(" · ") +
                  (arrivals == 1
                       ? tr("1 arrival")
                       : tr("%1 arrivals").arg(QLocale().toString(qulonglong(arrivals)))) +
                  QStringLiteral(" · ") +
                  (order.size() == 1 ? tr("1 endpoint") : tr("%1 endpoints").arg(order.size())) +
                  QStringLiteral(" · ") +
                  tr("at most %1 per %2").arg(peak).arg(binWidth(m_binSeconds)));
    setNoData(arrivals == 0);
    restyle();
}

int SlotArrivalsPlot::rowAt(const QPointF& pixel) const
{
    if (m_rows.empty() || !axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    // The margins above the top row and below the bottom one belong to those rows.
    const int last = int(m_rows.size()) - 1;
    const int y = std::clamp(int(std::lround(yAxis->pixelToCoord(pixel.y()))), 0, last);
    return last - y;
}

QString SlotArrivalsPlot::toolTipAt(const QPointF& pixel) const
{
    const int row = rowAt(pixel);
    if (row >= 0)
        return tr("%1\n%2 arrivals")
            .arg(m_rows[std::size_t(row)].name)
            .arg(m_rows[std::size_t(row)].count);
    if (m_strip->rect().contains(pixel.toPoint()) && !m_binCounts.empty()) {
        const double t = m_strip->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
        const int bin = int(std::floor(t / m_binSeconds));
        if (bin >= 0 && std::size_t(bin) < m_binCounts.size())
            return tr("%1 to %2 s: %3 arrivals")
                .arg(bin * m_binSeconds)
                .arg((bin + 1) * m_binSeconds)
                .arg(m_binCounts[std::size_t(bin)]);
    }
    return {};
}

void SlotArrivalsPlot::restyle()
{
    Figure::restyle();
    if (!m_bins)
        return;
    // Fade and thin the ticks as the busiest row fills: a few hundred stay crisp, ten
    // thousand become a density.
    const double crowding = double(std::max<std::uint64_t>(1, m_busiestRow));
    QColor ink = palette::blue();
    ink.setAlphaF(float(std::clamp(250.0 / crowding, 0.12, 1.0)));
    QPen tick = pen(ink, crowding <= 20 ? 1.6 : crowding <= 500 ? 0.9 : 0.5);
    // An error bar is two half lines from the row's centre: flat caps leave a seam there.
    tick.setCapStyle(Qt::SquareCap);
    m_ticks->setPen(tick);
    m_bins->setBrush(palette::blue());
    m_bins->setPen(pen(palette::blue().darker(150), 0.4));
    yAxis->setTickLabelFont(font(9));
    xAxis->setTickLabels(false); // the strip below labels the shared time axis
}

} // namespace traceload

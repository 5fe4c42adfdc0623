#include "charts/load_plot.h"

#include "report/load_profile.h"

#include <QCoreApplication>
#include <algorithm>

namespace traceload {

namespace {

// Endpoint names can be long DNS names; keep the legend narrow.
QString shortName(const QString& name)
{
    constexpr int maxLength = 42;
    if (name.size() <= maxLength)
        return name;
    return name.left(maxLength - 1) + QChar(0x2026);
}

} // namespace

LoadPlot::LoadPlot(QWidget* parent) : Figure(parent), m_warmup(this, tr("warm-up"), 18)
{
    xAxis->grid()->setVisible(false);
    useIntegerTicks(xAxis, 8);
    useIntegerTicks(yAxis);
    yAxis->setLabel(tr("Invocations per slot"));
    xAxis->setLabel(tr("Slot"));
    setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    restyle();
}

void LoadPlot::setProfile(const LoadProfile& profile)
{
    for (QCPBars* bars : std::as_const(m_layers))
        removePlottable(bars);
    m_layers.clear();
    m_slotCount = profile.slotCount();

    const double slotS = double(profile.slotLengthUs) / 1e6;
    xAxis->setLabel(slotS == 60  ? tr("Slot (minute)")
                    : slotS == 1 ? tr("Slot (second)")
                                 : tr("Slot (%1 s)").arg(slotS));
    QVector<double> keys;
    for (int s = 0; s < m_slotCount; ++s)
        keys << s;

    QCPBars* below = nullptr;
    const auto addLayer = [&](const QString& name, const std::vector<std::uint64_t>& perSlot) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(name);
        bars->setWidthType(QCPBars::wtPlotCoords);
        QVector<double> values;
        for (std::uint64_t n : perSlot)
            values << double(n);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_layers << bars;
    };
    for (const LoadProfile::Series& s : profile.top)
        addLayer(shortName(s.name), s.perSlot);
    m_hasOther = profile.other.total > 0;
    if (m_hasOther)
        addLayer(tr("other (%1 endpoints)").arg(profile.endpointCount - int(profile.top.size())),
                 profile.other.perSlot);

    // The legend lists the top of the stack first.
    legend->clearItems();
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it)
        (*it)->addToLegend();
    legend->setVisible(!m_layers.isEmpty());

    xAxis->setRange(-0.7, std::max(1, m_slotCount) - 0.3);
    const int warmup = std::min(profile.warmupSlots, m_slotCount);
    if (warmup > 0)
        m_warmup.show(-0.7, warmup - 0.5);
    else
        m_warmup.hide();
    // Head room for the legend (a row is about 4.5% of the plot's height) above the bars.
    const double headroom = 1.08 + 0.045 * double(m_layers.size());
    yAxis->setRange(0, std::max<double>(1, double(profile.maxPerSlot())) * headroom);
    setSubtitle(profile.invocations == 0
                    ? QString()
                    : tr("%1 invocations · %2 endpoints · %3 slots · busiest slot %4")
                          .arg(profile.invocations)
                          .arg(profile.endpointCount)
                          .arg(m_slotCount)
                          .arg(profile.maxPerSlot()));
    setNoData(profile.invocations == 0);
    restyle();
}

void LoadPlot::restyle()
{
    Figure::restyle();
    m_warmup.setFont(font(10));
    const bool dense = m_slotCount > 60;
    int index = 0;
    for (QCPBars* bars : std::as_const(m_layers)) {
        const bool other = m_hasOther && index == m_layers.size() - 1;
        const QColor color = other ? QColor(0xbb, 0xbb, 0xbb) : palette::color(index);
        bars->setBrush(color);
        bars->setPen(dense ? QPen(Qt::NoPen) : pen(color.darker(150), 0.5));
        bars->setWidth(dense ? 1.0 : 0.8);
        ++index;
    }
}

} // namespace traceload

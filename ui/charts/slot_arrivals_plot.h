#pragma once

#include "charts/figure.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace traceload {

struct Load;

// The arrivals of one slot of a load on a time axis (seconds within the slot): one tick
// per invocation in a row per busiest endpoint (the rest in one "other" row), and below a
// strip of arrivals per bin (1 s for minute slots). Ticks thin out and fade as rows fill,
// so that one arrival and ten thousand both read.
class SlotArrivalsPlot : public Figure
{
    Q_OBJECT

public:
    explicit SlotArrivalsPlot(QWidget* parent = nullptr);

    // Slot `slot` of `load`, with at most `rows` endpoint rows (plus "other"). A slot out of
    // range or without arrivals shows "no data".
    void setSlot(const Load& load, int slot, int rows = 8);
    // Width of the strip's bins, in seconds.
    double binSeconds() const { return m_binSeconds; }
    const std::vector<std::uint64_t>& binCounts() const { return m_binCounts; }
    int rowCount() const { return int(m_rows.size()); }
    // Row (0 = top, busiest) under a widget position, -1 if none.
    int rowAt(const QPointF& pixel) const;
    // The row's endpoint and arrival count, or the strip bin's time and count.
    QString toolTipAt(const QPointF& pixel) const override;

protected:
    void restyle() override;

private:
    struct Row
    {
        QString name; // full endpoint name, or the "other" label
        std::uint64_t count = 0;
    };
    std::vector<Row> m_rows;
    std::vector<std::uint64_t> m_binCounts;
    double m_binSeconds = 1;
    std::uint64_t m_busiestRow = 0;
    QCPAxisRect* m_strip = nullptr;
    QCPGraph* m_points = nullptr;
    QCPErrorBars* m_ticks = nullptr;
    QCPBars* m_bins = nullptr;
    QSharedPointer<QCPAxisTickerText> m_rowTicker;
};

} // namespace traceload

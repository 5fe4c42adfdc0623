#pragma once

#include "charts/figure.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace traceload {

struct Trace;

// One trace function's invocations per slot, as bars over the trace's slot labels
// (the minute or second numbers of invocations.csv), titled with the function.
class SlotSeriesPlot : public Figure
{
    Q_OBJECT

public:
    explicit SlotSeriesPlot(QWidget* parent = nullptr);

    // Function `functionIndex` of `trace`; an index out of range or a function without
    // invocations in the window shows "no data".
    void setFunction(const Trace& trace, int functionIndex);
    // The slot under a widget position, -1 if none.
    int slotAt(const QPointF& pixel) const;
    // The slot's label and count.
    QString toolTipAt(const QPointF& pixel) const override;

protected:
    void restyle() override;

private:
    void updateTickLabels();

    QStringList m_labels;
    std::vector<std::uint32_t> m_counts;
    QCPBars* m_bars = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace traceload

#pragma once

#include "charts/figure.h"
#include "report/histogram.h"

namespace traceload {

// The seed's histogram figure: one bar per bin of a (log-decade) histogram, each labelled
// with its range, and optionally a marker above every bin where a second data set has
// values (the seed marks where proxy functions exist on the trace histograms).
class LogHistogramPlot : public Figure
{
    Q_OBJECT

public:
    explicit LogHistogramPlot(QWidget* parent = nullptr);

    // Bars of `histogram`; an empty histogram shows "no data".
    void setHistogram(const Histogram& histogram, const QString& xLabel,
                      const QString& yLabel = {});
    // Markers above the bins where `compare` (same edges) counts anything; an empty
    // label or histogram removes them.
    void setMarkers(const Histogram& compare, const QString& label);
    const Histogram& histogram() const { return m_histogram; }

    // The bin whose bar column (full height of the plot) holds a widget position, or -1.
    int binAt(const QPointF& pixel) const;
    // The bin's range and count (and the marker set's count there).
    QString toolTipAt(const QPointF& pixel) const override;

protected:
    void restyle() override;

private:
    void placeMarkers();
    void updateTickLabels();

    Histogram m_histogram;
    Histogram m_compare;
    QCPBars* m_bars = nullptr;
    QCPGraph* m_markers = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace traceload

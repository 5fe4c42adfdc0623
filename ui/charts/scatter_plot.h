#pragma once

#include "charts/figure.h"

#include <QStringList>
#include <span>
#include <vector>

namespace traceload {

// A log–log scatter of point sets (the seed's "Function profiles": trace functions and
// proxy functions by memory and duration). Zeros are drawn at 0.01 as the mapping sees
// them; NaN and negative points are left out. Large sets are drawn small and translucent
// so that density shows; fast enough for 50,000 points.
class ScatterPlot : public Figure
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void setAxisLabels(const QString& xLabel, const QString& yLabel);
    // Adds a point set drawn above the earlier ones; returns its index.
    int addSeries(const QString& name, std::span<const double> x, std::span<const double> y,
                  const QColor& color,
                  QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssCircle);
    void clearSeries();
    int pointCount() const { return m_points; }
    // Names of a series' points, in the order given to addSeries, for hover tooltips.
    void setSeriesLabels(int series, const QStringList& labels);

    // A point as given to addSeries: its series and its index there.
    struct PointRef
    {
        int series = -1;
        int index = -1;
        bool isValid() const { return series >= 0; }
    };
    // The drawn point nearest to a widget position, within maxDistancePx pixels.
    PointRef nearestPoint(const QPointF& pixel, double maxDistancePx = 10) const;
    // The nearest point's label (else its series' name) and values.
    QString toolTipAt(const QPointF& pixel) const override;

    // The value a point is drawn at on a log axis: zeros -> 0.01, unusable -> NaN.
    static double logPosition(double value);

protected:
    void restyle() override;
    // Fits both axes to every drawn point (and `extra`, e.g. line ends) with a margin.
    void fitLogAxes();
    QCPGraph* seriesGraph(int index) const { return m_series.at(std::size_t(index)).graph; }

private:
    // A filled disc of `diameter` pixels, drawn once, for crowded series on screen.
    QPixmap discPixmap(double diameter, const QColor& fill) const;

    struct Series
    {
        QCPGraph* graph;
        QColor color;
        QCPScatterStyle::ScatterShape shape;
        int count;
        std::vector<QPointF> values;  // the drawn points' input values
        std::vector<int> sourceIndex; // each drawn point's index in the input
        QStringList labels;
    };
    std::vector<Series> m_series;
    int m_points = 0;
};

} // namespace traceload

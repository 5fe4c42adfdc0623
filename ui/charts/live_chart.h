#pragma once

#include "charts/figure_export.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <vector>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace traceload {

// One live chart of the Run page (Qt Charts): a few named lines over the elapsed time,
// appended to a few times a second. Each line keeps at most maxPoints() points: when
// full, neighbouring older points are merged pairwise (averaged, or by their maximum so
// that spikes stay visible), so an hour-long run costs as much per frame as a
// one-minute run. The y axis starts at 0 and grows with the data (or is logarithmic, in
// whole decades). Exports as PNG, PDF or SVG (context menu or save()).
class LiveChart : public QChartView
{
    Q_OBJECT

public:
    enum class Merge
    {
        Average,
        Maximum
    };

    LiveChart(const QString& title, const QString& yLabel, QWidget* parent = nullptr);

    // Returns the line's index for append().
    int addLine(const QString& name, const QColor& color, Qt::PenStyle style = Qt::SolidLine,
                Merge merge = Merge::Average);
    // A logarithmic value axis; values below `floor` are drawn at `floor`.
    void setLogScale(double floor);
    void setMaxPoints(int points); // >= 16; default 600
    int maxPoints() const { return m_maxPoints; }
    int pointCount() const; // of the longest line
    QString title() const;
    void setTitle(const QString& title);

    void clear();
    // One value per line at time tS (seconds); a NaN value adds nothing to its line.
    void append(double tS, const std::vector<double>& values);

    // The chart as an image of `size` pixels; the widget is left as it was.
    QImage renderImage(QSize size);
    // Writes the chart as options.format (PNG, PDF or SVG) atomically; throws InputError.
    void save(const QString& path, const FigureExport& options);
    // Asks for a file (window-modal, no nested event loop) and writes the chart there.
    void exportChart();

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Line
    {
        QLineSeries* series = nullptr;
        QList<QPointF> points;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        Merge merge = Merge::Average;
    };

    void decimate(Line& line);
    void applyTheme();
    void updateAxes();
    void renderInto(QPainter& painter, QSize size);

    int m_maxPoints = 600;
    std::vector<Line> m_lines;
    QValueAxis* m_time = nullptr;
    QValueAxis* m_value = nullptr;
    QLogValueAxis* m_log = nullptr; // replaces m_value when set
    double m_floor = 0;
};

} // namespace traceload

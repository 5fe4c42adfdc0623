#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <utility>
#include <vector>

class QCPAxis;
class QCPAxisRect;
class QCPRange;

namespace traceload {

class Figure;

// Makes a figure explorable on screen: the wheel zooms about the pointer, dragging pans,
// a double-click puts back the view the figure chose, and hovering shows the figure's
// toolTipAt() as a tooltip. It only moves axis ranges (and only on user input) and draws
// nothing, so a figure exported without zooming is the same file with or without it.
// When the figure sets new data (and with it new ranges), that becomes the view to reset to.
class PlotInteraction : public QObject
{
    Q_OBJECT

public:
    // Attaches to `figure` and is owned by it.
    explicit PlotInteraction(Figure* figure);

    // Back to the ranges the figure had before the user zoomed or panned.
    void resetView();
    bool isZoomed() const { return m_zoomed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rememberHome();
    void zoom(QCPAxisRect* rect, const QPointF& pixel, double factor);
    void pan(const QPointF& pixel);
    void showToolTip(const QPointF& pixel, const QPoint& globalPos);
    void replot();

    Figure* m_figure;
    bool m_zoomed = false;
    bool m_applying = false; // our own range changes are not the figure's new view
    std::vector<std::pair<QPointer<QCPAxis>, std::pair<double, double>>> m_home;
    // The drag in progress: the rect's axes and their ranges when it started.
    QPointer<QCPAxisRect> m_dragRect;
    QPointF m_dragStart;
    std::vector<std::pair<QPointer<QCPAxis>, std::pair<double, double>>> m_dragStartRanges;
};

} // namespace traceload

#pragma once

#include "charts/figure_export.h"
#include "charts/palette.h"

#include <QColor>
#include <QSize>
#include <QString>
#include <optional>
#include <qcustomplot.h>

namespace traceload {

// The base of every analysis figure: a QCustomPlot with a title (and an optional
// subtitle), the project's fonts, grid and legend style. The same object is a widget in
// the GUI and is written to PNG/PDF/SVG by save(); both go through restyle(), which
// sizes fonts, pens and markers in points for the device at hand, so a figure looks the
// same on screen and on paper.
class Figure : public QCustomPlot
{
    Q_OBJECT

public:
    explicit Figure(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setSubtitle(const QString& subtitle);
    QString subtitle() const { return m_subtitle; }
    // A figure without data says so in its title ("… (no data)") and in its middle.
    void setNoData(bool noData);
    bool hasNoData() const { return m_noData; }
    // Corner of the axis rect that holds the legend (Qt::AlignTop | Qt::AlignRight, ...).
    void setLegendCorner(Qt::Alignment corner);

    // Writes the figure to `path` atomically (nothing at the path on failure). Throws
    // InputError naming the path when it cannot be written.
    void save(const QString& path, const FigureExport& options);
    // The figure as an image of `size` pixels at `dpi`.
    QImage toImage(QSize size, double dpi = 100);
    // What the pointer at `pixel` (widget coordinates) is over, for a hover tooltip; empty
    // when nothing is. Shown by PlotInteraction on screen, never drawn into files.
    virtual QString toolTipAt(const QPointF& pixel) const
    {
        Q_UNUSED(pixel);
        return {};
    }

protected:
    // Points to device pixels for the current target (screen or export).
    double px(double points) const { return points * m_pixelsPerPoint; }
    // Size in pixels of what is being drawn (the widget, or the exported figure).
    QSize targetSize() const { return m_targetSize.isValid() ? m_targetSize : size(); }
    // Drawing for the screen (not an export): raster shortcuts are allowed.
    bool onScreen() const { return !m_targetSize.isValid(); }
    QFont font(double points, bool bold = false) const;
    QPen pen(const QColor& color, double widthPoints, Qt::PenStyle style = Qt::SolidLine) const;

    // Sets fonts, pens and marker sizes for the current px(); subclasses extend it (call
    // the base) and keep every size in points. Also called before every export.
    virtual void restyle();
    // Styles an axis: label font, tick labels, grid, base line.
    void styleAxis(QCPAxis* axis);
    // Ticks at whole numbers only (counts, slots), about tickCount of them, no sub-ticks.
    static void useIntegerTicks(QCPAxis* axis, int tickCount = 6);
    // Uses a logarithmic scale with decade ticks and readable labels on `axis`.
    static void makeLogAxis(QCPAxis* axis);
    // Sets a log axis's range and its labels: plain numbers (0.01, 1, 1000) when the range
    // is within [0.001, 100000], else powers of ten (10⁻⁵, 10⁶) throughout.
    static void setLogRange(QCPAxis* axis, double lower, double upper);
    // A positive data range widened by `padDecades` on each side and to at least
    // `minDecades` in all.
    static QCPRange paddedLogRange(QCPRange data, double padDecades = 0.12, double minDecades = 1);

    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class FigureTarget;
    void updateTitle();
    void renderTo(QCPPainter& painter, QSize size);

    QString m_title;
    QString m_subtitle;
    bool m_noData = false;
    double m_pixelsPerPoint = 96.0 / 72.0;
    QSize m_targetSize; // invalid: the widget's size
    QCPTextElement* m_titleElement = nullptr;
    QCPTextElement* m_subtitleElement = nullptr;
    QCPItemText* m_noDataText = nullptr;
};

} // namespace traceload

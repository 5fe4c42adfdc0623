#include "charts/plot_interaction.h"

#include "charts/figure.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace traceload {

namespace {

// One wheel notch (120 units) zooms in by this factor of the range.
constexpr double zoomPerNotch = 0.85;

} // namespace

PlotInteraction::PlotInteraction(Figure* figure) : QObject(figure), m_figure(figure)
{
    figure->setMouseTracking(true);
    figure->installEventFilter(this);
    for (QCPAxisRect* rect : figure->axisRects())
        for (QCPAxis* axis : rect->axes())
            connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
                if (!m_applying)
                    m_zoomed = false;
            });
}

void PlotInteraction::rememberHome()
{
    if (m_zoomed)
        return;
    m_home.clear();
    for (QCPAxisRect* rect : m_figure->axisRects())
        for (QCPAxis* axis : rect->axes())
            m_home.push_back({axis, {axis->range().lower, axis->range().upper}});
    m_zoomed = true;
}

void PlotInteraction::resetView()
{
    if (!m_zoomed)
        return;
    m_applying = true;
    for (const auto& [axis, range] : m_home)
        if (axis)
            axis->setRange(range.first, range.second);
    m_applying = false;
    m_zoomed = false;
    replot();
}

void PlotInteraction::zoom(QCPAxisRect* rect, const QPointF& pixel, double factor)
{
    rememberHome();
    m_applying = true;
    for (QCPAxis* axis : rect->axes(QCPAxis::atBottom | QCPAxis::atLeft)) {
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        axis->scaleRange(factor, axis->pixelToCoord(horizontal ? pixel.x() : pixel.y()));
    }
    m_applying = false;
    replot();
}

void PlotInteraction::pan(const QPointF& pixel)
{
    m_applying = true;
    for (const auto& [axis, start] : m_dragStartRanges) {
        if (!axis)
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const double from = horizontal ? m_dragStart.x() : m_dragStart.y();
        const double to = horizontal ? pixel.x() : pixel.y();
        // Measure the drag against the ranges at its start, so it does not accumulate.
        axis->setRange(start.first, start.second);
        if (axis->scaleType() == QCPAxis::stLogarithmic) {
            const double ratio = axis->pixelToCoord(from) / axis->pixelToCoord(to);
            axis->setRange(start.first * ratio, start.second * ratio);
        } else {
            const double shift = axis->pixelToCoord(from) - axis->pixelToCoord(to);
            axis->setRange(start.first + shift, start.second + shift);
        }
    }
    m_applying = false;
    replot();
}

void PlotInteraction::showToolTip(const QPointF& pixel, const QPoint& globalPos)
{
    const QString text = m_figure->hasNoData() ? QString() : m_figure->toolTipAt(pixel);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, m_figure);
}

void PlotInteraction::replot()
{
    m_figure->replot(QCustomPlot::rpQueuedReplot);
}

bool PlotInteraction::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_figure)
        return false;
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        QCPAxisRect* rect = m_figure->axisRectAt(wheel->position());
        if (!rect || m_figure->hasNoData())
            return false;
        zoom(rect, wheel->position(), std::pow(zoomPerNotch, wheel->angleDelta().y() / 120.0));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        QCPAxisRect* rect = m_figure->axisRectAt(mouse->position());
        if (mouse->button() != Qt::LeftButton || !rect || m_figure->hasNoData())
            return false;
        m_dragRect = rect;
        m_dragStart = mouse->position();
        m_dragStartRanges.clear();
        for (QCPAxis* axis : rect->axes(QCPAxis::atBottom | QCPAxis::atLeft))
            m_dragStartRanges.push_back({axis, {axis->range().lower, axis->range().upper}});
        QToolTip::hideText();
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_dragRect && (mouse->buttons() & Qt::LeftButton)) {
            rememberHome();
            pan(mouse->position());
            return true;
        }
        showToolTip(mouse->position(), mouse->globalPosition().toPoint());
        return false;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragRect) {
            m_dragRect = nullptr;
            return true;
        }
        return false;
    case QEvent::MouseButtonDblClick:
        m_dragRect = nullptr;
        resetView();
        return true;
    case QEvent::Leave:
        QToolTip::hideText();
        return false;
    default:
        return false;
    }
}

} // namespace traceload

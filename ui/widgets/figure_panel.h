#pragma once

#include "charts/figure.h"

#include <QWidget>
#include <memory>

namespace traceload {

// Hosts one analysis figure on a page: swaps it when new data arrives, makes it
// interactive (zoom, pan, hover tooltips) and exports it as PNG, PDF or SVG through the
// same Figure::save() that `--batch plot` uses (context menu, or exportFigure()).
class FigurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FigurePanel(QWidget* parent = nullptr);

    void setFigure(std::unique_ptr<Figure> figure);
    Figure* figure() const { return m_figure; }
    // Asks for a file (window-modal, no nested event loop) and writes the figure there.
    void exportFigure();

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    Figure* m_figure = nullptr; // owned through the layout
};

} // namespace traceload

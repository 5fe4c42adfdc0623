#include "figure_panel.h"

#include "charts/export_dialog.h"
#include "charts/plot_interaction.h"
#include "common/input_error.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPointer>
#include <QVBoxLayout>

namespace traceload {

FigurePanel::FigurePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setMinimumSize(320, 220);
}

void FigurePanel::setFigure(std::unique_ptr<Figure> figure)
{
    delete m_figure;
    m_figure = figure.release();
    if (!m_figure)
        return;
    m_figure->setParent(this);
    new PlotInteraction(m_figure); // screen only: exports stay as drawn
    layout()->addWidget(m_figure);
    m_figure->setContextMenuPolicy(Qt::NoContextMenu); // ours, below
}

void FigurePanel::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_figure)
        return;
    auto* menu = new QMenu(this); // popup(), not exec(): no nested event loop
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Export figure…"), this, &FigurePanel::exportFigure);
    if (auto* interaction = m_figure->findChild<PlotInteraction*>())
        menu->addAction(tr("Reset view"), interaction, &PlotInteraction::resetView);
    menu->popup(event->globalPos());
}

void FigurePanel::exportFigure()
{
    if (!m_figure)
        return;
    askForExportPath(
        window(), tr("Export figure"),
        [figure = QPointer<Figure>(m_figure)](const QString& path, const FigureExport& options) {
            if (!figure)
                return tr("the figure was replaced meanwhile");
            try {
                figure->save(path, options);
                return QString();
            } catch (const InputError& e) {
                return e.toString();
            }
        },
        [self = QPointer<FigurePanel>(this)](const QString& path, const QString& error) {
            if (!self)
                return;
            if (error.isEmpty())
                emit self->exported(path);
            else
                emit self->exportFailed(error);
        });
}

} // namespace traceload

#include "figure_panel.h"

#include "charts/plot_interaction.h"
#include "common/input_error.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
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
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("folders/figures")).toString();
    auto* dialog =
        new QFileDialog(window(), tr("Export figure"), folder,
                        tr("PNG image (*.png);;PDF document (*.pdf);;SVG image (*.svg)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QSettings().setValue(QStringLiteral("folders/figures"), QFileInfo(path).absolutePath());
        FigureExport options;
        const auto format = figureFormatFromName(QFileInfo(path).suffix().toLower());
        options.format = format.value_or(FigureFormat::Png);
        try {
            m_figure->save(path, options);
            emit exported(path);
        } catch (const InputError& e) {
            emit exportFailed(e.toString());
        }
    });
    dialog->open();
}

} // namespace traceload

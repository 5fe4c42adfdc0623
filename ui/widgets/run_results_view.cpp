#include "run_results_view.h"

#include "charts/figure_set.h"
#include "charts/run_overlay_plot.h"
#include "run_summary_panel.h"
#include "widgets/figure_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace traceload {

QString RunView::label() const
{
    const QFileInfo info(folder);
    return info.fileName().isEmpty() ? folder : info.fileName();
}

RunResultsView::RunResultsView(QWidget* parent)
    : QWidget(parent), m_summary(new RunSummaryPanel(this)), m_tabs(new QTabWidget(this)),
      m_compareCdf(new FigurePanel(this)), m_compareRates(new FigurePanel(this))
{
    // One figure per tab: the figures are made for a full plot area, not for thumbnails.
    const QString titles[] = {tr("Latency CDF"), tr("Latency"), tr("Rates"), tr("Lateness"),
                              tr("Cold starts")};
    for (const QString& title : titles) {
        auto* panel = new FigurePanel(m_tabs);
        m_runPanels.push_back(panel);
        m_tabs->addTab(panel, title);
    }
    m_tabs->addTab(m_compareCdf, tr("Compare: latency"));
    m_tabs->addTab(m_compareRates, tr("Compare: rates"));
    m_tabs->setDocumentMode(true);
    // The summary above the figures, which need the page's whole width to be readable.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_summary);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    split->setSizes({250, 600});
    m_summary->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    for (FigurePanel* panel : {m_compareCdf, m_compareRates})
        connect(panel, &FigurePanel::exported, this, &RunResultsView::exported);
    for (FigurePanel* panel : m_runPanels) {
        connect(panel, &FigurePanel::exported, this, &RunResultsView::exported);
        connect(panel, &FigurePanel::exportFailed, this, &RunResultsView::exportFailed);
    }
    drawComparison();
}

void RunResultsView::showRun(RunView run)
{
    if (m_shown && QDir(m_shown->folder) != QDir(run.folder))
        m_compare = std::move(m_shown);
    m_shown = std::move(run);
    m_summary->showRun(m_shown->folder, *m_shown->series,
                       m_shown->report ? &*m_shown->report : nullptr, m_shown->warnings);
    FigureSet set = figures::run(*m_shown->series);
    m_runStems.clear();
    for (std::size_t i = 0; i < set.size() && i < m_runPanels.size(); ++i) {
        m_runStems << set[i].fileStem;
        m_runPanels[i]->setFigure(std::move(set[i].figure));
    }
    drawComparison();
    if (m_tabs->currentIndex() >= int(m_runPanels.size()))
        m_tabs->setCurrentIndex(0);
}

void RunResultsView::setComparison(RunView other)
{
    m_compare = std::move(other);
    drawComparison();
    showComparisonTab();
}

void RunResultsView::showComparisonTab()
{
    m_tabs->setCurrentWidget(m_compareCdf);
}

void RunResultsView::drawComparison()
{
    std::vector<RunOverlayPlot::Run> runs;
    for (const std::optional<RunView>* v : {&m_compare, &m_shown})
        if (*v)
            runs.push_back({(*v)->label(), (*v)->series.get()});
    if (runs.size() == 2 && runs[0].label == runs[1].label) {
        runs[0].label = QDir::toNativeSeparators(m_compare->folder);
        runs[1].label = QDir::toNativeSeparators(m_shown->folder);
    }
    auto cdf = std::make_unique<RunOverlayPlot>(RunOverlayPlot::Kind::LatencyCdf);
    cdf->setRuns(runs);
    m_compareCdf->setFigure(std::move(cdf));
    auto rates = std::make_unique<RunOverlayPlot>(RunOverlayPlot::Kind::Rates);
    rates->setRuns(runs);
    m_compareRates->setFigure(std::move(rates));
}

QList<FigurePanel*> RunResultsView::figurePanels() const
{
    QList<FigurePanel*> panels;
    for (FigurePanel* p : m_runPanels)
        if (p->figure())
            panels << p;
    if (m_shown)
        panels << m_compareCdf << m_compareRates;
    return panels;
}

QStringList RunResultsView::exportFigures(const QString& folder, const FigureExport& options) const
{
    QStringList written;
    const QDir dir(folder);
    const QString suffix = u'.' + figureSuffix(options.format);
    for (std::size_t i = 0; i < m_runPanels.size() && i < std::size_t(m_runStems.size()); ++i) {
        if (!m_runPanels[i]->figure())
            continue;
        const QString path = dir.filePath(m_runStems[qsizetype(i)] + suffix);
        m_runPanels[i]->figure()->save(path, options);
        written << path;
    }
    if (m_shown && m_compare) {
        for (const auto& [panel, stem] : {std::pair{m_compareCdf, "compare-latency-cdf"},
                                          std::pair{m_compareRates, "compare-rates"}}) {
            const QString path = dir.filePath(QLatin1String(stem) + suffix);
            panel->figure()->save(path, options);
            written << path;
        }
    }
    return written;
}

} // namespace traceload

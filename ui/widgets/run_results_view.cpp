#include "run_results_view.h"

#include "charts/figure_set.h"
#include "charts/run_overlay_plot.h"
#include "run_summary_panel.h"
#include "widgets/figure_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
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
    auto* figures = new QWidget(this);
    auto* grid = new QGridLayout(figures);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 5; ++i) {
        auto* panel = new FigurePanel(figures);
        panel->setMinimumSize(240, 180);
        m_runPanels.push_back(panel);
        // CDF and rates large on top, the three time series below.
        if (i < 2)
            grid->addWidget(panel, 0, i * 3, 1, 3);
        else
            grid->addWidget(panel, 1, (i - 2) * 2, 1, 2);
    }
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_summary);
    split->addWidget(figures);
    split->setStretchFactor(1, 3);
    m_summary->setMinimumWidth(260);

    auto* compare = new QWidget(this);
    auto* compareLayout = new QHBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compareCdf);
    compareLayout->addWidget(m_compareRates);

    m_tabs->addTab(split, tr("Summary and figures"));
    m_tabs->addTab(compare, tr("Compare runs"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
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
    m_tabs->setCurrentIndex(1);
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

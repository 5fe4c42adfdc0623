#pragma once

#include "charts/figure_export.h"
#include "report/run_report.h"
#include "report/run_series.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>

class QTabWidget;

namespace traceload {

class FigurePanel;
class RunSummaryPanel;

// One run as the Run page shows it once it has ended: its folder, its figure data (from
// memory or from invocations.csv) and its summary (from the run or from summary.json).
struct RunView
{
    QString folder;
    std::shared_ptr<const RunSeries> series;
    std::optional<RunReport> report; // none: the folder has no (readable) summary.json
    QStringList warnings;

    QString label() const; // the folder's name
};

// A finished run: the summary panel next to the run figures that `--batch plot --run`
// writes (latency CDF, latency over time, rates, lateness, cold starts; one tab each), and
// two more tabs that overlay the latency CDFs and rates of this run and the one shown
// before it.
class RunResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunResultsView(QWidget* parent = nullptr);

    // Shows `run`; the run shown until now becomes the comparison (unless it is the same
    // folder).
    void showRun(RunView run);
    // Compares the shown run with `other` instead.
    void setComparison(RunView other);
    const RunView* shown() const { return m_shown ? &*m_shown : nullptr; }
    const RunView* comparison() const { return m_compare ? &*m_compare : nullptr; }

    RunSummaryPanel* summary() const { return m_summary; }
    QList<FigurePanel*> figurePanels() const; // those that hold a figure
    // Writes every figure into `folder` as <stem>.<format>; returns the paths written.
    // Throws InputError for a file that cannot be written.
    QStringList exportFigures(const QString& folder, const FigureExport& options) const;
    void showComparisonTab();

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    void drawComparison();

    RunSummaryPanel* m_summary;
    QTabWidget* m_tabs;
    std::vector<FigurePanel*> m_runPanels;
    QStringList m_runStems;
    FigurePanel* m_compareCdf;
    FigurePanel* m_compareRates;
    std::optional<RunView> m_shown, m_compare;
};

} // namespace traceload

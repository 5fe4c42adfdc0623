#pragma once

#include "stage_page.h"

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace traceload {

class FigurePanel;
class FunctionFilterModel;
class TraceFunctionModel;

// The trace: its folder and reading options (slot length, strictness, the day of a folder
// in the release's layout when it holds several, and how per-application memory becomes a
// function's), a sortable, filterable table of its functions, the memory and duration
// histograms (bins where proxies exist marked) and the selected function's invocations per
// slot.
class TracePage : public StagePage
{
    Q_OBJECT
public:
    TracePage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    QList<FigurePanel*> figurePanels() const override;
    QTableView* table() const { return m_table; }
    // The day chooser (hidden unless the folder holds several days) and the app-memory rule.
    QComboBox* dayCombo() const { return m_day; }
    QComboBox* appMemoryCombo() const { return m_appMemory; }

signals:
    void openTraceRequested();

protected:
    void refresh() override;

private:
    void showSelectedFunction();
    void updateDays(const Workspace& w);
    QString readingText(const Trace& trace) const;
    // Builds the table of `trace` off the GUI thread and shows it when done (unless a newer
    // trace replaced it meanwhile).
    void buildTable(const std::shared_ptr<const Trace>& trace, int percentile);

    QLabel* m_path;
    QComboBox* m_granularity;
    QCheckBox* m_strict;
    QLabel* m_dayLabel;
    QComboBox* m_day;
    QComboBox* m_appMemory;
    QString m_daysOf; // the folder m_day lists the days of
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTableView* m_table;
    TraceFunctionModel* m_model;
    FunctionFilterModel* m_sorted;
    FigurePanel* m_memory;
    FigurePanel* m_duration;
    FigurePanel* m_selected;
    // What the figures were last drawn from, so that a status change alone redraws nothing.
    const void* m_drawnTrace = nullptr;
    const void* m_drawnProxies = nullptr;
    int m_drawnPercentile = -1;
    std::shared_ptr<const Trace> m_tableInProgress;
};

} // namespace traceload

#pragma once

#include "stage_page.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace traceload {

class FigurePanel;
class FunctionFilterModel;
class ProxyModel;

// The proxy functions: the profile and config in use, a table of the proxies (memory,
// duration, CPU at the mapping percentile), their distributions, and the selected proxy's
// Knative YAML and the deployment commands its config runs.
class ProxiesPage : public StagePage
{
    Q_OBJECT
public:
    ProxiesPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    QList<FigurePanel*> figurePanels() const override;

signals:
    void openProfileRequested();
    void openConfigRequested();

protected:
    void refresh() override;

private:
    void showSelectedProxy();

    QLabel* m_profile;
    QLabel* m_config;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTableView* m_table;
    ProxyModel* m_model;
    FunctionFilterModel* m_sorted;
    QPlainTextEdit* m_details;
    FigurePanel* m_memory;
    FigurePanel* m_duration;
    FigurePanel* m_cpu;
    const void* m_drawn = nullptr;
    int m_drawnPercentile = -1;
};

} // namespace traceload

#pragma once

#include "pipeline/pipeline.h"

#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace traceload {

class FigurePanel;
class StageJobRunner;

// A page of the workbench for one pipeline stage: a header with the page's title, whether
// its inputs are ready and what is stale, an error banner naming file, line and field, and
// the page's content below. Pages read the Pipeline and edit its workspace; they never run
// work in the GUI thread.
class StagePage : public QWidget
{
    Q_OBJECT
public:
    StagePage(Stage stage, Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    Stage stage() const { return m_stage; }
    QString title() const;
    // The figures the page shows, for File > Export figure.
    virtual QList<FigurePanel*> figurePanels() const { return {}; }

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    Pipeline* pipeline() const { return m_pipeline; }
    StageJobRunner* jobs() const { return m_jobs; }
    QVBoxLayout* contentLayout() const { return m_content; }
    // Applies one change to the workspace (the stages it affects become stale).
    void editWorkspace(const std::function<void(Workspace&)>& edit);
    // Called when any stage's value or status changed (and once at start): update views.
    virtual void refresh() = 0;
    // Routes a panel's export results to the window's log.
    void watchExports(FigurePanel* panel);
    // refresh() now when the page is shown, else when it next is.
    void refreshWhenShown();
    void showEvent(QShowEvent* event) override;

private:
    void updateHeader();

    Stage m_stage;
    Pipeline* m_pipeline;
    StageJobRunner* m_jobs;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_error;
    QVBoxLayout* m_content;
    bool m_refreshPending = false;
};

} // namespace traceload

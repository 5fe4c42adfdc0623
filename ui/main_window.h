#pragma once

#include "pipeline/input_kind.h"
#include "pipeline/pipeline.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <array>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace traceload {

class AutoRecompute;
class LogPanel;
class OpenUrlDialog;
class StageJobRunner;
class StagePage;

// The workbench: one page per pipeline stage (Trace, Proxies, Mapping, Load, Deploy, Run)
// around one Pipeline, a log panel, and a status bar with the running job's progress and a
// cancel button. Inputs open through dialogs, drag and drop, the recent-files menu and the
// command line; a workspace file saves and restores the whole setup.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Pipeline* pipeline() const { return m_pipeline; }
    StageJobRunner* jobs() const { return m_jobs; }
    LogPanel* log() const { return m_log; }
    StagePage* page(Stage stage) const { return m_pages[std::size_t(stage)]; }
    void showStage(Stage stage);
    Stage currentStage() const;

    // Opens whatever `path` is (trace folder, profile, config, mapping, load, workspace);
    // false (and a message in the log) when it is none of these.
    bool openPath(const QString& path);
    bool openPath(const QString& path, InputKind kind);
    // File -> Open URL: shows the (non-modal) dialog that downloads a trace archive and opens
    // its folder; the same dialog while one is open.
    OpenUrlDialog* showOpenUrlDialog();
    // Reads a workspace file; on error the message names the file and JSON path and the
    // current setup stays.
    bool openWorkspace(const QString& path);
    // Writes the workspace; false (and a logged error) when it cannot be written.
    bool saveWorkspace(const QString& path);
    QString workspacePath() const { return m_workspacePath; }
    // Writes the current load / mapping off the GUI thread; `done` gets the error or "".
    void exportLoad(const QString& path, std::function<void(const QString&)> done = {});
    void exportMapping(const QString& path, std::function<void(const QString&)> done = {});

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void connectJobs();
    void updateNavigation(Stage stage);
    void updateTitle();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void askForPath(InputKind kind);
    // The day to read when opening `folder`: 0 unless it holds several days of the release.
    int chooseDay(const QString& folder, int current);
    void askForSavePath(const QString& title, const QString& filter, const QString& suffix,
                        std::function<void(const QString&)> accept);
    void exportPageFigures();
    // Writes a file of a current stage's value off the GUI thread, logging the outcome.
    void writeStageFile(Stage stage, const QString& path,
                        std::function<void(const JobControl&)> write,
                        std::function<void(const QString&)> done);
    void reportTrace();

    Pipeline* m_pipeline;
    StageJobRunner* m_jobs;
    AutoRecompute* m_auto;
    LogPanel* m_log;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    std::array<StagePage*, kStageCount> m_pages{};
    QMenu* m_recentMenu = nullptr;
    QLabel* m_jobLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QString m_workspacePath;
    Workspace m_savedWorkspace;
    QPointer<OpenUrlDialog> m_urlDialog;
    const void* m_reportedTrace = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace traceload

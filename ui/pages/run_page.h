#pragma once

#include "charts/figure_export.h"
#include "deploy/deployment_backend.h"
#include "report/run_outcome.h"
#include "stage_page.h"

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace traceload {

class InvokerRunner;
class LiveRunPanel;
class RunResultsView;
class ThresholdList;
struct Deployment;
struct RunResult;
struct RunView;

// The run: replays the current load open-loop against the current deployment (its
// emulator's address for the local backend; endpoints dialled as named otherwise) with the
// workspace's speedup, call timeout, thresholds and output folder. Live charts while it
// runs (InvokerRunner's snapshots, a few a second); at the end the run folder that
// `--batch invoke` writes (via concludeRun(), off the GUI thread, with load.json next to
// it as `--batch run` does), a summary with the threshold verdicts, the run figures, and
// the run stored in the Pipeline. Past run folders open here too, and two runs overlay.
// Stopping (button, or closing the window through finishThen()) writes partial results
// whose counts add up, then tears the deployment down when asked to.
class RunPage : public StagePage
{
    Q_OBJECT
public:
    RunPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);
    ~RunPage() override;

    QList<FigurePanel*> figurePanels() const override;

    // What a run still needs ("deploy first", a bad threshold, …); empty when Start works.
    QString missing() const;
    bool isRunning() const; // the invoker is running
    bool isBusy() const;    // preparing, running, writing the run folder or tearing down

    void start();
    void stop();
    // Stops a run in progress, lets its files be written (and the teardown run, when
    // asked), then calls `then`; at once when nothing is going on.
    void finishThen(std::function<void()> then);
    // Tear the deployment down when a run ends (however it ends).
    void setTeardownAfterRun(bool teardown);

    // Shows a run folder (invocations.csv, summary.json): read off the GUI thread; the run
    // shown before becomes the comparison. `compare`: only compare it with the shown run.
    void openRunFolder(const QString& folder, bool compare = false);
    // Asks for a run folder (window-modal, no nested event loop).
    void askForRunFolder(bool compare = false);
    // Writes every chart (live and results) into `folder`; returns the paths written.
    QStringList exportCharts(const QString& folder, const FigureExport& options);

    LiveRunPanel* livePanel() const { return m_live; }
    RunResultsView* results() const { return m_results; }
    QString currentRunFolder() const { return m_runDir; } // of the run last started

signals:
    void runFinished(const QString& folder); // its files are written
    void runFailed(const QString& message);
    void runFolderShown(const QString& folder);
    void info(const QString& text);
    void error(const QString& text);

protected:
    void refresh() override;

private:
    enum class State
    {
        Idle,
        Preparing, // writing load.json
        Running,
        Concluding, // writing the run folder
        TearingDown
    };
    void setState(State state);
    void updateControls();
    QString plan() const;
    QString resolvedOutDir() const;
    void onFinished(std::shared_ptr<RunResult> result);
    void onFailed(const QString& message);
    void afterRun();
    void askForExport(FigureFormat format);

    QDoubleSpinBox* m_speedup;
    QDoubleSpinBox* m_timeout;
    QLineEdit* m_outDir;
    ThresholdList* m_thresholds;
    QCheckBox* m_teardown;
    QPushButton* m_start;
    QPushButton* m_stop;
    QLabel* m_needs;
    QTabWidget* m_tabs;
    LiveRunPanel* m_live;
    RunResultsView* m_results;
    InvokerRunner* m_runner;

    State m_state = State::Idle;
    bool m_stopRequested = false;
    QByteArray m_runKey;
    QString m_runDir;
    RunFolderOptions m_folderOptions;
    DeploySettings m_teardownSettings;
    std::shared_ptr<const Deployment> m_runDeployment; // what this run dialled, if anything
    const void* m_tornDown = nullptr;                  // a deployment torn down after a run
    std::vector<std::function<void()>> m_whenIdle;
};

} // namespace traceload

#pragma once

#include "stage_page.h"

#include <QElapsedTimer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace traceload {

struct ExistingDeployment;
class ServiceStateModel;

// Deploying the proxies: the backend (local, Knative, dry run) and the options of
// `--batch deploy` (saved in the workspace); the exact commands a deployment will run,
// shown before it runs (Knative's config.json shell commands need a confirmation); a
// per-service table (pending, applying, ready, failed, time), the command log with each
// command's exit status, progress and cancel; teardown of what the build folder's record
// lists. A deployment already recorded in the build folder is shown as such (its services,
// whether its emulator process is alive).
class DeployPage : public StagePage
{
    Q_OBJECT
public:
    DeployPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    ServiceStateModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;   // the line under the buttons
    QString commandLog() const;   // the command log, plain text
    QString previewText() const;  // the commands shown before deploying
    QString existingText() const; // what the build folder's record says
    bool isDeploying() const { return m_deploying; }
    bool isTearingDown() const { return m_tearingDown; }

    void deploy();   // what the Deploy button does
    void cancel();   // the Cancel button
    void teardown(); // the Tear down button

protected:
    void refresh() override;
    void showEvent(QShowEvent* event) override;

private:
    // The workspace's build folder as an absolute path (relative: to the working folder).
    static QString absoluteBuildDir(const Workspace& workspace);
    void showWorkspace();
    void showExisting();
    void showPreview();
    void updateButtons();
    void updateProgress();
    void appendLog(const QString& text);
    void setStatus(const QString& text);
    void browseBuildFolder();
    void deploymentEnded(const QString& status);

    QComboBox* m_backend;
    QLabel* m_config;
    QLineEdit* m_buildDir;
    QPushButton* m_browse;
    QSpinBox* m_jobs;
    QSpinBox* m_readyTimeout;
    QCheckBox* m_shareProxies;
    QCheckBox* m_deleteExisting;
    QLabel* m_existing;
    QPlainTextEdit* m_preview;
    QLabel* m_shellWarning;
    QCheckBox* m_confirm;
    QPushButton* m_deploy;
    QPushButton* m_cancel;
    QPushButton* m_teardown;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_counts;
    QTableView* m_table;
    ServiceStateModel* m_model;
    QPlainTextEdit* m_log;
    QTimer m_ticker; // the elapsed time while deploying

    bool m_deploying = false;
    bool m_tearingDown = false;
    bool m_liveRun = false;      // the table shows this session's deployment, not the record
    bool m_needsConfirm = false; // the preview lists shell commands
    bool m_hasRecord = false;
    bool m_dirty = true;        // the workspace changed while the page was hidden
    QString m_shellCommands;    // the shell commands the confirmation was given for
    QString m_deployedBuildDir; // absolute; of the last deployment that finished here
    QByteArray m_liveKey;       // the Deployment input key the live table was made for
    QByteArray m_recordKey;     // the record (and emulator state) the table shows
    QByteArray m_previewKey;    // the inputs the preview was made for
    QElapsedTimer m_clock;
};

} // namespace traceload

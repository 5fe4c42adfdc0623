#include "main_window.h"

#include "common/input_error.h"
#include "jobs/auto_recompute.h"
#include "jobs/stage_job_runner.h"
#include "load/load_file.h"
#include "mapping/mapper.h"
#include "pages/deploy_page.h"
#include "pages/load_page.h"
#include "pages/mapping_page.h"
#include "pages/proxies_page.h"
#include "pages/run_page.h"
#include "pages/trace_page.h"
#include "widgets/figure_panel.h"
#include "widgets/log_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace traceload {

namespace {

constexpr int kMaxLoggedRows = 50;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_pipeline(new Pipeline(Workspace(), TraceWindow::Whole, this)),
      m_jobs(new StageJobRunner(m_pipeline, this)),
      m_auto(new AutoRecompute(m_pipeline, m_jobs, this)), m_log(new LogPanel(this)),
      m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_jobLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setMinimumSize(900, 600);
    m_savedWorkspace = m_pipeline->workspace();
    createPages();

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    m_navigation->setIconSize(QSize(16, 16));
    m_navigation->setFixedWidth(
        m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMM")) + 40);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("LogDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    createMenus();
    createStatusBar();
    connectJobs();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    connect(m_pipeline, &Pipeline::stageChanged, this, &MainWindow::updateNavigation);
    connect(m_pipeline, &Pipeline::workspaceChanged, this, &MainWindow::updateTitle);
    connect(m_pipeline, &Pipeline::stageChanged, this, [this](Stage stage) {
        if (stage == Stage::Trace)
            reportTrace();
    });
    for (int i = 0; i < kStageCount; ++i)
        updateNavigation(Stage(i));
    m_navigation->setCurrentRow(0);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    m_log->add(LogPanel::Level::Info,
               tr("Opened with the bundled vSwarm sample trace and profile."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto* trace = new TracePage(m_pipeline, m_jobs, this);
    auto* proxies = new ProxiesPage(m_pipeline, m_jobs, this);
    auto* mapping = new MappingPage(m_pipeline, m_jobs, this);
    auto* load = new LoadPage(m_pipeline, m_jobs, this);
    auto* deploy = new DeployPage(m_pipeline, m_jobs, this);
    auto* run = new RunPage(m_pipeline, m_jobs, this);
    m_pages = {trace, proxies, mapping, load, deploy, run};
    for (StagePage* page : m_pages) {
        m_stack->addWidget(page);
        m_navigation->addItem(page->title());
        connect(page, &StagePage::exported, this, [this](const QString& path) {
            m_log->add(LogPanel::Level::Info, tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        });
        connect(page, &StagePage::exportFailed, this,
                [this](const QString& error) { m_log->add(LogPanel::Level::Error, error); });
    }
    connect(trace, &TracePage::openTraceRequested, this,
            [this] { askForPath(InputKind::TraceFolder); });
    connect(proxies, &ProxiesPage::openProfileRequested, this,
            [this] { askForPath(InputKind::Profile); });
    connect(proxies, &ProxiesPage::openConfigRequested, this,
            [this] { askForPath(InputKind::Config); });
    connect(mapping, &MappingPage::openMappingRequested, this,
            [this] { askForPath(InputKind::Mapping); });
    connect(mapping, &MappingPage::exportMappingRequested, this, [this] {
        askForSavePath(tr("Export mapping"), tr("Mapping (*.json)"), QStringLiteral("json"),
                       [this](const QString& path) { exportMapping(path); });
    });
    connect(run, &RunPage::info, this,
            [this](const QString& text) { m_log->add(LogPanel::Level::Info, text); });
    connect(run, &RunPage::error, this,
            [this](const QString& text) { m_log->add(LogPanel::Level::Error, text); });
    connect(load, &LoadPage::exportLoadRequested, this, [this] {
        askForSavePath(tr("Export load"), tr("Load (*.json)"), QStringLiteral("json"),
                       [this](const QString& path) { exportLoad(path); });
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &Trace Folder…"), QKeySequence::Open, this,
                    [this] { askForPath(InputKind::TraceFolder); });
    file->addAction(tr("Open &URL…"), this, &MainWindow::showOpenUrlDialog);
    file->addAction(tr("Open &Profile…"), this, [this] { askForPath(InputKind::Profile); });
    file->addAction(tr("Open &Config…"), this, [this] { askForPath(InputKind::Config); });
    file->addAction(tr("Open &Mapping…"), this, [this] { askForPath(InputKind::Mapping); });
    file->addAction(tr("Open &Load…"), this, [this] { askForPath(InputKind::Load); });
    file->addAction(tr("Open R&un Folder…"), this, [this] {
        showStage(Stage::Run);
        static_cast<RunPage*>(page(Stage::Run))->askForRunFolder();
    });
    file->addAction(tr("Open &Workspace…"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), this,
                    [this] { askForPath(InputKind::Workspace); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Save Workspace"), QKeySequence::Save, this, [this] {
        if (m_workspacePath.isEmpty())
            askForSavePath(tr("Save workspace"), tr("TraceLoad workspace (*.traceload)"),
                           QStringLiteral("traceload"),
                           [this](const QString& path) { saveWorkspace(path); });
        else
            saveWorkspace(m_workspacePath);
    });
    file->addAction(tr("Save Workspace &As…"), QKeySequence::SaveAs, this, [this] {
        askForSavePath(tr("Save workspace"), tr("TraceLoad workspace (*.traceload)"),
                       QStringLiteral("traceload"),
                       [this](const QString& path) { saveWorkspace(path); });
    });
    file->addSeparator();
    file->addAction(tr("&Export Figures of This Page…"), QKeySequence(QStringLiteral("Ctrl+E")),
                    this, &MainWindow::exportPageFigures);
    file->addAction(tr("Export load.&json…"), this, [this] {
        askForSavePath(tr("Export load"), tr("Load (*.json)"), QStringLiteral("json"),
                       [this](const QString& path) { exportLoad(path); });
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Next Page"), QKeySequence(QStringLiteral("Ctrl+PgDown")), this, [this] {
        m_navigation->setCurrentRow((m_navigation->currentRow() + 1) % kStageCount);
    });
    view->addAction(tr("&Previous Page"), QKeySequence(QStringLiteral("Ctrl+PgUp")), this, [this] {
        m_navigation->setCurrentRow((m_navigation->currentRow() + kStageCount - 1) % kStageCount);
    });
    QMenu* job = menuBar()->addMenu(tr("&Job"));
    job->addAction(tr("&Cancel"), QKeySequence(Qt::Key_Escape), this, [this] {
        m_jobs->cancelAll();
        // A run stops as its Stop button stops it: the partial results are written.
        if (auto* run = static_cast<RunPage*>(page(Stage::Run)); run->isRunning())
            run->stop();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TraceLoad"), this, [this] {
        auto* box = new QMessageBox(QMessageBox::Information, tr("About TraceLoad"),
                                    tr("TraceLoad %1 replays serverless traffic: it maps a "
                                       "function trace to proxy functions, deploys them, "
                                       "generates a timestamped load and invokes it over gRPC.")
                                        .arg(QCoreApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createStatusBar()
{
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel the running job (Esc)"));
    m_cancel->setAutoRaise(true);
    statusBar()->addWidget(m_jobLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_jobs, &StageJobRunner::cancelAll);
}

void MainWindow::connectJobs()
{
    connect(m_jobs, &StageJobRunner::started, this, [this](Stage stage) {
        m_jobLabel->setText(tr("%1: computing…").arg(stageName(stage)));
    });
    connect(m_jobs, &StageJobRunner::progress, this, [this](const QString& what, double fraction) {
        if (!m_jobs->isBusy())
            return; // a late report of a job that has ended
        m_jobLabel->setText(what);
        m_progress->setValue(int(fraction * 1000));
    });
    connect(m_jobs, &StageJobRunner::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (!busy)
            m_jobLabel->setText(tr("Ready"));
    });
    connect(m_jobs, &StageJobRunner::finished, this, [this](Stage stage) {
        m_log->add(LogPanel::Level::Info, tr("%1 computed.").arg(stageName(stage)));
    });
    connect(m_jobs, &StageJobRunner::failed, this, [this](Stage stage, const QString& message) {
        m_log->add(LogPanel::Level::Error, tr("%1: %2").arg(stageName(stage), message));
        statusBar()->showMessage(message, 10000);
    });
    connect(m_jobs, &StageJobRunner::cancelled, this, [this](Stage stage) {
        m_log->add(LogPanel::Level::Info, tr("%1: cancelled.").arg(stageName(stage)));
    });
    connect(m_jobs, &StageJobRunner::message, this,
            [this](const QString& text) { m_log->add(LogPanel::Level::Info, text); });
}

void MainWindow::reportTrace()
{
    const auto trace = m_pipeline->trace();
    if (!trace || trace.get() == m_reportedTrace)
        return;
    m_reportedTrace = trace.get();
    const auto report = [this](const std::vector<TraceIssue>& issues) {
        int shown = 0;
        for (const TraceIssue& issue : issues) {
            if (++shown > kMaxLoggedRows) {
                m_log->add(LogPanel::Level::Warning,
                           tr("… and %1 more").arg(issues.size() - kMaxLoggedRows));
                break;
            }
            m_log->add(LogPanel::Level::Warning,
                       InputError(issue.file, issue.line,
                                  issue.column.isEmpty() ? issue.functionId : issue.column,
                                  issue.reason)
                           .toString());
        }
    };
    report(trace->report.skippedRows);
    report(trace->report.incompleteFunctions);
}

void MainWindow::showStage(Stage stage)
{
    m_navigation->setCurrentRow(int(stage));
}

Stage MainWindow::currentStage() const
{
    return Stage(std::max(0, m_navigation->currentRow()));
}

void MainWindow::updateNavigation(Stage stage)
{
    QListWidgetItem* item = m_navigation->item(int(stage));
    if (!item)
        return;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    QString tip;
    switch (m_pipeline->status(stage)) {
    case StageStatus::Ready:
        icon = QStyle::SP_DialogApplyButton;
        tip = tr("Up to date");
        break;
    case StageStatus::Running:
        icon = QStyle::SP_BrowserReload;
        tip = tr("Computing");
        break;
    case StageStatus::Stale:
        icon = QStyle::SP_MessageBoxWarning;
        tip = tr("Out of date");
        break;
    case StageStatus::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        tip = tr("Failed");
        break;
    case StageStatus::Empty:
        tip = tr("Not computed");
        break;
    }
    item->setIcon(icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setToolTip(tip);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspacePath.isEmpty() ? tr("Untitled workspace")
                                                   : QFileInfo(m_workspacePath).fileName();
    setWindowTitle(tr("%1[*] — TraceLoad").arg(name));
    setWindowModified(!(m_pipeline->workspace() == m_savedWorkspace));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // A run in progress is stopped and its partial results written first (no dialog).
    if (auto* run = static_cast<RunPage*>(page(Stage::Run)); run->isBusy()) {
        event->ignore();
        m_log->add(LogPanel::Level::Info,
                   tr("Stopping the run and writing its results before closing…"));
        run->finishThen([this] { close(); });
        return;
    }
    if (m_closeConfirmed || !isWindowModified() || m_workspacePath.isEmpty()) {
        m_jobs->cancelAll();
        event->accept();
        return;
    }
    // Asked window-modally (no nested event loop); the answer closes again.
    event->ignore();
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("Save the changes to %1?").arg(QFileInfo(m_workspacePath).fileName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        const auto answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !saveWorkspace(m_workspacePath))
            return;
        m_closeConfirmed = true;
        close();
    });
    box->open();
}

} // namespace traceload

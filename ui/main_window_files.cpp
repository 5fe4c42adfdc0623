// The window's file handling: opening inputs (dialogs, drag and drop, recent files, the
// command line), workspaces, and writing loads, mappings and figures off the GUI thread.
#include "common/input_error.h"
#include "jobs/stage_job_runner.h"
#include "load/load_file.h"
#include "main_window.h"
#include "mapping/mapper.h"
#include "pages/run_page.h"
#include "pages/stage_page.h"
#include "trace/trace_file_set.h"
#include "widgets/figure_panel.h"
#include "widgets/log_panel.h"
#include "widgets/open_url_dialog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <algorithm>

namespace traceload {

namespace {

constexpr int kMaxRecent = 10;

QString settingsKey(InputKind kind)
{
    switch (kind) {
    case InputKind::TraceFolder:
        return QStringLiteral("folders/trace");
    case InputKind::Profile:
        return QStringLiteral("folders/profile");
    case InputKind::Config:
        return QStringLiteral("folders/config");
    case InputKind::Mapping:
        return QStringLiteral("folders/mapping");
    case InputKind::Load:
        return QStringLiteral("folders/load");
    default:
        return QStringLiteral("folders/workspace");
    }
}

} // namespace

int MainWindow::chooseDay(const QString& folder, int current)
{
    // A folder in the release's layout with several days: `--batch` wants --day, the window
    // opens one (the day read before, if the folder has it, else the first) and the Trace
    // page offers the others.
    if (QFileInfo::exists(folder + QStringLiteral("/invocations.csv")))
        return 0;
    const std::vector<int> days = TraceFileSet::daysIn(folder);
    if (days.size() < 2)
        return 0;
    const int day =
        std::find(days.begin(), days.end(), current) != days.end() ? current : days.front();
    QStringList names;
    for (const int d : days)
        names << QString::number(d);
    m_log->add(LogPanel::Level::Info,
               tr("%1 holds days %2 of the release; reading day %3 (the Trace page offers the "
                  "others)")
                   .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral(", ")))
                   .arg(day));
    return day;
}

OpenUrlDialog* MainWindow::showOpenUrlDialog()
{
    if (!m_urlDialog) {
        m_urlDialog = new OpenUrlDialog(m_jobs, this);
        connect(m_urlDialog, &OpenUrlDialog::traceFolderReady, this,
                [this](const QString& folder) { openPath(folder, InputKind::TraceFolder); });
        connect(m_urlDialog, &OpenUrlDialog::info, this,
                [this](const QString& text) { m_log->add(LogPanel::Level::Info, text); });
        connect(m_urlDialog, &OpenUrlDialog::error, this, [this](const QString& text) {
            m_log->add(LogPanel::Level::Error, text);
            statusBar()->showMessage(text, 10000);
        });
    }
    // Non-modal (show, not open() or exec()): the window stays usable during a download.
    m_urlDialog->show();
    m_urlDialog->raise();
    m_urlDialog->activateWindow();
    return m_urlDialog;
}

bool MainWindow::openPath(const QString& path)
{
    return openPath(path, classifyInput(path));
}

bool MainWindow::openPath(const QString& path, InputKind kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Workspace w = m_pipeline->workspace();
    switch (kind) {
    case InputKind::TraceFolder:
        w.tracePath = QFileInfo(absolute).isDir() ? absolute : QFileInfo(absolute).absolutePath();
        w.overrides.clear(); // they name functions of the previous trace
        w.traceDay = chooseDay(w.tracePath, w.traceDay);
        showStage(Stage::Trace);
        break;
    case InputKind::Profile:
        w.profilePath = absolute;
        if (isBundled(w.configPath))
            w.configPath.clear(); // the bundled config's YAMLs are the bundled profile's
        showStage(Stage::Proxies);
        break;
    case InputKind::Config:
        w.configPath = absolute;
        showStage(Stage::Proxies);
        break;
    case InputKind::Mapping:
        w.mappingIn = absolute;
        showStage(Stage::Mapping);
        break;
    case InputKind::Load:
        w.loadIn = absolute;
        showStage(Stage::Load);
        break;
    case InputKind::Workspace:
        return openWorkspace(absolute);
    case InputKind::RunFolder:
        showStage(Stage::Run);
        static_cast<RunPage*>(page(Stage::Run))->openRunFolder(absolute);
        addRecent(absolute);
        return true;
    case InputKind::Unknown:
        m_log->add(LogPanel::Level::Error,
                   tr("%1: not a trace folder, profile, config, mapping, load or workspace")
                       .arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    m_log->add(LogPanel::Level::Info, tr("Opened %1").arg(QDir::toNativeSeparators(absolute)));
    addRecent(absolute);
    m_pipeline->setWorkspace(std::move(w));
    return true;
}

bool MainWindow::openWorkspace(const QString& path)
{
    try {
        Workspace w = Workspace::read(path);
        m_workspacePath = QFileInfo(path).absoluteFilePath();
        m_savedWorkspace = w;
        m_pipeline->setWorkspace(std::move(w));
        addRecent(m_workspacePath);
        m_log->add(LogPanel::Level::Info, tr("Opened workspace %1").arg(m_workspacePath));
        updateTitle();
        return true;
    } catch (const InputError& e) {
        m_log->add(LogPanel::Level::Error, e.toString());
        statusBar()->showMessage(e.toString(), 10000);
        return false;
    }
}

bool MainWindow::saveWorkspace(const QString& path)
{
    try {
        m_pipeline->workspace().write(path);
        // What the window holds from now on is what the file says (relative paths resolved
        // against the workspace's folder), so that reopening it gives the same state.
        m_pipeline->setWorkspace(Workspace::read(path));
    } catch (const InputError& e) {
        m_log->add(LogPanel::Level::Error, e.toString());
        return false;
    }
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    m_savedWorkspace = m_pipeline->workspace();
    addRecent(m_workspacePath);
    m_log->add(LogPanel::Level::Info, tr("Saved workspace %1").arg(m_workspacePath));
    updateTitle();
    return true;
}

void MainWindow::writeStageFile(Stage stage, const QString& path,
                                std::function<void(const JobControl&)> write,
                                std::function<void(const QString&)> done)
{
    if (m_pipeline->status(stage) != StageStatus::Ready) {
        const QString error = tr("no current %1 to export").arg(stageNoun(stage));
        m_log->add(LogPanel::Level::Error, error);
        if (done)
            done(error);
        return;
    }
    m_jobs->runFileJob(
        tr("Writing %1").arg(path), std::move(write), [this, path, done](const QString& error) {
            m_log->add(error.isEmpty() ? LogPanel::Level::Info : LogPanel::Level::Error,
                       error.isEmpty() ? tr("Wrote %1").arg(path) : error);
            if (done)
                done(error);
        });
}

void MainWindow::exportLoad(const QString& path, std::function<void(const QString&)> done)
{
    writeStageFile(
        Stage::Load, path,
        [load = m_pipeline->load(), path](const JobControl& job) {
            LoadFile::write(path, *load, job);
        },
        std::move(done));
}

void MainWindow::exportMapping(const QString& path, std::function<void(const QString&)> done)
{
    writeStageFile(
        Stage::Mapping, path,
        [mapping = m_pipeline->mapping(), path](const JobControl&) {
            MappingFile::write(path, *mapping);
        },
        std::move(done));
}

void MainWindow::exportPageFigures()
{
    StagePage* page = m_pages[std::size_t(currentStage())];
    const QList<FigurePanel*> panels = page->figurePanels();
    if (panels.isEmpty()) {
        m_log->add(LogPanel::Level::Info, tr("This page has no figures."));
        return;
    }
    if (panels.size() == 1) {
        panels.front()->exportFigure();
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Export the page's figures as PNG into a folder"),
                                   QSettings().value(QStringLiteral("folders/figures")).toString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, panels](const QString& folder) {
        QSettings().setValue(QStringLiteral("folders/figures"), folder);
        int n = 0;
        for (FigurePanel* panel : panels) {
            if (!panel->figure())
                continue;
            const QString stem =
                panel->figure()->title().isEmpty()
                    ? QStringLiteral("figure-%1").arg(++n)
                    : panel->figure()->title().toLower().replace(
                          QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
            const QString path = QDir(folder).filePath(stem + QStringLiteral(".png"));
            try {
                panel->figure()->save(path, FigureExport());
                m_log->add(LogPanel::Level::Info, tr("Wrote %1").arg(path));
            } catch (const InputError& e) {
                m_log->add(LogPanel::Level::Error, e.toString());
            }
        }
    });
    dialog->open();
}

void MainWindow::askForPath(InputKind kind)
{
    QSettings settings;
    const QString folder = settings.value(settingsKey(kind)).toString();
    auto* dialog = new QFileDialog(this);
    dialog->setDirectory(folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (kind) {
    case InputKind::TraceFolder:
        dialog->setWindowTitle(
            tr("Open a trace folder (invocations.csv, durations.csv, memory.csv)"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    case InputKind::Workspace:
        dialog->setWindowTitle(tr("Open workspace"));
        dialog->setNameFilter(tr("TraceLoad workspace (*.traceload)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    default:
        dialog->setWindowTitle(kind == InputKind::Profile   ? tr("Open a vSwarm profile.json")
                               : kind == InputKind::Config  ? tr("Open a vSwarm config.json")
                               : kind == InputKind::Mapping ? tr("Open a mapping file")
                                                            : tr("Open a load.json"));
        dialog->setNameFilter(tr("JSON (*.json)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind](const QString& path) {
        QSettings().setValue(settingsKey(kind), QFileInfo(path).absolutePath());
        openPath(path, kind);
    });
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::askForSavePath(const QString& title, const QString& filter, const QString& suffix,
                                std::function<void(const QString&)> accept)
{
    auto* dialog = new QFileDialog(
        this, title, QSettings().value(QStringLiteral("folders/save")).toString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [accept](const QString& path) {
        QSettings().setValue(QStringLiteral("folders/save"), QFileInfo(path).absolutePath());
        accept(path);
    });
    dialog->open();
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openPath(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openPath(url.toLocalFile());
        else if (isTraceUrl(url.toString())) // a link to an archive: asked, never fetched unseen
            showOpenUrlDialog()->urlEdit()->setText(url.toString());
    }
    event->acceptProposedAction();
}

} // namespace traceload

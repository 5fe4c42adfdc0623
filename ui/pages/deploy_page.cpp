#include "deploy_page.h"

#include "common/input_error.h"
#include "deploy/existing_deployment.h"
#include "jobs/stage_job_runner.h"
#include "models/service_state_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace traceload {

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

constexpr int kControlsWidth = 420;

QPlainTextEdit* monospaceView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent, QWidget* extra = nullptr)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    if (extra) {
        auto* row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(extra, 1);
        layout->addLayout(row);
    } else {
        layout->addWidget(label);
    }
    layout->addWidget(content, 1);
    return box;
}

} // namespace

QString DeployPage::absoluteBuildDir(const Workspace& w)
{
    return QDir(w.deploy.buildDir).absolutePath();
}

DeployPage::DeployPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Deployment, pipeline, jobs, parent), m_backend(new QComboBox(this)),
      m_config(new QLabel(this)), m_buildDir(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_jobs(new QSpinBox(this)),
      m_readyTimeout(new QSpinBox(this)),
      m_shareProxies(new QCheckBox(tr("One service per proxy (share proxies)"), this)),
      m_deleteExisting(new QCheckBox(tr("Delete every existing Knative service first"), this)),
      m_existing(new QLabel(this)), m_preview(monospaceView(this)),
      m_shellWarning(new QLabel(this)),
      m_confirm(new QCheckBox(tr("I have read the shell commands above; run them"), this)),
      m_deploy(new QPushButton(tr("Deploy"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_teardown(new QPushButton(tr("Tear Down"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_counts(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new ServiceStateModel(this)), m_log(monospaceView(this))
{
    m_backend->addItem(tr("Local (emulated on this machine)"), QStringLiteral("local"));
    m_backend->addItem(tr("Knative (kubectl and kn)"), QStringLiteral("knative"));
    m_backend->addItem(tr("Dry run (endpoints named, nothing started)"), QStringLiteral("dry-run"));
    m_config->setWordWrap(true);
    m_config->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buildDir->setToolTip(tr("Generated files, deploy.log and deployment.json go here; "
                              "teardown removes exactly what its deployment.json lists"));
    m_jobs->setRange(0, 1024);
    m_jobs->setSpecialValueText(tr("one per core"));
    m_jobs->setToolTip(tr("Deployment commands run in parallel (--deploy-jobs)"));
    m_readyTimeout->setRange(1, 7 * 24 * 3600);
    m_readyTimeout->setSuffix(tr(" s"));
    m_readyTimeout->setToolTip(
        tr("Knative: how long to wait for every service to be Ready (--ready-timeout)"));
    m_deleteExisting->setToolTip(tr("Runs `kn service delete --all` first (--delete-existing): "
                                    "also services this tool did not create"));
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_teardown->setObjectName(QStringLiteral("teardownButton"));
    m_deploy->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_teardown->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_teardown->setToolTip(tr("Removes exactly what the build folder's deployment.json lists"));
    for (QLabel* label : {m_existing, m_status, m_shellWarning, m_counts}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_shellWarning->hide();
    m_confirm->hide();
    m_progress->setTextVisible(false);
    m_log->setMaximumBlockCount(20000);
    m_log->setPlaceholderText(tr("The commands of a deployment and their exit status appear "
                                 "here as they run."));

    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(m_buildDir, 1);
    buildRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Backend:"), m_backend);
    form->addRow(tr("Config:"), m_config);
    form->addRow(tr("Build folder:"), buildRow);
    form->addRow(tr("Deploy jobs:"), m_jobs);
    form->addRow(tr("Ready timeout:"), m_readyTimeout);
    form->addRow(QString(), m_shareProxies);
    form->addRow(QString(), m_deleteExisting);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_teardown);

    // One form for the whole column, so that every row lines up.
    form->addRow(m_existing);
    form->addRow(m_shellWarning);
    form->addRow(m_confirm);
    form->addRow(buttons);
    form->addRow(m_progress);
    form->addRow(m_status);
    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addLayout(form);
    controlsLayout->addStretch(1);
    controls->setMaximumWidth(kControlsWidth);

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ServiceStateModel::SortRole);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // plan order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ServiceStateModel::NameColumn, 260);
    m_table->setColumnWidth(ServiceStateModel::ProxyColumn, 200);
    m_table->setColumnWidth(ServiceStateModel::StateColumn, 90);
    m_table->setColumnWidth(ServiceStateModel::TimeColumn, 70);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(tr("Commands a deployment runs, in order"), m_preview, right));
    right->addWidget(titled(tr("Services"), m_table, right, m_counts));
    right->addWidget(titled(tr("Command log"), m_log, right));
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 2);

    auto* row = new QHBoxLayout;
    row->addWidget(controls);
    row->addWidget(right, 1);
    contentLayout()->addLayout(row, 1);

    // Edits go to the workspace (saved with it); showWorkspace() writes nothing back.
    connect(m_backend, &QComboBox::activated, this, [this] {
        editWorkspace([this](Workspace& w) { w.backend = m_backend->currentData().toString(); });
    });
    connect(m_buildDir, &QLineEdit::editingFinished, this, [this] {
        const QString dir = m_buildDir->text().trimmed();
        if (!dir.isEmpty())
            editWorkspace([&dir](Workspace& w) { w.deploy.buildDir = dir; });
    });
    connect(m_browse, &QPushButton::clicked, this, &DeployPage::browseBuildFolder);
    connect(m_jobs, &QSpinBox::valueChanged, this,
            [this](int v) { editWorkspace([v](Workspace& w) { w.deploy.jobs = v; }); });
    connect(m_readyTimeout, &QSpinBox::valueChanged, this, [this](int v) {
        editWorkspace([v](Workspace& w) { w.deploy.readyTimeoutSeconds = v; });
    });
    connect(m_shareProxies, &QCheckBox::toggled, this,
            [this](bool v) { editWorkspace([v](Workspace& w) { w.shareProxies = v; }); });
    connect(m_deleteExisting, &QCheckBox::toggled, this,
            [this](bool v) { editWorkspace([v](Workspace& w) { w.deploy.deleteExisting = v; }); });
    connect(m_confirm, &QCheckBox::toggled, this, &DeployPage::updateButtons);
    connect(m_deploy, &QPushButton::clicked, this, &DeployPage::deploy);
    connect(m_cancel, &QPushButton::clicked, this, &DeployPage::cancel);
    connect(m_teardown, &QPushButton::clicked, this, &DeployPage::teardown);
    connect(m_model, &ServiceStateModel::countsChanged, this, &DeployPage::updateProgress);
    connect(pipeline, &Pipeline::workspaceChanged, this, &DeployPage::refresh);

    // The running deployment's reports (only the Deployment task sends them).
    connect(jobs, &StageJobRunner::serviceState, this, [this](const ServiceProgress& p) {
        if (m_deploying)
            m_model->apply(p);
    });
    connect(jobs, &StageJobRunner::message, this, [this](const QString& text) {
        if (m_deploying)
            appendLog(text);
    });
    connect(jobs, &StageJobRunner::finished, this, [this](Stage stage) {
        if (stage != Stage::Deployment || !m_deploying)
            return;
        m_deployedBuildDir = absoluteBuildDir(this->pipeline()->workspace());
        const auto c = m_model->counts();
        deploymentEnded(tr("Deployed in %1 s: %2 of %3 services ready.")
                            .arg(seconds(m_clock.elapsed()))
                            .arg(c.ready)
                            .arg(c.total()));
    });
    connect(jobs, &StageJobRunner::failed, this, [this](Stage stage, const QString& message) {
        if (stage != Stage::Deployment || !m_deploying)
            return;
        m_model->failUnfinished(tr("the deployment failed"));
        appendLog(tr("FAILED: %1").arg(message));
        deploymentEnded(tr("Deployment failed after %1 s (see the error above). What was "
                           "started is listed in deployment.json: Tear Down removes it.")
                            .arg(seconds(m_clock.elapsed())));
    });
    connect(jobs, &StageJobRunner::dropped, this, [this](Stage stage) {
        if (stage != Stage::Deployment || !m_deploying)
            return;
        deploymentEnded(tr("Deployed in %1 s, but an input changed meanwhile: this deployment "
                           "is not used. Deploy again for the current inputs, or Tear Down.")
                            .arg(seconds(m_clock.elapsed())));
    });
    connect(jobs, &StageJobRunner::cancelled, this, [this](Stage stage) {
        if (stage != Stage::Deployment || !m_deploying)
            return;
        m_model->failUnfinished(tr("cancelled"));
        appendLog(tr("Cancelled."));
        deploymentEnded(tr("Deployment cancelled after %1 s. What was started is listed in "
                           "deployment.json: Tear Down removes it.")
                            .arg(seconds(m_clock.elapsed())));
    });
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &DeployPage::updateProgress);
    setStatus(tr("Nothing running."));
}

QString DeployPage::statusText() const
{
    return m_status->text();
}

QString DeployPage::commandLog() const
{
    return m_log->toPlainText();
}

QString DeployPage::previewText() const
{
    return m_preview->toPlainText();
}

QString DeployPage::existingText() const
{
    return m_existing->text();
}

void DeployPage::showEvent(QShowEvent* event)
{
    StagePage::showEvent(event);
    if (m_dirty)
        refresh();
}

void DeployPage::refresh()
{
    // Another backend, build folder or mapping: the table shows what that one would do.
    if (m_liveRun && !m_deploying && pipeline()->inputKey(Stage::Deployment) != m_liveKey) {
        m_liveRun = false;
        m_recordKey.clear();
        m_previewKey.clear();
    }
    showWorkspace();
    showExisting();
    // The preview and the planned services cost a plan of every service: only when seen.
    if (isVisible()) {
        m_dirty = false;
        showPreview();
    } else {
        m_dirty = true;
    }
    updateButtons();
}

void DeployPage::showWorkspace()
{
    const Workspace& w = pipeline()->workspace();
    const QSignalBlocker b1(m_backend), b2(m_jobs), b3(m_readyTimeout), b4(m_shareProxies),
        b5(m_deleteExisting);
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(w.backend)));
    if (!m_buildDir->hasFocus())
        m_buildDir->setText(w.deploy.buildDir);
    m_jobs->setValue(w.deploy.jobs);
    m_readyTimeout->setValue(w.deploy.readyTimeoutSeconds);
    m_shareProxies->setChecked(w.shareProxies);
    m_deleteExisting->setChecked(w.deploy.deleteExisting);
    const bool knative = w.backend == u"knative";
    m_deleteExisting->setEnabled(knative);
    m_readyTimeout->setEnabled(knative);
    m_jobs->setEnabled(knative);
    if (w.configPath.isEmpty())
        m_config->setText(tr("none (no pre/post-deployment commands)"));
    else if (isBundled(w.configPath))
        m_config->setText(tr("the bundled vSwarm config.json (set on the Proxies page)"));
    else
        m_config->setText(
            tr("%1 (set on the Proxies page)").arg(QDir::toNativeSeparators(w.configPath)));
    m_config->setToolTip(knative ? tr("Its pre/post-deployment commands run with Knative")
                                 : tr("Only the Knative backend runs its commands"));
}

void DeployPage::showExisting()
{
    if (m_deploying || m_tearingDown)
        return; // the record is being rewritten; it is read again when the job ends
    const Workspace& w = pipeline()->workspace();
    const QString dir = QDir::toNativeSeparators(absoluteBuildDir(w));
    std::optional<ExistingDeployment> existing;
    try {
        existing = readExistingDeployment(w.deploy.buildDir);
    } catch (const InputError& e) {
        m_hasRecord = false;
        m_existing->setText(tr("The build folder's record cannot be read: %1").arg(e.toString()));
        return;
    }
    if (m_hasRecord != existing.has_value())
        m_previewKey.clear(); // the preview says whether a deployment is torn down first
    m_hasRecord = existing.has_value();
    if (!existing) {
        m_existing->setText(tr("Nothing is deployed from %1.").arg(dir));
        if (!m_liveRun && !m_recordKey.isEmpty()) {
            m_recordKey.clear();
            m_model->clear(); // the planned services come with the preview
        }
        return;
    }
    const DeploymentRecord& r = existing->record;
    QString text = tr("Deployed from %1: a %2 deployment (%3), created %4; services: %5, "
                      "ready: %6.")
                       .arg(dir, r.backend, r.status, r.created)
                       .arg(r.services.size())
                       .arg(r.readyServices().size());
    if (existing->hasEmulator)
        text +=
            u' ' + (existing->emulatorAlive
                        ? tr("Its emulator (pid %1) is running, serving on %2.")
                              .arg(r.emulatorPid)
                              .arg(r.connectTo)
                        : tr("Its emulator (pid %1) is not running any more.").arg(r.emulatorPid));
    else if (r.backend == u"local")
        text += u' ' + tr("No emulator process is recorded.");
    if (!r.error.isEmpty())
        text += u' ' + tr("Error: %1").arg(r.error);
    m_existing->setText(text);
    const bool served = !existing->hasEmulator || existing->emulatorAlive;
    const QByteArray key = r.toJson() + (served ? "1" : "0");
    if (!m_liveRun && key != m_recordKey) {
        m_recordKey = key;
        m_model->setRecord(r, served);
    }
}

void DeployPage::showPreview()
{
    const Workspace& w = pipeline()->workspace();
    const auto mapping = pipeline()->mapping();
    const auto proxies = pipeline()->proxies();
    const QByteArray key = pipeline()->inputKey(Stage::Deployment) +
                           QByteArray::number(quintptr(mapping.get())) +
                           (m_hasRecord ? "|record" : "|none");
    if (key == m_previewKey)
        return;
    m_previewKey = key;
    if (!mapping || !proxies) {
        m_preview->setPlainText(tr("The commands are listed once the mapping is computed."));
        m_needsConfirm = false;
        m_shellWarning->hide();
        m_confirm->hide();
        return;
    }
    DeploymentPreview preview;
    try {
        preview = previewDeployment(w, *mapping, *proxies);
    } catch (const InputError& e) {
        m_preview->setPlainText(tr("This deployment cannot run: %1").arg(e.toString()));
        m_needsConfirm = false;
        m_shellWarning->hide();
        m_confirm->hide();
        return;
    }
    if (!m_liveRun && !m_hasRecord)
        m_model->setPlan(planWorkspaceServices(w, *mapping, *proxies), proxies->catalogue);

    QStringList lines;
    for (const QString& note : preview.notes)
        lines << QStringLiteral("# ") + note;
    QStringList shell;
    for (const PlannedCommand& c : preview.commands) {
        QString line = c.command.display();
        QString comment = c.purpose;
        if (c.needsConfirmation()) {
            line = QStringLiteral("[shell] ") + line;
            comment = tr("%1 for %2, in %3")
                          .arg(c.purpose, c.service,
                               QDir::toNativeSeparators(c.command.workingDirectory));
            shell << c.command.workingDirectory + u'\n' + c.command.display();
        }
        lines << (comment.isEmpty() ? line : line + QStringLiteral("    # ") + comment);
    }
    if (preview.commands.empty())
        lines << tr("(no commands)");
    // Keep the scroll position when the text did not change (a refresh of another stage).
    const QString text = lines.join(u'\n');
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);

    m_needsConfirm = preview.needsConfirmation();
    const QString shellKey = shell.join(u'\n');
    if (shellKey != m_shellCommands) {
        // A confirmation holds for the commands that were read, not for new ones.
        m_shellCommands = shellKey;
        m_confirm->setChecked(false);
    }
    m_shellWarning->setVisible(m_needsConfirm);
    m_confirm->setVisible(m_needsConfirm);
    if (m_needsConfirm)
        m_shellWarning->setText(
            tr("Shell commands from config.json: %1. They run through bash -c with your "
               "rights (marked [shell] above); read them before deploying.")
                .arg(preview.shellCommandCount()));
}

void DeployPage::updateButtons()
{
    const bool busy = m_deploying || m_tearingDown;
    QString why;
    const bool canRun = pipeline()->canRun(Stage::Deployment, &why);
    const bool confirmed = !m_needsConfirm || m_confirm->isChecked();
    m_deploy->setEnabled(!busy && canRun && confirmed);
    m_deploy->setToolTip(!canRun      ? why
                         : !confirmed ? tr("Confirm the shell commands first")
                                      : tr("Deploy every service of the mapping"));
    m_cancel->setEnabled(m_deploying);
    m_teardown->setEnabled(!busy && m_hasRecord);
    for (QWidget* w : std::initializer_list<QWidget*>{m_backend, m_buildDir, m_browse,
                                                      m_shareProxies, m_confirm})
        w->setEnabled(!busy);
    const bool knative = pipeline()->workspace().backend == u"knative";
    m_jobs->setEnabled(!busy && knative);
    m_readyTimeout->setEnabled(!busy && knative);
    m_deleteExisting->setEnabled(!busy && knative);
}

void DeployPage::updateProgress()
{
    const auto c = m_model->counts();
    m_counts->setText(tr("services: %1 (%2 pending, %3 applying, %4 ready, %5 failed)")
                          .arg(c.total())
                          .arg(c.pending)
                          .arg(c.applying)
                          .arg(c.ready)
                          .arg(c.failed));
    if (m_tearingDown)
        return;
    // While deploying: how many services are settled; afterwards: how many are ready.
    m_progress->setRange(0, std::max(1, c.total()));
    m_progress->setValue(m_deploying ? c.ready + c.failed : c.ready);
    if (m_deploying)
        setStatus(tr("Deploying… %1 of %2 ready, %3 failed (%4 s)")
                      .arg(c.ready)
                      .arg(c.total())
                      .arg(c.failed)
                      .arg(seconds(m_clock.elapsed())));
}

void DeployPage::appendLog(const QString& text)
{
    m_log->appendPlainText(text);
}

void DeployPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace traceload

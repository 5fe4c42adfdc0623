#include "run_page.h"

#include "charts/live_chart.h"
#include "common/file_hash.h"
#include "common/input_error.h"
#include "invoke/invoker_runner.h"
#include "jobs/stage_job_runner.h"
#include "load/load_file.h"
#include "report/run_series_of_result.h"
#include "widgets/figure_panel.h"
#include "widgets/live_run_panel.h"
#include "widgets/run_results_view.h"
#include "widgets/run_summary_panel.h"
#include "widgets/threshold_list.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace traceload {

namespace {

constexpr int kSnapshotMs = 250;

bool servesEveryEndpoint(const Deployment& deployment, const Load& load)
{
    const std::set<QString> served(deployment.serviceEndpoints.begin(),
                                   deployment.serviceEndpoints.end());
    return std::all_of(load.endpoints.begin(), load.endpoints.end(),
                       [&](const QString& e) { return served.contains(e); });
}

} // namespace

RunPage::RunPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Run, pipeline, jobs, parent), m_speedup(new QDoubleSpinBox(this)),
      m_timeout(new QDoubleSpinBox(this)), m_outDir(new QLineEdit(this)),
      m_thresholds(new ThresholdList(this)),
      m_teardown(new QCheckBox(tr("Tear down after the run"), this)),
      m_start(new QPushButton(tr("Start"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_needs(new QLabel(this)), m_tabs(new QTabWidget(this)), m_live(new LiveRunPanel(this)),
      m_results(new RunResultsView(this)), m_runner(new InvokerRunner(this))
{
    m_speedup->setRange(0.001, 1e6);
    m_speedup->setDecimals(3);
    m_speedup->setSuffix(QStringLiteral("×"));
    m_speedup->setToolTip(tr("Replay the load this many times faster"));
    m_timeout->setRange(0.001, 86400);
    m_timeout->setDecimals(3);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Deadline of each call (-grpcTimeout)"));
    m_outDir->setPlaceholderText(tr("runs/<date>-<time>"));
    m_outDir->setToolTip(tr("The run folder (--out-dir); empty: a new runs/<date>-<time> "
                            "folder for every run"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the output folder"));
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browse);
    m_teardown->setToolTip(tr("Tear the deployment down when the run ends, however it ends "
                              "(finished, stopped, failed, or the window closed)"));
    m_start->setToolTip(tr("Replay the current load against the current deployment"));
    m_stop->setToolTip(tr("Stop scheduling; calls in flight get up to 5 s, then the partial "
                          "results are written"));
    auto* open = new QPushButton(tr("Open Run…"), this);
    open->setToolTip(tr("Show a run folder written by the window, --batch invoke or --batch run"));
    auto* compare = new QPushButton(tr("Compare With…"), this);
    compare->setToolTip(tr("Overlay another run's latency distribution and rates"));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export Charts"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    for (const auto& [name, format] :
         {std::pair{tr("As PNG…"), FigureFormat::Png}, std::pair{tr("As PDF…"), FigureFormat::Pdf},
          std::pair{tr("As SVG…"), FigureFormat::Svg}})
        exportMenu->addAction(name, this, [this, format] { askForExport(format); });
    exportButton->setMenu(exportMenu);
    m_needs->setWordWrap(true);
    m_needs->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A wrapped label in this column gets one line's height otherwise.
    m_needs->setMinimumHeight(m_needs->fontMetrics().lineSpacing() * 6);
    m_needs->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Speedup:"), m_speedup);
    form->addRow(tr("Call timeout:"), m_timeout);
    form->addRow(tr("Output folder:"), outRow);
    form->addRow(tr("Thresholds:"), m_thresholds);
    form->addRow(QString(), m_teardown);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    auto* more = new QHBoxLayout;
    more->addWidget(open);
    more->addWidget(compare);
    more->addWidget(exportButton);
    auto* controlsLayout = new QVBoxLayout;
    controlsLayout->addLayout(form);
    controlsLayout->addLayout(buttons);
    controlsLayout->addWidget(m_needs);
    controlsLayout->addStretch(1);
    controlsLayout->addLayout(more);
    auto* controls = new QWidget(this);
    controls->setLayout(controlsLayout);
    controls->setFixedWidth(380);

    m_tabs->addTab(m_live, tr("Live"));
    m_tabs->addTab(m_results, tr("Results"));
    auto* row = new QHBoxLayout;
    row->addWidget(controls);
    row->addWidget(m_tabs, 1);
    contentLayout()->addLayout(row, 1);
    connect(m_results, &RunResultsView::exported, this, &StagePage::exported);
    connect(m_results, &RunResultsView::exportFailed, this, &StagePage::exportFailed);
    for (LiveChart* chart : m_live->charts()) {
        connect(chart, &LiveChart::exported, this, &StagePage::exported);
        connect(chart, &LiveChart::exportFailed, this, &StagePage::exportFailed);
    }

    connect(m_speedup, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editWorkspace([v](Workspace& w) { w.speedup = v; }); });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editWorkspace([v](Workspace& w) { w.grpcTimeoutMs = int(std::llround(v * 1000)); });
    });
    connect(m_outDir, &QLineEdit::editingFinished, this, [this] {
        const QString dir = m_outDir->text().trimmed();
        editWorkspace([&dir](Workspace& w) { w.outDir = dir; });
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        auto* dialog =
            new QFileDialog(window(), tr("Output folder of the run"),
                            QSettings().value(QStringLiteral("folders/runs")).toString());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
            editWorkspace([&dir](Workspace& w) { w.outDir = dir; });
        });
        dialog->open();
    });
    connect(m_thresholds, &ThresholdList::thresholdsChanged, this, [this](const QStringList& t) {
        editWorkspace([&t](Workspace& w) { w.thresholds = t; });
    });
    connect(m_thresholds, &ThresholdList::edited, this, &RunPage::updateControls);
    connect(m_start, &QPushButton::clicked, this, &RunPage::start);
    connect(m_stop, &QPushButton::clicked, this, &RunPage::stop);
    connect(open, &QPushButton::clicked, this, [this] { askForRunFolder(false); });
    connect(compare, &QPushButton::clicked, this, [this] { askForRunFolder(true); });

    m_runner->setInterval(kSnapshotMs);
    connect(m_runner, &InvokerRunner::started, this,
            [this](quint64 scheduled, const QStringList& targets) {
                emit info(tr("Run started: %1 invocations, dialling %2")
                              .arg(scheduled)
                              .arg(targets.join(QStringLiteral(", "))));
            });
    connect(m_runner, &InvokerRunner::snapshot, m_live, &LiveRunPanel::addSnapshot);
    connect(m_runner, &InvokerRunner::finished, this, &RunPage::onFinished);
    connect(m_runner, &InvokerRunner::failed, this,
            [this](const QString& message, bool) { onFailed(message); });
    updateControls();
}

RunPage::~RunPage() = default;

QList<FigurePanel*> RunPage::figurePanels() const
{
    return m_results->figurePanels();
}

bool RunPage::isRunning() const
{
    return m_state == State::Running;
}

bool RunPage::isBusy() const
{
    return m_state != State::Idle;
}

QString RunPage::missing() const
{
    if (const QString e = m_thresholds->firstError(); !e.isEmpty())
        return tr("Fix the threshold first: %1").arg(e);
    const Workspace& w = pipeline()->workspace();
    const auto load = pipeline()->load();
    if (pipeline()->status(Stage::Load) != StageStatus::Ready || !load)
        return pipeline()->status(Stage::Load) == StageStatus::Running
                   ? tr("The load is being computed…")
                   : tr("A run needs a current load: see the Load page.");
    const bool deployed = pipeline()->status(Stage::Deployment) == StageStatus::Ready;
    const auto deployment = deployed ? pipeline()->deployment() : nullptr;
    if (deployment && deployment.get() == m_tornDown)
        return tr("The deployment was torn down after the last run: deploy again first "
                  "(Deploy page).");
    // A load made here names the services of the workspace's backend; only a deployment
    // serves them. A load.json from elsewhere is dialled as it names its endpoints.
    if (w.loadIn.isEmpty() || w.backend == u"knative") {
        if (w.backend == u"dry-run" || (deployment && deployment->backend == u"dry-run"))
            return tr("The dry-run backend only names the services: choose the local (or "
                      "Knative) backend and deploy first (Deploy page).");
        if (!deployment)
            return pipeline()->status(Stage::Deployment) == StageStatus::Running
                       ? tr("Deploying… the run can start once the services are up.")
                       : tr("Deploy first (Deploy page): the load's endpoints are the %1 "
                            "backend's services.")
                             .arg(w.backend);
    }
    return {};
}

QString RunPage::resolvedOutDir() const
{
    const QString dir = pipeline()->workspace().outDir;
    return QDir::current().absoluteFilePath(
        dir.isEmpty() ? QStringLiteral("runs/%1").arg(QDateTime::currentDateTime().toString(
                            QStringLiteral("yyyyMMdd-HHmmss")))
                      : dir);
}

QString RunPage::plan() const
{
    const Workspace& w = pipeline()->workspace();
    const auto load = pipeline()->load();
    const auto deployment = pipeline()->deployment();
    const double windowS = double(load->timeSlots.size()) * double(load->slotLengthUs) / 1e6;
    const bool viaEmulator = deployment && !deployment->connectTo.isEmpty() &&
                             pipeline()->status(Stage::Deployment) == StageStatus::Ready &&
                             servesEveryEndpoint(*deployment, *load);
    return tr("Ready: %1 invocations in %2 slots, replayed %3× faster (about %4 s), %5. "
              "Results into %6.")
        .arg(QLocale().toString(qulonglong(load->invocationCount())))
        .arg(load->timeSlots.size())
        .arg(w.speedup)
        .arg(windowS / w.speedup, 0, 'f', 1)
        .arg(viaEmulator ? tr("every call to %1").arg(deployment->connectTo)
                         : tr("endpoints dialled as named, port 80"))
        .arg(w.outDir.isEmpty() ? tr("a new runs/<date>-<time> folder")
                                : QDir::toNativeSeparators(w.outDir));
}

void RunPage::refresh()
{
    const Workspace& w = pipeline()->workspace();
    {
        const QSignalBlocker b1(m_speedup), b2(m_timeout);
        m_speedup->setValue(w.speedup);
        m_timeout->setValue(w.grpcTimeoutMs / 1000.0);
        if (!m_outDir->hasFocus())
            m_outDir->setText(w.outDir);
    }
    m_thresholds->setThresholds(w.thresholds);
    updateControls();
}

void RunPage::updateControls()
{
    const bool idle = m_state == State::Idle;
    const QString why = missing();
    m_start->setEnabled(idle && why.isEmpty());
    m_stop->setEnabled(m_state == State::Preparing || m_state == State::Running);
    for (QWidget* editor : std::initializer_list<QWidget*>{m_speedup, m_timeout, m_outDir})
        editor->setEnabled(idle);
    m_thresholds->setEditable(idle);
    switch (m_state) {
    case State::Idle:
        m_needs->setText(why.isEmpty() ? plan() : why);
        break;
    case State::Preparing:
        m_needs->setText(tr("Writing load.json into %1…").arg(QDir::toNativeSeparators(m_runDir)));
        break;
    case State::Running:
        m_needs->setText(m_stopRequested
                             ? tr("Stopping: calls in flight get up to 5 s…")
                             : tr("Running into %1.").arg(QDir::toNativeSeparators(m_runDir)));
        break;
    case State::Concluding:
        m_needs->setText(tr("Writing the run folder %1…").arg(QDir::toNativeSeparators(m_runDir)));
        break;
    case State::TearingDown:
        m_needs->setText(tr("Tearing the deployment down…"));
        break;
    }
}

void RunPage::setState(State state)
{
    m_state = state;
    updateControls();
    if (state != State::Idle)
        return;
    m_stopRequested = false;
    auto callbacks = std::move(m_whenIdle);
    m_whenIdle.clear();
    for (auto& then : callbacks)
        then();
}

void RunPage::setTeardownAfterRun(bool teardown)
{
    m_teardown->setChecked(teardown);
}

void RunPage::start()
{
    if (isBusy())
        return;
    if (const QString why = missing(); !why.isEmpty()) {
        m_needs->setText(why);
        emit error(why);
        return;
    }
    const Workspace w = pipeline()->workspace();
    const std::shared_ptr<const Load> load = pipeline()->load();
    const auto deployment = pipeline()->status(Stage::Deployment) == StageStatus::Ready
                                ? pipeline()->deployment()
                                : nullptr;
    RunOptions options;
    const int slotCount = int(load->timeSlots.size());
    options.warmupSlots = std::clamp(w.load.warmupSlots, 0, std::max(0, slotCount - 1));
    options.durationSlots = slotCount - options.warmupSlots;
    options.speedup = w.speedup;
    options.grpcTimeout = std::chrono::milliseconds(w.grpcTimeoutMs);
    if (deployment && servesEveryEndpoint(*deployment, *load)) {
        options.connectTo = deployment->connectTo;
        options.executionScale =
            executionScaleFor(options.speedup, deployment->backend == u"local");
    }
    m_folderOptions = {};
    m_folderOptions.outDir = m_runDir = resolvedOutDir();
    for (const QString& t : w.thresholds)
        m_folderOptions.thresholds.push_back(Threshold::parse(t)); // validated as typed
    m_runKey = pipeline()->inputKey(Stage::Run);
    m_runDeployment = deployment;
    m_teardownSettings = w.deploy;

    LiveRunPanel::Plan plan;
    plan.scheduled = load->invocationCount();
    plan.slotCount = slotCount;
    plan.slotWallS = double(load->slotLengthUs) / 1e6 / options.speedup;
    for (const LoadSlot& slot : load->timeSlots)
        plan.targetPerSlot.push_back(double(slot.timestampsUs.size()) / plan.slotWallS);

    setState(State::Preparing);
    pipeline()->markRunning(Stage::Run, m_runKey);
    auto inputs = std::make_shared<RunInputs>();
    const QString dir = m_runDir;
    const std::optional<std::uint64_t> seed =
        w.loadIn.isEmpty() ? std::optional(w.load.seed) : std::nullopt;
    jobs()->runFileJob(
        tr("Writing %1").arg(QDir(dir).filePath(QStringLiteral("load.json"))),
        [load, dir, inputs, seed](const JobControl& job) {
            if (!QDir().mkpath(dir))
                throw InputError(dir, 0, {}, tr("cannot create the run folder"));
            const QString path = QDir(dir).filePath(QStringLiteral("load.json"));
            LoadFile::write(path, *load, job);
            *inputs = RunInputs{path, fileSha256(path), seed};
        },
        [this, guard = QPointer<RunPage>(this), load, options, inputs, plan](const QString& e) {
            if (!guard)
                return;
            if (m_stopRequested || e == u"cancelled") {
                pipeline()->abandon(Stage::Run, m_runKey);
                m_live->setStatus(tr("Stopped before the first call."));
                afterRun();
                return;
            }
            if (!e.isEmpty())
                return onFailed(e);
            try {
                m_runner->start(load, options, *inputs);
            } catch (const InputError& bad) {
                return onFailed(bad.toString());
            }
            m_live->begin(plan);
            m_tabs->setCurrentWidget(m_live);
            setState(State::Running);
        });
}

void RunPage::stop()
{
    if (m_state != State::Preparing && m_state != State::Running)
        return;
    m_stopRequested = true;
    if (m_state == State::Running)
        m_runner->cancel();
    updateControls();
}

void RunPage::finishThen(std::function<void()> then)
{
    if (!isBusy()) {
        then();
        return;
    }
    m_whenIdle.push_back(std::move(then));
    stop();
}

void RunPage::onFinished(std::shared_ptr<RunResult> result)
{
    setState(State::Concluding);
    m_live->setStatus(tr("Writing the run folder…"));
    auto outcome = std::make_shared<RunOutcome>();
    auto series = std::make_shared<RunSeries>();
    const RunFolderOptions folder = m_folderOptions;
    jobs()->runFileJob(
        tr("Writing the run folder %1").arg(folder.outDir),
        [result, folder, outcome, series](const JobControl&) {
            *outcome = concludeRun(*result, folder);
            *series = runSeriesOf(*result, outcome->summary, folder.outDir);
        },
        [this, guard = QPointer<RunPage>(this), result, folder, outcome, series](const QString& e) {
            if (!guard)
                return;
            if (!e.isEmpty()) {
                pipeline()->fail(Stage::Run, m_runKey, e);
                m_live->setStatus(tr("The run folder could not be written."));
                emit error(e);
                emit runFailed(e);
                return afterRun();
            }
            pipeline()->accept(Stage::Run, m_runKey, std::shared_ptr<const RunResult>(result));
            RunView view{folder.outDir, series, RunReport::of(*outcome, *result), {}};
            m_results->showRun(std::move(view));
            m_tabs->setCurrentWidget(m_results);
            m_live->setStatus(m_live->progressText());
            const StatusCounts& c = outcome->summary.all;
            emit info(tr("Run %1: %2 scheduled = %3 ok + %4 error + %5 timeout + %6 not sent; "
                         "files in %7")
                          .arg(result->cancelled ? tr("stopped") : tr("finished"))
                          .arg(c.scheduled)
                          .arg(c.ok)
                          .arg(c.error)
                          .arg(c.timeout)
                          .arg(c.notSent)
                          .arg(QDir::toNativeSeparators(folder.outDir)));
            for (const ThresholdResult& t : outcome->verdicts)
                if (!t.passed)
                    emit error(tr("Threshold %1 failed").arg(t.expr));
            emit runFinished(folder.outDir);
            emit runFolderShown(folder.outDir);
            afterRun();
        });
}

void RunPage::onFailed(const QString& message)
{
    pipeline()->fail(Stage::Run, m_runKey, message);
    m_live->setStatus(tr("The run failed: %1").arg(message));
    emit error(message);
    emit runFailed(message);
    afterRun();
}

void RunPage::afterRun()
{
    const auto deployment = std::exchange(m_runDeployment, nullptr);
    if (!m_teardown->isChecked() || !deployment || deployment->backend == u"dry-run")
        return setState(State::Idle);
    setState(State::TearingDown);
    auto removed = std::make_shared<int>(0);
    jobs()->runFileJob(
        tr("Tearing the deployment down"),
        [settings = m_teardownSettings, removed](const JobControl&) {
            *removed = teardownDeployment(DeployOptions(settings)).servicesRemoved;
        },
        [this, guard = QPointer<RunPage>(this), deployment, removed](const QString& e) {
            if (!guard)
                return;
            if (e.isEmpty()) {
                m_tornDown = deployment.get();
                emit info(tr("Teardown: services removed: %1").arg(*removed));
            } else {
                emit error(tr("Teardown failed: %1").arg(e));
            }
            setState(State::Idle);
        });
}

} // namespace traceload

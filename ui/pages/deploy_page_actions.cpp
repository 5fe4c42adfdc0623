// The Deploy page's actions: choosing the build folder, deploying, cancelling, tearing down.
#include "common/input_error.h"
#include "deploy/existing_deployment.h"
#include "deploy_page.h"
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

void DeployPage::browseBuildFolder()
{
    // Window-modal, without a nested event loop; never offered during a job.
    auto* dialog =
        new QFileDialog(this, tr("Build folder"), absoluteBuildDir(pipeline()->workspace()));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        editWorkspace([&dir](Workspace& w) { w.deploy.buildDir = dir; });
    });
    dialog->open();
}

void DeployPage::deploy()
{
    if (m_deploying || m_tearingDown || !m_deploy->isEnabled())
        return;
    const Workspace& w = pipeline()->workspace();
    const auto mapping = pipeline()->mapping();
    const auto proxies = pipeline()->proxies();
    QString why;
    if (!mapping || !proxies || !pipeline()->canRun(Stage::Deployment, &why)) {
        setStatus(tr("Cannot deploy yet: %1.").arg(why));
        return;
    }
    m_log->clear();
    appendLog(tr("Deploying with the %1 backend into %2")
                  .arg(w.backend, QDir::toNativeSeparators(absoluteBuildDir(w))));
    m_model->setPlan(planWorkspaceServices(w, *mapping, *proxies), proxies->catalogue);
    m_liveRun = true;
    m_liveKey = pipeline()->inputKey(Stage::Deployment);
    m_deploying = true;
    m_clock.start();
    m_ticker.start();
    jobs()->start(Stage::Deployment); // its inputs are ready: it starts
    updateProgress();
    updateButtons();
}

void DeployPage::cancel()
{
    if (!m_deploying)
        return;
    setStatus(tr("Cancelling…"));
    jobs()->cancel(Stage::Deployment);
}

void DeployPage::deploymentEnded(const QString& status)
{
    m_deploying = false;
    m_ticker.stop();
    updateProgress();
    setStatus(status);
    refresh(); // the record was rewritten: the banner, and the preview's notes
}

void DeployPage::teardown()
{
    if (m_deploying || m_tearingDown || !m_hasRecord)
        return;
    const Workspace& w = pipeline()->workspace();
    const QString buildDir = absoluteBuildDir(w);
    QPointer<DeployPage> self(this);
    // Messages come from the job's thread; they reach the log through this page's queue.
    const auto message = [self](const QString& text) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, text] {
                if (self)
                    self->appendLog(text);
            },
            Qt::QueuedConnection);
    };
    const DeployOptions options(w.deploy, message);
    auto result = std::make_shared<TeardownResult>();
    m_tearingDown = true;
    appendLog(tr("Tearing down what %1 lists")
                  .arg(QDir::toNativeSeparators(DeploymentRecord::pathIn(w.deploy.buildDir))));
    setStatus(tr("Tearing down…"));
    m_progress->setRange(0, 0); // busy: a teardown reports no fraction
    updateButtons();
    jobs()->runFileJob(
        tr("Tearing down the deployment"),
        [options, result](const JobControl&) { *result = teardownDeployment(options); },
        [self, result, buildDir](const QString& error) {
            if (!self)
                return;
            DeployPage* page = self.data();
            page->m_tearingDown = false;
            if (error.isEmpty()) {
                page->appendLog(
                    tr("Teardown done; services removed: %1.").arg(result->servicesRemoved));
                page->setStatus(tr("Torn down: the %1 deployment (services removed: %2).")
                                    .arg(result->backend)
                                    .arg(result->servicesRemoved));
                // What the pipeline holds as deployed from this folder is gone.
                if (page->m_deployedBuildDir == buildDir ||
                    page->pipeline()->status(Stage::Deployment) == StageStatus::Ready)
                    page->pipeline()->discard(Stage::Deployment);
                page->m_deployedBuildDir.clear();
            } else {
                page->appendLog(tr("Teardown FAILED: %1").arg(error));
                page->setStatus(tr("Teardown failed: %1").arg(error));
            }
            page->m_liveRun = false;
            page->m_recordKey.clear();
            page->m_previewKey.clear();
            page->refresh();
            page->updateProgress();
        });
}

} // namespace traceload

#include "stage_page.h"

#include "jobs/stage_job_runner.h"
#include "widgets/figure_panel.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace traceload {

StagePage::StagePage(Stage stage, Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : QWidget(parent), m_stage(stage), m_pipeline(pipeline), m_jobs(jobs),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_error(new QLabel(this)),
      m_content(new QVBoxLayout)
{
    // A stable, untranslated name: tests and screenshots find pages by it.
    static const char* const names[] = {"trace", "proxies", "mapping", "load", "deploy", "run"};
    setObjectName(QLatin1String(names[int(stage)]));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(stageName(stage));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    QPalette warn = m_error->palette();
    // A tint that reads on light and dark palettes alike.
    QColor tint(220, 50, 47);
    tint.setAlpha(60);
    warn.setColor(QPalette::Window, tint);
    m_error->setPalette(warn);
    m_error->setMargin(6);
    m_error->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(m_content, 1);

    connect(pipeline, &Pipeline::stageChanged, this, [this] {
        updateHeader();
        refreshWhenShown();
    });
    connect(pipeline, &Pipeline::workspaceChanged, this, [this] { updateHeader(); });
    // Subclasses build their widgets in their constructors: the first refresh comes after.
    QTimer::singleShot(0, this, [this] {
        updateHeader();
        refreshWhenShown();
    });
}

void StagePage::refreshWhenShown()
{
    // A page out of sight builds no tables or figures: with a day-size trace each costs a
    // visible pause, and the user may never look at it before the next change.
    if (isVisible()) {
        m_refreshPending = false;
        refresh();
    } else {
        m_refreshPending = true;
    }
}

void StagePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

QString StagePage::title() const
{
    return stageName(m_stage);
}

void StagePage::editWorkspace(const std::function<void(Workspace&)>& edit)
{
    Workspace w = m_pipeline->workspace();
    edit(w);
    m_pipeline->setWorkspace(std::move(w));
}

void StagePage::watchExports(FigurePanel* panel)
{
    connect(panel, &FigurePanel::exported, this, &StagePage::exported);
    connect(panel, &FigurePanel::exportFailed, this, &StagePage::exportFailed);
}

void StagePage::updateHeader()
{
    const StageStatus status = m_pipeline->status(m_stage);
    QString why;
    const bool inputsReady = m_pipeline->canRun(m_stage, &why);
    QString text;
    switch (status) {
    case StageStatus::Ready:
        text = tr("Up to date.");
        break;
    case StageStatus::Running:
        text = m_stage == Stage::Run ? tr("Running…") : tr("Computing…");
        break;
    case StageStatus::Stale:
        text = inputsReady ? tr("Out of date: an input changed since this was computed.")
                           : tr("Out of date: %1.").arg(why);
        break;
    case StageStatus::Empty:
        text = inputsReady ? tr("Not computed yet.") : why + QLatin1Char('.');
        break;
    case StageStatus::Failed:
        text = tr("Failed: the inputs need fixing.");
        break;
    }
    m_status->setText(text);
    const QString error = m_pipeline->error(m_stage);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace traceload

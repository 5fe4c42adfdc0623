#include "auto_recompute.h"

#include "stage_job_runner.h"

namespace traceload {

namespace {
constexpr int kCoalesceMs = 120;
}

AutoRecompute::AutoRecompute(Pipeline* pipeline, StageJobRunner* jobs, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_jobs(jobs)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoRecompute::recompute);
    connect(pipeline, &Pipeline::stageChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(pipeline, &Pipeline::workspaceChanged, &m_timer, qOverload<>(&QTimer::start));
    m_timer.start();
}

void AutoRecompute::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_timer.start();
}

void AutoRecompute::recompute()
{
    if (!m_enabled)
        return;
    for (Stage stage : {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Load}) {
        const StageStatus status = m_pipeline->status(stage);
        if ((status == StageStatus::Empty || status == StageStatus::Stale) &&
            m_pipeline->canRun(stage))
            m_jobs->start(stage);
    }
}

} // namespace traceload

#pragma once

#include "pipeline/pipeline.h"

#include <QObject>
#include <QTimer>

namespace traceload {

class StageJobRunner;

// Keeps the analysis stages (trace, proxies, mapping, load) current: whenever one of them
// is empty or stale and its inputs are ready, it is recomputed in the background. Edits
// that come in quick succession (a spin box held down) are coalesced. Deployment and runs
// have side effects and are only ever started by the user.
class AutoRecompute : public QObject
{
    Q_OBJECT
public:
    AutoRecompute(Pipeline* pipeline, StageJobRunner* jobs, QObject* parent = nullptr);

    void setEnabled(bool enabled);

private:
    void recompute();

    Pipeline* m_pipeline;
    StageJobRunner* m_jobs;
    QTimer m_timer;
    bool m_enabled = true;
};

} // namespace traceload

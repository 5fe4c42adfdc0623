#pragma once

#include "common/job_control.h"

#include <QString>

namespace traceload::batch {

// Shows a long job's progress on stderr: a self-updating line on a terminal, one line per
// stage otherwise (CI logs stay short). Quiet mode prints nothing.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool quiet = false);
    ~ProgressPrinter();

    JobControl job(const CancelToken* cancel = nullptr);
    void finishLine();

private:
    void report(const QString& stage, double fraction);

    bool m_quiet = false;
    bool m_tty = false;
    QString m_lastStage;
    bool m_lineOpen = false;
};

} // namespace traceload::batch

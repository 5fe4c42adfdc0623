#include "progress_printer.h"

#include "cli_support.h"

#include <unistd.h>

namespace traceload::batch {

ProgressPrinter::ProgressPrinter(bool quiet) : m_quiet(quiet), m_tty(isatty(STDERR_FILENO) == 1) {}

ProgressPrinter::~ProgressPrinter()
{
    finishLine();
}

JobControl ProgressPrinter::job(const CancelToken* cancel)
{
    return JobControl(cancel,
                      [this](const QString& stage, double fraction) { report(stage, fraction); });
}

void ProgressPrinter::finishLine()
{
    if (m_lineOpen) {
        err() << '\n';
        err().flush();
        m_lineOpen = false;
    }
}

void ProgressPrinter::report(const QString& stage, double fraction)
{
    if (m_quiet)
        return;
    if (m_tty) {
        err() << '\r' << stage << QStringLiteral(" %1%").arg(int(fraction * 100.0), 3)
              << QStringLiteral("\x1b[K");
        m_lineOpen = true;
        if (fraction >= 1.0)
            finishLine();
    } else if (stage != m_lastStage) {
        err() << stage << QStringLiteral("...\n");
    }
    m_lastStage = stage;
    err().flush();
}

} // namespace traceload::batch

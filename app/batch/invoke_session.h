#pragma once

#include "invoke/invoker.h"
#include "report/result_writer.h"
#include "report/run_summary.h"
#include "report/threshold.h"

#include <QString>
#include <vector>

namespace traceload::batch {

// What `invoke` and `run` share once a load and its Invoker exist.
struct InvokeSession
{
    QString outDir; // "" = working directory
    QString latf = QStringLiteral("lat.csv");
    bool debug = false;
    bool quiet = false;
    std::vector<Threshold> thresholds;
};

struct InvokeOutcome
{
    RunSummary summary;
    ResultWriter::Paths paths;
    bool cancelled = false;
    bool thresholdsViolated = false;
};

// Runs the invoker with a progress line on stderr every second, SIGINT/SIGTERM cancelling
// the run (a second one kills), then writes the run folder (also after a cancel) and prints
// the summary and threshold verdicts. Throws what the invoker or the writers throw.
InvokeOutcome invokeAndReport(const Load& load, Invoker& invoker, const InvokeSession& session);

// Hex SHA-256 of a file (recorded in summary.json), empty if unreadable.
QString fileSha256(const QString& path);

// 0 ok, 99 a threshold violated, 1 cancelled.
int exitCodeOf(const InvokeOutcome& outcome);

} // namespace traceload::batch

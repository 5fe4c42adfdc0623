#include "invoke_session.h"

#include "cli_support.h"
#include "common/input_error.h"
#include "common/text.h"
#include "interrupt_notifier.h"
#include "invoke/invoker_runner.h"
#include "report/keep_up.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <stdexcept>

namespace traceload::batch {

namespace {

QString formatUs(std::int64_t us)
{
    if (us < 0)
        return QStringLiteral("-");
    if (us < 10'000)
        return QStringLiteral("%1 us").arg(us);
    if (us < 10'000'000)
        return QStringLiteral("%1 ms").arg(double(us) / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

void printProgress(const LiveSnapshot& s, bool debug)
{
    QString line =
        Text::tr("[%1 s] slot %2/%3  issued %4/%5  completed %6  errors %7  timeouts %8  "
                 "in flight %9  late %10")
            .arg(s.elapsedS, 6, 'f', 1)
            .arg(s.slot + 1)
            .arg(s.slotCount)
            .arg(s.issued)
            .arg(s.scheduled)
            .arg(s.completed)
            .arg(s.errors)
            .arg(s.timeouts)
            .arg(s.inFlight)
            .arg(s.late);
    line += Text::tr("  rate %1/s  p99 %2  late p99 %3")
                .arg(s.issueRate, 0, 'f', 1)
                .arg(formatUs(s.latencyWindow.p99), formatUs(s.latenessWindow.p99));
    if (debug)
        line += Text::tr("  [overall p50 %1 p99 %2 max %3; lateness p50 %4 max %5]")
                    .arg(formatUs(s.latencyOverall.p50), formatUs(s.latencyOverall.p99),
                         formatUs(s.latencyOverall.max), formatUs(s.latenessOverall.p50),
                         formatUs(s.latenessOverall.max));
    err() << line << '\n';
    err().flush();
}

// Runs the load to its end in the application's event loop; throws what the runner reports.
std::shared_ptr<RunResult> runToEnd(std::shared_ptr<const Load> load, const RunOptions& options,
                                    const RunInputs& inputs, const InvokeSession& session)
{
    InvokerRunner runner;
    runner.setInterval(1000);
    std::shared_ptr<RunResult> result;
    QString failure;
    bool badInput = false;
    QObject::connect(&runner, &InvokerRunner::started, &runner,
                     [&](quint64 scheduled, const QStringList& targets) {
                         if (session.onStarted)
                             session.onStarted(scheduled, targets);
                     });
    if (!session.quiet)
        QObject::connect(&runner, &InvokerRunner::snapshot, &runner,
                         [&](const LiveSnapshot& s) { printProgress(s, session.debug); });
    QObject::connect(&runner, &InvokerRunner::finished, &runner, [&](std::shared_ptr<RunResult> r) {
        result = std::move(r);
        QCoreApplication::exit(0);
    });
    QObject::connect(&runner, &InvokerRunner::failed, &runner,
                     [&](const QString& message, bool inputError) {
                         failure = message;
                         badInput = inputError;
                         QCoreApplication::exit(1);
                     });
    const InterruptNotifier interrupt([&runner] { runner.cancel(); });
    runner.start(std::move(load), options, inputs);
    QCoreApplication::exec();
    if (result)
        return result;
    if (badInput)
        throw InputError(failure);
    throw std::runtime_error(failure.toLocal8Bit().toStdString());
}

// Every run with failed calls ends with them grouped by gRPC code, each with a sample
// message, so that the reason is on screen and not only in summary.json.
void printErrorBreakdown(const RunSummary& summary)
{
    if (summary.errorsByCode.empty())
        return;
    out() << Text::tr("failed calls by gRPC code (all phases):\n");
    for (const ErrorGroup& g : summary.errorsByCode)
        out() << Text::tr("  %1 %2 (measured %3)  e.g. %4\n")
                     .arg(QLatin1String(ResultWriter::grpcCodeName(g.code)), -18)
                     .arg(g.count, 8)
                     .arg(g.measured)
                     .arg(g.firstMessage.isEmpty() ? Text::tr("(no message)") : g.firstMessage);
}

} // namespace

InvokeReport invokeAndReport(std::shared_ptr<const Load> load, const RunOptions& options,
                             const RunInputs& inputs, const InvokeSession& session)
{
    const std::shared_ptr<RunResult> run = runToEnd(std::move(load), options, inputs, session);
    const RunResult& result = *run;
    const RunOutcome outcome = concludeRun(result, session.folder);
    const RunSummary& summary = outcome.summary;
    const ResultWriter::Paths& paths = outcome.paths;
    if (!outcome.fallbackReason.isEmpty())
        err() << Text::tr("warning: the results could not be written where asked (%1); they are "
                          "in %2 instead\n")
                     .arg(outcome.fallbackReason,
                          QDir::toNativeSeparators(QFileInfo(paths.summary).absolutePath()));

    // The seed's line, completed with what it leaves out (each count once).
    out() << Text::tr("Issued / completed calls: %1, %2 of %3 scheduled (error %4, timeout %5, "
                      "not sent %6; measured: scheduled %7, ok %8)\n")
                 .arg(summary.all.scheduled - summary.all.notSent)
                 .arg(summary.all.ok)
                 .arg(summary.all.scheduled)
                 .arg(summary.all.error)
                 .arg(summary.all.timeout)
                 .arg(summary.all.notSent)
                 .arg(summary.measured.scheduled)
                 .arg(summary.measured.ok);
    out() << Text::tr("rate: target %1/s, achieved %2/s, ok %3/s\n")
                 .arg(summary.targetRate, 0, 'f', 2)
                 .arg(summary.achievedRate, 0, 'f', 2)
                 .arg(summary.okRate, 0, 'f', 2);
    if (!summary.latency.isEmpty())
        out() << Text::tr("latency p50 %1  p99 %2  max %3; lateness p50 %4  p99 %5  max "
                          "%6\n")
                     .arg(formatUs(summary.latency.p50), formatUs(summary.latency.p99),
                          formatUs(summary.latency.max), formatUs(summary.lateness.p50),
                          formatUs(summary.lateness.p99), formatUs(summary.lateness.max));
    out() << (summary.coldStartsKnown
                  ? Text::tr("cold starts: %1 (measured %2)\n")
                        .arg(summary.coldStarts)
                        .arg(summary.coldStartsMeasured)
                  : Text::tr("cold starts: unknown (the endpoints do not report them)\n"));
    printErrorBreakdown(summary);
    out() << Text::tr("The measured latencies are saved in %1\n").arg(paths.latency);
    for (const ThresholdResult& t : outcome.verdicts)
        out() << Text::tr("threshold %1: %2 (value %3)\n")
                     .arg(t.expr, t.passed ? Text::tr("passed") : Text::tr("VIOLATED"),
                          t.value ? QString::number(*t.value) : Text::tr("unknown"));
    out().flush();
    err().flush();
    if (const auto warning = keepUpWarning(summary))
        err() << Text::tr("warning: %1\n").arg(*warning);
    if (result.cancelled)
        err() << Text::tr("cancelled: %1 invocations not sent; results written\n")
                     .arg(summary.all.notSent);
    else if (outcome.noCallSucceeded)
        err() << Text::tr("error: not one of the %1 scheduled calls succeeded (the reasons are "
                          "above); exit code %2\n")
                     .arg(summary.all.scheduled)
                     .arg(int(ExitNoCallSucceeded));
    err().flush();
    return {run, outcome};
}

int exitCodeOf(const RunOutcome& outcome)
{
    if (outcome.cancelled)
        return ExitInternalError;
    if (outcome.noCallSucceeded)
        return ExitNoCallSucceeded;
    return outcome.thresholdsViolated ? ExitThresholdViolated : ExitOk;
}

} // namespace traceload::batch

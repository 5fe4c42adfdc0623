#include "invoke_session.h"

#include "cli_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

namespace traceload::batch {

namespace {

std::atomic<CancelToken*> g_cancelOnSignal{nullptr};

extern "C" void onInterrupt(int)
{
    // Async-signal-safe: one relaxed store. A second Ctrl-C kills as usual.
    if (CancelToken* token = g_cancelOnSignal.load())
        token->cancel();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

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
    QString line = tr("[%1 s] slot %2/%3  issued %4/%5  completed %6  errors %7  timeouts %8  "
                      "in flight %9")
                       .arg(s.elapsedS, 6, 'f', 1)
                       .arg(s.slot + 1)
                       .arg(s.slotCount)
                       .arg(s.issued)
                       .arg(s.scheduled)
                       .arg(s.completed)
                       .arg(s.errors)
                       .arg(s.timeouts)
                       .arg(s.inFlight);
    line += tr("  rate %1/s  p99 %2  late p99 %3")
                .arg(s.issueRate, 0, 'f', 1)
                .arg(formatUs(s.latencyWindow.p99), formatUs(s.latenessWindow.p99));
    if (debug)
        line += tr("  [overall p50 %1 p99 %2 max %3; lateness p50 %4 max %5]")
                    .arg(formatUs(s.latencyOverall.p50), formatUs(s.latencyOverall.p99),
                         formatUs(s.latencyOverall.max), formatUs(s.latenessOverall.p50),
                         formatUs(s.latenessOverall.max));
    err() << line << '\n';
    err().flush();
}

} // namespace

InvokeOutcome invokeAndReport(const Load& load, Invoker& invoker, const InvokeSession& session)
{
    CancelToken cancel;
    InvokeOutcome outcome;
    outcome.paths = ResultWriter::paths(session.outDir, session.latf);
    const ResultWriter::Paths& paths = outcome.paths;
    g_cancelOnSignal = &cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    RunResult result;
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::exception_ptr failure;
    std::thread scheduler([&] {
        try {
            result = invoker.run(&cancel);
        } catch (...) {
            failure = std::current_exception();
        }
        std::lock_guard lock(mutex);
        finished = true;
        done.notify_all();
    });
    {
        std::unique_lock lock(mutex);
        while (!done.wait_for(lock, std::chrono::seconds(1), [&] { return finished; }))
            if (!session.quiet)
                printProgress(invoker.liveStats().snapshot(), session.debug);
    }
    scheduler.join();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancelOnSignal = nullptr;
    if (failure)
        std::rethrow_exception(failure);
    if (!session.quiet)
        printProgress(invoker.liveStats().snapshot(), session.debug);

    const RunSummary summary = RunSummary::compute(result);
    const std::vector<ThresholdResult> checks = evaluate(session.thresholds, summary);
    ResultWriter::writeLatencyFile(paths.latency, result);
    ResultWriter::writeInvocations(paths.invocations, result);
    ResultWriter::writeSummary(paths.summary, result, summary, checks);

    out() << tr("Issued / completed requests: %1, %2\n")
                 .arg(summary.all.scheduled - summary.all.notSent)
                 .arg(summary.all.ok);
    out() << tr("scheduled %1: ok %2, error %3, timeout %4, not sent %5 (measured: "
                "scheduled %6, ok %7)\n")
                 .arg(summary.all.scheduled)
                 .arg(summary.all.ok)
                 .arg(summary.all.error)
                 .arg(summary.all.timeout)
                 .arg(summary.all.notSent)
                 .arg(summary.measured.scheduled)
                 .arg(summary.measured.ok);
    out() << tr("rate: target %1/s, achieved %2/s, ok %3/s\n")
                 .arg(summary.targetRate, 0, 'f', 2)
                 .arg(summary.achievedRate, 0, 'f', 2)
                 .arg(summary.okRate, 0, 'f', 2);
    if (!summary.latency.isEmpty())
        out() << tr("latency p50 %1  p99 %2  max %3; lateness p50 %4  p99 %5  max "
                    "%6\n")
                     .arg(formatUs(summary.latency.p50), formatUs(summary.latency.p99),
                          formatUs(summary.latency.max), formatUs(summary.lateness.p50),
                          formatUs(summary.lateness.p99), formatUs(summary.lateness.max));
    if (session.debug)
        for (const auto& [code, message] : result.firstErrorMessage)
            err() << tr("first %1 error: %2\n")
                         .arg(QLatin1String(ResultWriter::grpcCodeName(code)), message);
    out() << tr("The measured latencies are saved in %1\n").arg(paths.latency);
    bool violated = false;
    for (const ThresholdResult& t : checks) {
        out() << tr("threshold %1: %2 (value %3)\n")
                     .arg(t.expr, t.passed ? tr("passed") : tr("VIOLATED"),
                          t.value ? QString::number(*t.value) : tr("none"));
        violated = violated || !t.passed;
    }
    out().flush();
    err().flush();
    if (result.cancelled)
        err()
            << tr("cancelled: %1 invocations not sent; results written\n").arg(summary.all.notSent);
    outcome.summary = summary;
    outcome.cancelled = result.cancelled;
    outcome.thresholdsViolated = violated;
    return outcome;
}

QString fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

int exitCodeOf(const InvokeOutcome& outcome)
{
    if (outcome.cancelled)
        return ExitInternalError;
    return outcome.thresholdsViolated ? ExitThresholdViolated : ExitOk;
}

} // namespace traceload::batch

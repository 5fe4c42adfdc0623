// traceload --batch invoke: replays a load.json open-loop over gRPC, with the seed
// invoker's flags and defaults (vSwarm tools/load-generator/invoker), and writes the run
// folder (rps_<latf>, invocations.csv, summary.json).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/input_error.h"
#include "invoke/invoker.h"
#include "invoke/result_writer.h"
#include "invoke/threshold.h"
#include "load/load_file.h"
#include "report/run_summary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

// Qt's `slots` keyword macro would swallow Load::slots below.
#undef slots

namespace traceload::batch {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("traceload", text);
}

std::atomic<CancelToken*> g_cancelOnSignal{nullptr};

extern "C" void onInterrupt(int)
{
    // Async-signal-safe: one relaxed store. A second Ctrl-C kills as usual.
    if (CancelToken* token = g_cancelOnSignal.load())
        token->cancel();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(
        tr("Replays a load.json open-loop against gRPC functions (helloworld.Greeter): every "
           "invocation is sent at its scheduled time whether or not earlier ones have "
           "answered. Writes rps_<latf>, invocations.csv and summary.json."));
    const auto opt = [](const char* name, const QString& help, const char* value = nullptr) {
        return value
                   ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                   : QCommandLineOption(QString::fromLatin1(name), help);
    };
    p.addOptions({
        opt("traceFile", tr("The load to replay (default load.json)."), "path"),
        opt("duration", tr("Measured slots (default 8)."), "n"),
        opt("warmup", tr("Warm-up slots before them (default 2)."), "n"),
        opt("min", tr("Minute (true) or second (false) slots (default true)."), "bool"),
        opt("port", tr("Port the functions listen on (default 80)."), "port"),
        opt("grpcTimeout", tr("Deadline of each call in seconds (default 30)."), "seconds"),
        opt("latf", tr("Latency file name; written as rps_<latf> (default lat.csv)."), "name"),
        opt("dbg", tr("Debug output: options, channels, error messages.")),
        opt("connect-to",
            tr("Dial HOST:PORT for every endpoint and send the endpoint as :authority (a "
               "Knative ingress without DNS)."),
            "host:port"),
        opt("out-dir", tr("Folder for the run files (default: the working directory)."), "dir"),
        opt("speedup", tr("Replay this many times faster (default 1)."), "factor"),
        opt("threshold",
            tr("Pass/fail condition, repeatable: latency.p99<500ms, response.p99<1s, "
               "lateness.p99<2ms, errors.rate<0.01, ... Any violated: exit code 99."),
            "expr"),
        opt("seed", tr("Seed the load was generated with (recorded in summary.json)."), "n"),
        opt("channels",
            tr("HTTP/2 connections per dial target (default 0 = auto: 4 shared out "
               "over the targets)."),
            "n"),
        opt("completion-threads", tr("Threads handling replies (default 2)."), "n"),
        opt("spin-us", tr("Busy-wait this long before each send (default 50)."), "us"),
        opt("quiet", tr("No progress line.")),
    });
}

// Go's flag package accepts `-dbg=true` for a boolean switch; QCommandLineParser
// rejects a value on a switch, so that form is taken out before parsing.
QStringList takeSwitchValue(QStringList args, const QString& name, std::optional<bool>& value)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        for (const QString& prefix : {QStringLiteral("-"), QStringLiteral("--")}) {
            const QString head = prefix + name + u'=';
            if (a.startsWith(head)) {
                const auto parsed = parseBool(a.mid(head.size()));
                if (!parsed)
                    throw UsageError{tr("flag -%1: '%2' is not a boolean (use true/false)")
                                         .arg(name, a.mid(head.size()))};
                value = *parsed;
                args.removeAt(i--);
                break;
            }
        }
    }
    return args;
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
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

struct InvokeArgs
{
    QString loadPath;
    RunOptions options;
    QString latf;
    QString outDir;
    bool minute = true;
    bool debug = false;
    bool quiet = false;
    std::vector<Threshold> thresholds;
    std::optional<std::uint64_t> seed;
};

InvokeArgs parseArguments(const QStringList& arguments, bool& help)
{
    std::optional<bool> dbgValue;
    const QStringList args = takeSwitchValue(arguments, QStringLiteral("dbg"), dbgValue);
    QCommandLineParser p;
    configureSeedStyle(p);
    addOptions(p);
    help = !parseOrThrow(p, args);
    InvokeArgs a;
    if (help)
        return a;
    a.loadPath = p.isSet("traceFile") ? p.value("traceFile") : QStringLiteral("load.json");
    a.options.durationSlots = int(intFlag(p, "duration", 8, 0, 1'000'000));
    a.options.warmupSlots = int(intFlag(p, "warmup", 2, 0, 1'000'000));
    a.minute = boolFlag(p, "min", true);
    a.options.port = int(intFlag(p, "port", 80, 1, 65535));
    const double timeoutS = numberFlag(p, "grpcTimeout", 30, 0.001, 86400);
    a.options.grpcTimeout = std::chrono::milliseconds(std::llround(timeoutS * 1000));
    a.latf = p.isSet("latf") ? p.value("latf") : QStringLiteral("lat.csv");
    if (a.latf.isEmpty() || a.latf.endsWith(u'/'))
        throw UsageError{tr("flag -latf: '%1' is not a file name").arg(a.latf)};
    a.debug = dbgValue.value_or(p.isSet("dbg"));
    a.quiet = p.isSet("quiet");
    a.outDir = p.value("out-dir");
    if (p.isSet("connect-to")) {
        a.options.connectTo = p.value("connect-to").trimmed();
        const int colon = a.options.connectTo.lastIndexOf(u':');
        bool portOk = false;
        if (colon > 0)
            a.options.connectTo.mid(colon + 1).toInt(&portOk);
        if (!portOk)
            throw UsageError{
                tr("flag --connect-to: '%1' is not HOST:PORT").arg(a.options.connectTo)};
    }
    a.options.speedup = numberFlag(p, "speedup", 1.0, 1e-6, 1e6);
    a.options.channelsPerTarget = int(intFlag(p, "channels", 0, 0, 64));
    a.options.completionThreads = int(intFlag(p, "completion-threads", 2, 1, 16));
    a.options.spin = std::chrono::microseconds(intFlag(p, "spin-us", 50, 0, 100'000));
    if (p.isSet("seed"))
        a.seed = std::uint64_t(intFlag(p, "seed", 0, 0, std::numeric_limits<long long>::max()));
    for (const QString& expr : p.values("threshold"))
        a.thresholds.push_back(Threshold::parse(expr));
    return a;
}

} // namespace

int runInvoke(const QStringList& arguments)
{
    InvokeArgs a;
    try {
        bool help = false;
        a = parseArguments(arguments, help);
        if (help)
            return ExitOk;
    } catch (const UsageError& e) {
        err() << e.message << '\n';
        return ExitBadInput;
    } catch (const InputError& e) {
        err() << e.toString() << '\n';
        return ExitBadInput;
    }

    CancelToken cancel;
    try {
        const std::int64_t slotLengthUs = a.minute ? 60'000'000 : 1'000'000;
        const Load load = LoadFile::read(a.loadPath, slotLengthUs);
        if (!a.outDir.isEmpty() && !QDir().mkpath(a.outDir))
            throw InputError(a.outDir, 0, QStringLiteral("--out-dir"),
                             tr("cannot create the output folder"));
        const ResultWriter::Paths paths = ResultWriter::paths(a.outDir, a.latf);
        RunInputs inputs{QFileInfo(a.loadPath).absoluteFilePath(), sha256Of(a.loadPath), a.seed};
        Invoker invoker(load, a.options, inputs);
        if (a.debug) {
            err() << tr("load %1: %2 slots of %3 s, %4 endpoints; replaying %5 "
                        "invocations "
                        "(warm-up %6 + measured %7 slots) at speedup %8\n")
                         .arg(a.loadPath)
                         .arg(load.slots.size())
                         .arg(double(slotLengthUs) / 1e6)
                         .arg(load.endpoints.size())
                         .arg(invoker.scheduledCount())
                         .arg(a.options.warmupSlots)
                         .arg(a.options.durationSlots)
                         .arg(a.options.speedup);
            for (const std::string& target : invoker.dialTargets())
                err() << tr("dial target %1\n").arg(QString::fromStdString(target));
            err().flush();
        }

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
                if (!a.quiet)
                    printProgress(invoker.liveStats().snapshot(), a.debug);
        }
        scheduler.join();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_cancelOnSignal = nullptr;
        if (failure)
            std::rethrow_exception(failure);
        if (!a.quiet)
            printProgress(invoker.liveStats().snapshot(), a.debug);

        const RunSummary summary = RunSummary::compute(result);
        const std::vector<ThresholdResult> checks = evaluate(a.thresholds, summary);
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
        if (a.debug)
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
        if (result.cancelled) {
            err() << tr("cancelled: %1 invocations not sent; results written\n")
                         .arg(summary.all.notSent);
            return ExitInternalError;
        }
        return violated ? ExitThresholdViolated : ExitOk;
    } catch (const InputError& e) {
        g_cancelOnSignal = nullptr;
        err() << e.toString() << '\n';
        return ExitBadInput;
    } catch (const std::exception& e) {
        g_cancelOnSignal = nullptr;
        err() << tr("internal error: %1\n").arg(QString::fromLocal8Bit(e.what()));
        return ExitInternalError;
    }
}

} // namespace traceload::batch

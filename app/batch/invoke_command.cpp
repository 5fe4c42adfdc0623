// traceload --batch invoke: replays a load.json open-loop over gRPC, with the seed
// invoker's flags and defaults (vSwarm tools/load-generator/invoker), and writes the run
// folder (rps_<latf>, invocations.csv, summary.json).
#include "batch_commands.h"
#include "cli_support.h"
#include "common/file_hash.h"
#include "common/input_error.h"
#include "common/output_paths.h"
#include "common/text.h"
#include "deploy/deployment_backend.h"
#include "deploy/deployment_record.h"
#include "deploy/record_address.h"
#include "invoke/connect_address.h"
#include "invoke_session.h"
#include "load/load_file.h"
#include "report/threshold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace traceload::batch {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(
        Text::tr("Replays a load.json open-loop against gRPC functions (helloworld.Greeter): every "
                 "invocation is sent at its scheduled time whether or not earlier ones have "
                 "answered. Writes rps_<latf>, invocations.csv and summary.json."));
    const auto opt = [](const char* name, const QString& help, const char* value = nullptr) {
        return value
                   ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                   : QCommandLineOption(QString::fromLatin1(name), help);
    };
    p.addOptions({
        opt("traceFile",
            Text::tr("The load to replay (default load.json, else invoker/load.json, where "
                     "loadgen writes it)."),
            "path"),
        opt("duration", Text::tr("Measured slots (default 8)."), "n"),
        opt("warmup", Text::tr("Warm-up slots before them (default 2)."), "n"),
        opt("min", Text::tr("Minute (true) or second (false) slots (default true)."), "bool"),
        opt("port", Text::tr("Port the functions listen on (default 80)."), "port"),
        opt("grpcTimeout", Text::tr("Deadline of each call in seconds (default 30)."), "seconds"),
        opt("latf", Text::tr("Latency file name; written as rps_<latf> (default lat.csv)."),
            "name"),
        debugOption(Text::tr("options, dial targets and overall percentiles")),
        opt("trace", Text::tr("The seed's tracing switch: accepted, not supported yet (a warning "
                              "says so).")),
        opt("zipkin", Text::tr("The seed's Zipkin URL: accepted, not supported yet."), "url"),
        opt("connect-to",
            Text::tr("Dial HOST:PORT for every endpoint and send the endpoint as :authority (a "
                     "Knative ingress without DNS)."),
            "host:port"),
        QCommandLineOption(QStringList{"b", "build"},
                           Text::tr("Build folder whose deployment record (deployment.json) says "
                                    "where to connect when --connect-to is not given (default: "
                                    "%1 in the working directory, next to the load or above it).")
                               .arg(kDefaultBuildDir),
                           "path"),
        opt("out-dir", Text::tr("Folder for the run files (default: the working directory)."),
            "dir"),
        opt("speedup", Text::tr("Replay this many times faster (default 1)."), "factor"),
        opt("scale-execution",
            Text::tr("With a speed-up on the local backend, shorten the emulated execution times "
                     "by the same factor (default true)."),
            "bool"),
        latencyCallsOption(),
        opt("threshold",
            Text::tr("Pass/fail condition, repeatable: latency.p99<500ms, response.p99<1s, "
                     "lateness.p99<2ms, errors.rate<0.01, ... Any violated: exit code 99."),
            "expr"),
        opt("seed", Text::tr("Seed the load was generated with (recorded in summary.json)."), "n"),
        opt("channels",
            Text::tr("HTTP/2 connections per dial target (default 0 = auto: 4 shared out "
                     "over the targets)."),
            "n"),
        transportOption(),
        opt("sender-threads",
            Text::tr("--transport h2: event-loop threads that send and read replies, each on "
                     "its own connections (default 0 = auto: one per two cores)."),
            "n"),
        opt("completion-threads",
            Text::tr("--transport grpc: threads handling replies (default 2)."), "n"),
        opt("spin-us", Text::tr("Busy-wait this long before each send (default 0)."), "us"),
        opt("send-slack-us",
            Text::tr("Let a call go out up to this long after its time, so that the calls due "
                     "within it share one wake-up: less CPU per call, up to this much "
                     "lateness (default 0: every call at its own time)."),
            "us"),
        opt("max-lateness",
            Text::tr("A call that could only be sent more than this many seconds after its "
                     "time is not sent (not_sent, reason late) (default 1; 0 = never)."),
            "seconds"),
        opt("quiet", Text::tr("No progress line.")),
    });
}

struct InvokeArgs
{
    std::optional<QString> buildDir; // -b; unset: the default build folder's usual places
    QString loadPath;
    RunOptions options;
    QString latf;
    QString outDir;
    bool minute = true;
    bool debug = false;
    bool quiet = false;
    bool scaleExecution = true;
    bool tracingAsked = false;
    std::vector<Threshold> thresholds;
    std::optional<std::uint64_t> seed;
};

InvokeArgs readArguments(const QCommandLineParser& p, bool debug, bool tracing)
{
    InvokeArgs a;
    a.debug = debug;
    a.tracingAsked = tracing || p.isSet("zipkin");
    a.loadPath = p.isSet("traceFile") ? p.value("traceFile") : defaultLoadPath();
    a.options.durationSlots = int(intFlag(p, "duration", 8, 0, 1'000'000));
    a.options.warmupSlots = int(intFlag(p, "warmup", 2, 0, 1'000'000));
    a.minute = boolFlag(p, "min", true);
    a.options.port = int(intFlag(p, "port", 80, 1, 65535));
    const double timeoutS = numberFlag(p, "grpcTimeout", 30, 0.001, 86400);
    a.options.grpcTimeout = std::chrono::milliseconds(std::llround(timeoutS * 1000));
    a.latf = p.isSet("latf") ? p.value("latf") : QStringLiteral("lat.csv");
    if (a.latf.isEmpty() || a.latf.endsWith(u'/'))
        throw UsageError{Text::tr("flag -latf: '%1' is not a file name").arg(a.latf)};
    a.options.latencyOfAllCalls = latencyCallsFlag(p);
    a.quiet = p.isSet("quiet");
    a.outDir = p.value("out-dir");
    if (p.isSet("build"))
        a.buildDir = p.value("build");
    if (p.isSet("connect-to")) {
        a.options.connectTo = p.value("connect-to").trimmed();
        checkConnectAddress(a.options.connectTo, QStringLiteral("--connect-to"));
    }
    a.options.speedup = numberFlag(p, "speedup", 1.0, 1e-6, 1e6);
    a.scaleExecution = boolFlag(p, "scale-execution", true);
    a.options.channelsPerTarget = int(intFlag(p, "channels", 0, 0, 64));
    a.options.completionThreads = int(intFlag(p, "completion-threads", 2, 1, 16));
    a.options.transport = transportFlag(p);
    a.options.senderThreads = int(intFlag(p, "sender-threads", 0, 0, 256));
    a.options.spin = std::chrono::microseconds(intFlag(p, "spin-us", 0, 0, 100'000));
    a.options.sendSlack = std::chrono::microseconds(intFlag(p, "send-slack-us", 0, 0, 1'000'000));
    a.options.maxLateness =
        std::chrono::milliseconds(std::llround(numberFlag(p, "max-lateness", 1, 0, 86400) * 1000));
    if (p.isSet("seed"))
        a.seed = std::uint64_t(intFlag(p, "seed", 0, 0, std::numeric_limits<long long>::max()));
    for (const QString& expr : p.values("threshold"))
        a.thresholds.push_back(Threshold::parse(expr));
    return a;
}

// Where to dial when --connect-to is not given: the address of a deployment record that
// serves every endpoint of the load (-b, or the default build folder's usual places). On
// the local backend a sped-up replay also shortens the emulated execution times.
void dialFromRecord(InvokeArgs& a, const Load& load)
{
    const QStringList dirs = a.buildDir ? QStringList{*a.buildDir} : buildDirCandidates(a.loadPath);
    const auto found = findRecordAddress(dirs, load);
    if (!found) {
        if (namesLocalEndpoints(load))
            err() << Text::tr("warning: %1 names endpoints of a local deployment (*.local), but "
                              "no deployment record serving them was found in %2: dialled by "
                              "name they will not resolve (give -b BUILD_FOLDER or --connect-to "
                              "HOST:PORT)\n")
                         .arg(a.loadPath, dirs.join(QStringLiteral(", ")));
        return;
    }
    a.options.connectTo = found->connectTo;
    err() << Text::tr("connecting to %1 for every endpoint (from %2)\n")
                 .arg(found->connectTo, DeploymentRecord::pathIn(found->buildDir));
    if (found->emulatorGone)
        err() << Text::tr("warning: the emulator recorded there (pid %1) is not running any more "
                          "(it exits after --exit-after-idle seconds without calls): deploy "
                          "again\n")
                     .arg(found->emulatorPid);
    a.options.executionScale =
        executionScaleFor(a.options.speedup, found->backend == u"local", a.scaleExecution);
}

int invoke(InvokeArgs a)
{
    if (a.tracingAsked)
        err() << Text::tr("warning: -trace/-zipkin: tracing is not supported yet; the run goes "
                          "on without it\n");
    const std::int64_t slotLengthUs = a.minute ? 60'000'000 : 1'000'000;
    const auto load = std::make_shared<const Load>(LoadFile::read(a.loadPath, slotLengthUs));
    // Before the replay: a folder found unwritable afterwards would cost the measurements.
    checkWritableFolder(a.outDir, QStringLiteral("--out-dir"));
    if (a.options.connectTo.isEmpty())
        dialFromRecord(a, *load);
    const RunInputs inputs{QFileInfo(a.loadPath).absoluteFilePath(), fileSha256(a.loadPath),
                           a.seed};
    InvokeSession session{{a.outDir, a.latf, a.thresholds}, a.debug, a.quiet, {}};
    if (a.debug)
        session.onStarted = [&](quint64 scheduled, const QStringList& targets) {
            err() << Text::tr("load %1: %2 slots of %3 s, %4 endpoints; replaying %5 "
                              "invocations "
                              "(warm-up %6 + measured %7 slots) at speedup %8\n")
                         .arg(a.loadPath)
                         .arg(load->timeSlots.size())
                         .arg(double(slotLengthUs) / 1e6)
                         .arg(load->endpoints.size())
                         .arg(scheduled)
                         .arg(a.options.warmupSlots)
                         .arg(a.options.durationSlots)
                         .arg(a.options.speedup);
            for (const QString& target : targets)
                err() << Text::tr("dial target %1\n").arg(target);
            err().flush();
        };
    return exitCodeOf(invokeAndReport(load, a.options, inputs, session).outcome);
}

} // namespace

int runInvoke(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureSeedStyle(parser);
    addOptions(parser);
    QStringList args = arguments;
    std::optional<bool> tracing;
    try {
        tracing = takeSwitch(args, QStringLiteral("trace"));
    } catch (const UsageError& e) {
        err() << Text::tr("error: %1\n").arg(e.message);
        return ExitBadInput;
    }
    return runGuardedWithDebug(parser, args, [&](bool debug) {
        return invoke(readArguments(parser, debug, tracing.value_or(false)));
    });
}

} // namespace traceload::batch

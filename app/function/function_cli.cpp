#include "function_cli.h"

#include "common/text.h"
#include "services_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace traceload {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(Text::tr(
        "Emulates serverless proxy functions: a gRPC helloworld.Greeter/SayHello server\n"
        "whose calls take the execution time (and memory) drawn from each service's\n"
        "percentiles. The call's :authority (port stripped) selects the service.\n\n"
        "Services file: a JSON object keyed by service name, each value\n"
        "  {\"duration\": {\"0-percentile\": ms, ..., \"100-percentile\": ms},\n"
        "   \"memory\": {\"0-percentile\": MB, ...}}   (a profile.json entry is valid)\n"
        "or {\"duration_ms\": 0.5, \"memory_mb\": 0} (fixed values win over percentiles).\n"
        "Each call draws a quantile uniformly, then a value uniformly between the two\n"
        "given percentiles around it (as invitro does).\n\n"
        "Reply: {\"service\":..,\"exec_us\":..,\"instance\":..,\"cold\":..}. Prints\n"
        "'listening on HOST:PORT' once started; SIGINT/SIGTERM, or --exit-after-idle\n"
        "seconds without calls, shut it down gracefully (calls in flight get 10 s) and\n"
        "write the arrivals file. Exit codes: 0 ok,\n"
        "2 bad flags or services file, 1 internal error."));
    p.addOptions({
        {QStringLiteral("listen"),
         Text::tr("Address to listen on (default 127.0.0.1:0; port 0 picks a free one)."),
         QStringLiteral("host:port")},
        {QStringLiteral("services"), Text::tr("Services file (JSON, see above)."),
         QStringLiteral("file")},
        {QStringLiteral("default-service"),
         Text::tr("Serve calls for unknown services as this service (default: NOT_FOUND). Without "
                  "--services it is a service of its own taking 0 ms."),
         QStringLiteral("name")},
        {QStringLiteral("work"),
         Text::tr("sleep (default; no thread per call) or spin (busy-loop on the worker threads)."),
         QStringLiteral("sleep|spin")},
        {QStringLiteral("touch-memory"),
         Text::tr("Allocate and touch the drawn memory for the call's duration (at most %1 MB a "
                  "call and %2 MB for all calls together; beyond that a call touches none).")
             .arg(kMaxCallMb)
             .arg(kMaxTotalMb)},
        {QStringLiteral("cold-start-ms"),
         Text::tr("Extra delay of the first call to a service and of the first after it was idle "
                  "longer than --idle-timeout (default 0 = off)."),
         QStringLiteral("ms")},
        {QStringLiteral("idle-timeout"),
         Text::tr("Seconds without calls after which a service scales to zero (default 600)."),
         QStringLiteral("seconds")},
        {QStringLiteral("exit-after-idle"),
         Text::tr("Exit (as after SIGTERM) once no call has arrived or been in flight for this "
                  "many seconds (default 1800; 0 = never)."),
         QStringLiteral("seconds")},
        {QStringLiteral("arrivals"),
         Text::tr("Write every call's arrival (arrival_unix_us,service) to this CSV at exit."),
         QStringLiteral("file")},
        {QStringLiteral("seed"), Text::tr("Seed of the execution time draws (default 42)."),
         QStringLiteral("n")},
        {QStringLiteral("threads"),
         Text::tr("Worker threads for spinning and touching memory (default: the core count)."),
         QStringLiteral("n")},
    });
}

double numberFlag(const QCommandLineParser& p, const QString& name, double fallback, double max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > max)
        throw FunctionUsageError{Text::tr("--%1: '%2' is not a number between 0 and %3")
                                     .arg(name, p.value(name))
                                     .arg(max)};
    return v;
}

qint64 integerFlag(const QCommandLineParser& p, const QString& name, qint64 fallback, qint64 min,
                   qint64 max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw FunctionUsageError{Text::tr("--%1: '%2' is not an integer between %3 and %4")
                                     .arg(name, p.value(name))
                                     .arg(min)
                                     .arg(max)};
    return v;
}

} // namespace

FunctionCommandLine parseFunctionCommandLine(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(p);
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    if (!p.parse(arguments))
        throw FunctionUsageError{p.errorText()};

    FunctionCommandLine cl;
    if (p.isSet(help)) {
        cl.action = FunctionCommandLine::Action::Help;
        cl.text = p.helpText();
        return cl;
    }
    if (p.isSet(version)) {
        cl.action = FunctionCommandLine::Action::Version;
        cl.text = QStringLiteral("traceload-function %1\n").arg(QStringLiteral(TRACELOAD_VERSION));
        return cl;
    }
    if (!p.positionalArguments().isEmpty())
        throw FunctionUsageError{
            Text::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst())};

    FunctionServerOptions& o = cl.options;
    if (p.isSet(QStringLiteral("listen")))
        o.listen = p.value(QStringLiteral("listen"));
    if (p.isSet(QStringLiteral("work"))) {
        const QString work = p.value(QStringLiteral("work"));
        if (work == u"sleep")
            o.work = WorkKind::Sleep;
        else if (work == u"spin")
            o.work = WorkKind::Spin;
        else
            throw FunctionUsageError{Text::tr("--work: '%1' is neither sleep nor spin").arg(work)};
    }
    o.touchMemory = p.isSet(QStringLiteral("touch-memory"));
    o.coldStartMs = numberFlag(p, QStringLiteral("cold-start-ms"), 0, 3.6e6);
    o.idleTimeoutS = numberFlag(p, QStringLiteral("idle-timeout"), 600, 1e7);
    o.exitAfterIdleS = numberFlag(p, QStringLiteral("exit-after-idle"), 1800, 1e9);
    o.arrivalsPath = p.value(QStringLiteral("arrivals"));
    o.seed =
        quint64(integerFlag(p, QStringLiteral("seed"), 42, 0, std::numeric_limits<qint64>::max()));
    o.threads = int(integerFlag(p, QStringLiteral("threads"), 0, 1, 1024));
    o.defaultService = p.value(QStringLiteral("default-service"));
    if (p.isSet(QStringLiteral("services")))
        o.services = ServicesFile::read(p.value(QStringLiteral("services")));
    return cl;
}

} // namespace traceload

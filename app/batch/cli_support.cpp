#include "cli_support.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <cmath>

namespace traceload::batch {

std::optional<bool> parseBool(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes")
        return true;
    if (v == u"false" || v == u"0" || v == u"no")
        return false;
    return std::nullopt;
}

std::optional<long long> parseInteger(const QString& value)
{
    bool ok = false;
    const long long v = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<long long>(v) : std::nullopt;
}

std::optional<double> parseNumber(const QString& value)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

void configureSeedStyle(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addHelpOption();
}

bool boolFlag(const QCommandLineParser& parser, const QString& name, bool fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString value = parser.value(name);
    const auto parsed = parseBool(value);
    if (!parsed)
        throw UsageError{Text::tr("flag -%1: '%2' is not a boolean "
                                  "(use true/false/True/False/1/0)")
                             .arg(name, value)};
    return *parsed;
}

long long intFlag(const QCommandLineParser& parser, const QString& name, long long fallback,
                  long long min, long long max)
{
    if (!parser.isSet(name))
        return fallback;
    const QString value = parser.value(name);
    const auto parsed = parseInteger(value);
    if (!parsed || *parsed < min || *parsed > max)
        throw UsageError{Text::tr("flag -%1: '%2' is not a whole number "
                                  "from %3 to %4")
                             .arg(name, value)
                             .arg(min)
                             .arg(max)};
    return *parsed;
}

double numberFlag(const QCommandLineParser& parser, const QString& name, double fallback,
                  double min, double max)
{
    if (!parser.isSet(name))
        return fallback;
    const QString value = parser.value(name);
    const auto parsed = parseNumber(value);
    if (!parsed || *parsed < min || *parsed > max)
        throw UsageError{Text::tr("flag -%1: '%2' is not a number from %3 to %4")
                             .arg(name, value)
                             .arg(min)
                             .arg(max)};
    return *parsed;
}

std::optional<bool> takeSwitch(QStringList& args, const QString& name)
{
    std::optional<bool> value;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const bool bare = a == QStringLiteral("-") + name || a == QStringLiteral("--") + name;
        if (bare) {
            const bool hasWord = i + 1 < args.size() && !args[i + 1].startsWith(u'-');
            const auto next = hasWord ? parseBool(args[i + 1]) : std::nullopt;
            // Batch commands take no positional arguments: a word after the switch is
            // meant as its value.
            if (hasWord && !next)
                throw UsageError{Text::tr("flag -%1: '%2' is not a boolean "
                                          "(use true/false/True/False/1/0)")
                                     .arg(name, args[i + 1])};
            value = next.value_or(true);
            args.remove(i, next ? 2 : 1);
            --i;
            continue;
        }
        for (const QString& head : {QStringLiteral("-") + name + QStringLiteral("="),
                                    QStringLiteral("--") + name + QStringLiteral("=")}) {
            if (!a.startsWith(head))
                continue;
            const auto parsed = parseBool(a.mid(head.size()));
            if (!parsed)
                throw UsageError{Text::tr("flag -%1: '%2' is not a boolean "
                                          "(use true/false/True/False/1/0)")
                                     .arg(name, a.mid(head.size()))};
            value = *parsed;
            args.removeAt(i--);
            break;
        }
    }
    return value;
}

QCommandLineOption debugOption(const QString& what)
{
    return QCommandLineOption(QStringLiteral("dbg"),
                              Text::tr("Debug output: %1 (default false; -dbg, -dbg true and "
                                       "-dbg=false all work).")
                                  .arg(what));
}

QCommandLineOption latencyCallsOption()
{
    return QCommandLineOption(
        QStringLiteral("latf-calls"),
        Text::tr("What rps_<latf> lists: ok (the measured phase's ok calls, default) or all "
                 "(every completed measured call, failed ones too, as the seed does)."),
        QStringLiteral("ok|all"));
}

QCommandLineOption transportOption()
{
    return QCommandLineOption(
        QStringLiteral("transport"),
        Text::tr("How calls go on the wire: h2 (TraceLoad's lean HTTP/2 client, a fraction of "
                 "the CPU per call), grpc (gRPC's C++ stack, the reference) or auto (h2 for "
                 "plaintext endpoints, which all are; default)."),
        QStringLiteral("auto|grpc|h2"));
}

Transport transportFlag(const QCommandLineParser& p)
{
    const QString value = p.value(QStringLiteral("transport"));
    if (value.isEmpty())
        return Transport::Auto;
    if (const auto t = transportFromString(value))
        return *t;
    throw UsageError{Text::tr("flag --transport: '%1' is not auto, grpc or h2").arg(value)};
}

bool latencyCallsFlag(const QCommandLineParser& p)
{
    const QString value = p.value(QStringLiteral("latf-calls"));
    if (value.isEmpty() || value == u"ok")
        return false;
    if (value == u"all")
        return true;
    throw UsageError{Text::tr("flag --latf-calls: '%1' is neither ok nor all").arg(value)};
}

bool parseOrThrow(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the binary's path in the usage line; the command is what one types.
        QString text = parser.helpText();
        const QStringList appArgs = QCoreApplication::arguments();
        if (!appArgs.isEmpty() && !arguments.isEmpty()) {
            const qsizetype at = text.indexOf(appArgs.constFirst());
            if (at >= 0)
                text.replace(at, appArgs.constFirst().size(), arguments.constFirst());
        }
        out() << text;
        out().flush();
        return false;
    }
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())};
    return true;
}

namespace {

int guarded(QCommandLineParser& parser, QStringList arguments, bool withDebug,
            const std::function<int(bool debug)>& body)
{
    try {
        const bool debug =
            withDebug && takeSwitch(arguments, QStringLiteral("dbg")).value_or(false);
        if (!parseOrThrow(parser, arguments))
            return ExitOk;
        return body(debug);
    } catch (const UsageError& e) {
        err() << Text::tr("error: %1\n").arg(e.message);
    } catch (const InputError& e) {
        err() << Text::tr("error: %1\n").arg(e.toString());
    } catch (const Cancelled&) {
        err() << Text::tr("cancelled\n");
        return ExitInternalError;
    } catch (const std::exception& e) {
        err() << Text::tr("internal error: %1\n").arg(QString::fromLocal8Bit(e.what()));
        return ExitInternalError;
    }
    err().flush();
    return ExitBadInput;
}

} // namespace

int runGuarded(QCommandLineParser& parser, const QStringList& arguments,
               const std::function<int()>& body)
{
    return guarded(parser, arguments, false, [&](bool) { return body(); });
}

int runGuardedWithDebug(QCommandLineParser& parser, const QStringList& arguments,
                        const std::function<int(bool debug)>& body)
{
    return guarded(parser, arguments, true, body);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printWarnings(const QStringList& warnings)
{
    for (const QString& warning : warnings)
        err() << Text::tr("warning: %1\n").arg(warning);
    err().flush();
}

} // namespace traceload::batch

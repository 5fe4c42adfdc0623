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

bool parseOrThrow(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return false;
    }
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst())};
    return true;
}

int runGuarded(QCommandLineParser& parser, const QStringList& arguments,
               const std::function<int()>& body)
{
    try {
        if (!parseOrThrow(parser, arguments))
            return ExitOk;
        return body();
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

} // namespace traceload::batch

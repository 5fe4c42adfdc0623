#pragma once

#include "common/text.h"
#include "invoke/run_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace traceload::batch {

// Exit codes of every batch command.
enum ExitCode : int
{
    ExitOk = 0,
    ExitInternalError = 1,
    ExitBadInput = 2,
    ExitNoCallSucceeded = 3, // a run whose calls all failed, thresholds or not
    ExitThresholdViolated = 99,
};

// The seed's boolean values: true/false/True/False/1/0 (and yes/no). nullopt otherwise.
std::optional<bool> parseBool(const QString& value);

// Strict integer / floating point parsing of a flag value; nullopt on garbage.
std::optional<long long> parseInteger(const QString& value);
std::optional<double> parseNumber(const QString& value);

// Thrown by flag helpers on bad usage; the command prints it and exits with ExitBadInput.
struct UsageError
{
    QString message;
};

// A QCommandLineParser set up for the seed's style: single-dash long options
// ("-dbg", "-traceFile") as well as "--long", "-x value" and "-x=value".
void configureSeedStyle(QCommandLineParser& parser);

// Value of a boolean flag (`-m true`), `fallback` when absent; throws UsageError naming
// the flag when the value is not a boolean.
bool boolFlag(const QCommandLineParser& parser, const QString& name, bool fallback);
long long intFlag(const QCommandLineParser& parser, const QString& name, long long fallback,
                  long long min, long long max);
double numberFlag(const QCommandLineParser& parser, const QString& name, double fallback,
                  double min, double max);

// Takes a seed-style boolean switch out of args (args[0] is the command): `-NAME` alone
// means true, and the seed's value forms `-NAME true`, `-NAME=False`, `--NAME 0` are
// accepted too, so one flag has one meaning in every command. nullopt when absent; throws
// UsageError for `-NAME=x` with x not a boolean.
std::optional<bool> takeSwitch(QStringList& args, const QString& name);

// The -dbg option as every command shows it in --help (taken out by takeSwitch before
// parsing; default false everywhere).
QCommandLineOption debugOption(const QString& what);

// --latf-calls ok|all (invoke, run): what the latency file lists. True for all.
QCommandLineOption latencyCallsOption();
bool latencyCallsFlag(const QCommandLineParser& parser);
// --transport auto|grpc|h2 (invoke and run): how calls go on the wire.
QCommandLineOption transportOption();
Transport transportFlag(const QCommandLineParser& parser);

// Parses `arguments` (arguments[0] is the program/command name); throws UsageError
// for unknown options or stray positional arguments. Returns false when --help was given
// (help text already printed).
bool parseOrThrow(QCommandLineParser& parser, const QStringList& arguments);

// Parses `arguments` with `parser` and runs `body`, turning what it throws into a message
// on stderr and an exit code: UsageError and InputError -> ExitBadInput, Cancelled and
// anything else -> ExitInternalError. --help prints the help and returns ExitOk.
int runGuarded(QCommandLineParser& parser, const QStringList& arguments,
               const std::function<int()>& body);
// The same for a command with -dbg: it is taken out first (takeSwitch) and passed to
// `body` (false when absent).
int runGuardedWithDebug(QCommandLineParser& parser, const QStringList& arguments,
                        const std::function<int(bool debug)>& body);

QTextStream& out();
QTextStream& err();

// "warning: <text>" on stderr, one line each (e.g. a mapping's warnings).
void printWarnings(const QStringList& warnings);

} // namespace traceload::batch

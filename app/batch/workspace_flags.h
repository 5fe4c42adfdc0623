#pragma once

#include "pipeline/workspace.h"

#include <QCommandLineParser>

namespace traceload::batch {

// Adds the seed's input flags and --workspace: -t/--trace, -p/--profile, -c/--config_proxy,
// --day, --app-memory, -m/--minute, -u/--unique, --percentile, --strict, --mapping-in, --workspace.
void addInputOptions(QCommandLineParser& parser);

// The workspace the flags describe: the --workspace file when given (else the defaults:
// the bundled sample, profile and config), with every input flag given replacing its value.
// The config defaults to the bundled one only while the profile is the bundled one.
// Throws UsageError on bad values, InputError for a bad workspace file.
Workspace readInputFlags(const QCommandLineParser& parser);

// --day, --app-memory and the -t URL flags (--cache-dir, --trace-sha256, --trace-size).
void addTraceSourceOptions(QCommandLineParser& parser);

// Those flags into w (already holding the trace path): a URL is downloaded (or taken from
// the cache) and replaced by its extracted folder; a day that is not in the trace folder is
// a UsageError naming --day and the days found.
void readTraceDayFlags(const QCommandLineParser& parser, Workspace& w);

} // namespace traceload::batch

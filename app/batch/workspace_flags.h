#pragma once

#include "pipeline/workspace.h"

#include <QCommandLineParser>

namespace traceload::batch {

// Adds the seed's input flags and --workspace: -t/--trace, -p/--profile, -c/--config_proxy,
// -m/--minute, -u/--unique, --percentile, --strict, --mapping-in, --workspace.
void addInputOptions(QCommandLineParser& parser);

// The workspace the flags describe: the --workspace file when given (else the defaults:
// the bundled sample, profile and config), with every input flag given replacing its value.
// The config defaults to the bundled one only while the profile is the bundled one.
// Throws UsageError on bad values, InputError for a bad workspace file.
Workspace readInputFlags(const QCommandLineParser& parser);

} // namespace traceload::batch

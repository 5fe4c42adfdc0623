#pragma once

#include "pipeline/workspace.h"

#include <QCommandLineParser>

namespace traceload::batch {

// The load-shaping flags `loadgen` and `run` share: -i/--iat_distribution, -d/--duration,
// -w/--warmup_duration, --seed, --offset, --no-shift.
void addLoadOptions(QCommandLineParser& parser);

// Reads them into the workspace's load options (a flag given replaces the workspace's
// value); UsageError on bad values.
void readLoadFlags(const QCommandLineParser& parser, Workspace& workspace);

} // namespace traceload::batch

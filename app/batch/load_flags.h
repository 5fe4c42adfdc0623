#pragma once

#include "load/load_generator.h"
#include "pipeline_inputs.h"

#include <QCommandLineParser>

namespace traceload::batch {

// The load-shaping flags `loadgen` and `run` share: -i/--iat_distribution, -d/--duration,
// -w/--warmup_duration, --seed, --offset, --no-shift.
void addLoadOptions(QCommandLineParser& parser);

// Reads them (UsageError on bad values) and narrows the trace window of `inputs` to the
// replayed slots, so that the reader keeps only those (the generator then starts at 0).
LoadOptions readLoadFlags(const QCommandLineParser& parser, PipelineInputFlags& inputs);

// InputError naming both lengths when the trace is shorter than offset + warm-up + duration.
void checkTraceWindow(const PipelineInputFlags& inputs, const Trace& trace,
                      const LoadOptions& load);

} // namespace traceload::batch

#pragma once

#include "common/job_control.h"
#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"
#include "trace/trace_reader.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace traceload::batch {

// The bundled demo inputs, used when -t / -p / -c are not given.
inline const QString kBundledTrace = QStringLiteral(":/traceload/vswarm/trace");
inline const QString kBundledProfile = QStringLiteral(":/traceload/vswarm/profile.json");
inline const QString kBundledConfig = QStringLiteral(":/traceload/vswarm/config.json");

// Where the pipeline's inputs come from: what `loadgen`, `deploy` and `run` share.
struct PipelineInputFlags
{
    QString tracePath = kBundledTrace;
    QString profilePath = kBundledProfile;
    QString configPath; // empty: none (no pre/post-deployment commands)
    TraceReadOptions traceOptions;
    MappingOptions mappingOptions;
    QString mappingIn; // a mapping file to use instead of mapping
};

// The inputs read and the trace mapped.
struct PipelineInputs
{
    Trace trace;
    ProxyCatalogue catalogue;
    std::optional<ProxyConfig> config;
    Mapping mapping;
};

// Adds the seed's input flags: -t/--trace, -p/--profile, -c/--config_proxy, -m/--minute,
// -u/--unique, --percentile, --strict, --mapping-in.
void addPipelineInputOptions(QCommandLineParser& parser);

// Reads those flags (UsageError on bad values). The config defaults to the bundled one
// when the profile is the bundled one. traceOptions keeps every slot; a caller that
// replays a window narrows traceOptions.firstSlot / slotCount.
PipelineInputFlags readPipelineInputFlags(const QCommandLineParser& parser);

// Reads the trace, the profile (checked for the mapping's percentile) and the config, then
// maps the trace (or reads --mapping-in). Throws InputError / Cancelled.
PipelineInputs loadPipelineInputs(const PipelineInputFlags& flags, const JobControl& job);

} // namespace traceload::batch

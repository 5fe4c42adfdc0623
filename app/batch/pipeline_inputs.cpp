#include "pipeline_inputs.h"

#include "cli_support.h"
#include "common/input_error.h"
#include "mapping/mapper.h"
#include "profile/profile_reader.h"

#include <QCoreApplication>

namespace traceload::batch {

void addPipelineInputOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringList{"t", "trace"},
         tr("Trace folder with invocations.csv, durations.csv, memory.csv (default: the "
            "bundled 250-function sample)."),
         "path"},
        {QStringList{"p", "profile"},
         tr("Proxy profile.json (default: the bundled vSwarm profile)."), "path"},
        {QStringList{"c", "config_proxy"},
         tr("Proxy config.json with deployment commands (default: the bundled one when the "
            "profile is bundled)."),
         "path"},
        {QStringList{"m", "minute"},
         tr("Trace has minute (true) or second (false) slots (default true)."), "bool"},
        {QStringList{"u", "unique"},
         tr("One-to-one mapping by linear sum assignment (default false)."), "bool"},
        {QStringList{"percentile"}, tr("Percentile of memory and duration compared (default 75)."),
         "n"},
        {QStringList{"strict"},
         tr("Treat malformed trace rows as errors instead of skipping them.")},
        {QStringList{"mapping-in"},
         tr("Use the mapping in this file (functions it lacks are mapped nearest)."), "file"},
    });
}

PipelineInputFlags readPipelineInputFlags(const QCommandLineParser& p)
{
    PipelineInputFlags f;
    if (p.isSet("trace"))
        f.tracePath = p.value("trace");
    if (p.isSet("profile"))
        f.profilePath = p.value("profile");
    if (p.isSet("config_proxy"))
        f.configPath = p.value("config_proxy");
    else if (!p.isSet("profile"))
        f.configPath = kBundledConfig;
    f.traceOptions.granularity =
        boolFlag(p, "minute", true) ? Granularity::Minute : Granularity::Second;
    f.mappingOptions.method =
        boolFlag(p, "unique", false) ? MappingMethod::Unique : MappingMethod::Nearest;
    f.mappingOptions.percentile = int(intFlag(p, "percentile", 75, 0, 100));
    f.traceOptions.strict = p.isSet("strict");
    f.mappingIn = p.value("mapping-in");
    return f;
}

PipelineInputs loadPipelineInputs(const PipelineInputFlags& flags, const JobControl& job)
{
    PipelineInputs in;
    in.trace = TraceReader::read(flags.tracePath, flags.traceOptions, job);
    if (in.trace.functions.empty())
        throw InputError(flags.tracePath, 0, {},
                         tr("no function is complete in all three trace files"));
    // The bundled profile's YAML paths resolve inside the bundled resources, matching the
    // bundled config.json's.
    in.catalogue = flags.profilePath == kBundledProfile ? ProfileReader::bundled()
                                                        : ProfileReader::read(flags.profilePath);
    validateForMapping(in.catalogue, flags.mappingOptions.percentile);
    if (!flags.configPath.isEmpty())
        in.config = ConfigReader::read(flags.configPath);
    in.mapping = flags.mappingIn.isEmpty()
                     ? Mapper::map(in.trace, in.catalogue, flags.mappingOptions, job)
                     : MappingFile::read(flags.mappingIn, in.trace, in.catalogue,
                                         flags.mappingOptions.percentile);
    return in;
}

} // namespace traceload::batch

#include "workspace_flags.h"

#include "cli_support.h"
#include "common/text.h"

namespace traceload::batch {

void addInputOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringList{"workspace"},
         Text::tr("A .traceload workspace saved by the window: its inputs and options, each "
                  "replaced by the flags given here."),
         "file"},
        {QStringList{"t", "trace"},
         Text::tr("Trace folder with invocations.csv, durations.csv, memory.csv (default: the "
                  "bundled 250-function sample)."),
         "path"},
        {QStringList{"p", "profile"},
         Text::tr("Proxy profile.json (default: the bundled vSwarm profile)."), "path"},
        {QStringList{"c", "config_proxy"},
         Text::tr("Proxy config.json with deployment commands (default: the bundled one when the "
                  "profile is bundled)."),
         "path"},
        {QStringList{"m", "minute"},
         Text::tr("Trace has minute (true) or second (false) slots (default true)."), "bool"},
        {QStringList{"u", "unique"},
         Text::tr("One-to-one mapping by linear sum assignment (default false)."), "bool"},
        {QStringList{"percentile"},
         Text::tr("Percentile of memory and duration compared (default 75)."), "n"},
        {QStringList{"strict"},
         Text::tr("Treat malformed trace rows as errors instead of skipping them.")},
        {QStringList{"mapping-in"},
         Text::tr("Use the mapping in this file (functions it lacks are mapped nearest)."), "file"},
    });
}

Workspace readInputFlags(const QCommandLineParser& p)
{
    Workspace w = p.isSet("workspace") ? Workspace::read(p.value("workspace")) : Workspace();
    if (p.isSet("trace"))
        w.tracePath = p.value("trace");
    if (p.isSet("profile"))
        w.profilePath = p.value("profile");
    if (p.isSet("config_proxy"))
        w.configPath = p.value("config_proxy");
    else if (p.isSet("profile"))
        w.configPath.clear(); // the bundled config's YAMLs are the bundled profile's
    w.granularity = boolFlag(p, "minute", w.granularity == Granularity::Minute)
                        ? Granularity::Minute
                        : Granularity::Second;
    w.mapping.method = boolFlag(p, "unique", w.mapping.method == MappingMethod::Unique)
                           ? MappingMethod::Unique
                           : MappingMethod::Nearest;
    w.mapping.percentile = int(intFlag(p, "percentile", w.mapping.percentile, 0, 100));
    w.strict = w.strict || p.isSet("strict");
    if (p.isSet("mapping-in"))
        w.mappingIn = p.value("mapping-in");
    return w;
}

} // namespace traceload::batch

#include "load_flags.h"

#include "cli_support.h"
#include "common/input_error.h"

#include <QCoreApplication>
#include <limits>

namespace traceload::batch {

namespace {

void addOption(QCommandLineParser& p, const QStringList& names, const QString& description,
               const QString& valueName = {})
{
    p.addOption(QCommandLineOption(names, description, valueName));
}

} // namespace

void addLoadOptions(QCommandLineParser& p)
{
    addOption(p, {"i", "iat_distribution"},
              tr("equidistant, uniform or exponential (default uniform)."), "string");
    addOption(p, {"d", "duration"}, tr("Measured slots (default 20)."), "int");
    addOption(p, {"w", "warmup_duration"}, tr("Warm-up slots (default 2)."), "int");
    addOption(p, {"seed"}, tr("Random seed; the same seed gives the same load.json (default 42)."),
              "n");
    addOption(p, {"offset"}, tr("Start this many slots into the trace (default 0)."), "n");
    addOption(p, {"no-shift"}, tr("Do not give each function a random phase within the slot."));
}

LoadOptions readLoadFlags(const QCommandLineParser& p, PipelineInputFlags& inputs)
{
    LoadOptions load;
    const QString dist =
        p.isSet("iat_distribution") ? p.value("iat_distribution") : QStringLiteral("uniform");
    const auto parsed = parseIatDistribution(dist);
    if (!parsed)
        throw UsageError{tr("flag -i/--iat_distribution: unknown distribution '%1' (use "
                            "equidistant, uniform or exponential)")
                             .arg(dist)};
    load.distribution = *parsed;
    load.seed = quint64(intFlag(p, "seed", 42, 0, std::numeric_limits<qint64>::max()));
    load.shift = !p.isSet("no-shift");
    load.durationSlots = int(intFlag(p, "duration", 20, 1, 10'000'000));
    load.warmupSlots = int(intFlag(p, "warmup_duration", 2, 0, 10'000'000));
    inputs.traceOptions.firstSlot = int(intFlag(p, "offset", 0, 0, 10'000'000));
    inputs.traceOptions.slotCount = load.warmupSlots + load.durationSlots;
    load.offset = 0;
    return load;
}

void checkTraceWindow(const PipelineInputFlags& inputs, const Trace& trace, const LoadOptions& load)
{
    const int needed = inputs.traceOptions.firstSlot + load.warmupSlots + load.durationSlots;
    if (trace.totalSlots < needed)
        throw InputError(inputs.tracePath + QStringLiteral("/invocations.csv"), 0, {},
                         tr("the trace has %1 slots but offset %2 + warm-up %3 + duration %4 = "
                            "%5 slots are needed")
                             .arg(trace.totalSlots)
                             .arg(inputs.traceOptions.firstSlot)
                             .arg(load.warmupSlots)
                             .arg(load.durationSlots)
                             .arg(needed));
}

} // namespace traceload::batch

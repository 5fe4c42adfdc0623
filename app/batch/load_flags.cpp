#include "load_flags.h"

#include "cli_support.h"
#include "common/text.h"

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
              Text::tr("equidistant, uniform or exponential (default uniform)."), "string");
    addOption(p, {"d", "duration"}, Text::tr("Measured slots (default 20)."), "int");
    addOption(p, {"w", "warmup_duration"}, Text::tr("Warm-up slots (default 2)."), "int");
    addOption(p, {"seed"},
              Text::tr("Random seed; the same seed gives the same load.json (default 42)."), "n");
    addOption(p, {"offset"}, Text::tr("Start this many slots into the trace (default 0)."), "n");
    addOption(p, {"no-shift"},
              Text::tr("Do not give each function a random phase within the slot."));
}

void readLoadFlags(const QCommandLineParser& p, Workspace& w)
{
    LoadOptions& load = w.load;
    if (p.isSet("iat_distribution")) {
        const QString dist = p.value("iat_distribution");
        const auto parsed = parseIatDistribution(dist);
        if (!parsed)
            throw UsageError{Text::tr("flag -i/--iat_distribution: unknown distribution '%1' (use "
                                      "equidistant, uniform or exponential)")
                                 .arg(dist)};
        load.distribution = *parsed;
    }
    load.seed =
        quint64(intFlag(p, "seed", qint64(load.seed), 0, std::numeric_limits<qint64>::max()));
    load.shift = load.shift && !p.isSet("no-shift");
    load.durationSlots = int(intFlag(p, "duration", load.durationSlots, 1, 10'000'000));
    load.warmupSlots = int(intFlag(p, "warmup_duration", load.warmupSlots, 0, 10'000'000));
    load.offset = int(intFlag(p, "offset", load.offset, 0, 10'000'000));
}

} // namespace traceload::batch

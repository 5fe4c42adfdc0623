#pragma once
// Inputs of the model tests: the bundled sample and a large synthetic trace.

#include "profile/profile_reader.h"
#include "test_support.h"
#include "trace/trace.h"
#include "trace/trace_reader.h"

#include <QAbstractItemModel>
#include <memory>
#include <random>

namespace traceload::test {

inline std::shared_ptr<const Trace> sharedSampleTrace()
{
    static const auto trace = std::make_shared<const Trace>(TraceReader::read(sampleTraceDir()));
    return trace;
}

inline std::shared_ptr<const ProxyCatalogue> sharedSampleCatalogue()
{
    static const auto catalogue =
        std::make_shared<const ProxyCatalogue>(ProfileReader::read(sampleProfile()));
    return catalogue;
}

// `count` functions with Azure-shaped ids, six triggers, 20 slots of invocations and
// percentiles 50 and 75; every 7th function lacks the memory p75, every 11th the
// duration p75 (as functions missing a percentile in a real trace do).
inline std::shared_ptr<const Trace> syntheticTrace(int count)
{
    static const char* const triggers[] = {"http",  "timer",   "queue",
                                           "event", "storage", "orchestration"};
    auto trace = std::make_shared<Trace>();
    trace->slotCount = 20;
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::uint32_t> calls(0, 50);
    std::lognormal_distribution<double> value(3, 2);
    const auto hash = [&random] {
        return QStringLiteral("%1").arg(random(), 16, 16, QLatin1Char('0')).repeated(4);
    };
    trace->functions.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        TraceFunction& f = trace->functions[std::size_t(i)];
        f.owner = hash();
        f.app = hash();
        f.function = hash();
        f.id = f.owner + f.app + f.function;
        f.trigger = QString::fromLatin1(triggers[i % 6]);
        f.memoryMb = {{50, value(random)}};
        f.durationMs = {{50, value(random)}};
        if (i % 7 != 0)
            f.memoryMb[75] = value(random);
        if (i % 11 != 0)
            f.durationMs[75] = value(random);
        for (int s = 0; s < trace->slotCount; ++s)
            f.invocations.push_back(calls(random));
    }
    return trace;
}

// The SortRole values of one column in view order.
inline QVariantList columnValues(const QAbstractItemModel& model, int column, int role)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role);
    return values;
}

} // namespace traceload::test

#include "load_generator.h"

#include "arrival_placement.h"
#include "common/text.h"
#include "execute_request.h"
#include "key_sort.h"
#include "random_stream.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace traceload {

namespace {

// Everything the slots share; each slot is generated independently of the others.
struct SlotJob
{
    const Trace* trace = nullptr;
    const LoadOptions* options = nullptr;
    std::vector<std::uint32_t> endpointOfFunction; // interned
    std::vector<std::int64_t> phaseOfFunction;     // 0 without shift
    ArrivalPlacement placement;
    int keyBits = 0;
    const std::vector<bool>* traceFunctions = nullptr; // nullptr: no trace functions
};

// Reused by every slot a thread generates.
struct SlotScratch
{
    std::vector<std::uint64_t> keys;
    std::vector<std::uint64_t> sortScratch;
    std::vector<double> gaps;
};

// Each call of a trace function, in time order, takes the next request from its function's
// stream for the slot; calls to proxies get -1.
void drawExecuteRequests(const SlotJob& job, std::uint64_t traceSlot,
                         const std::vector<std::uint64_t>& sortedKeys, LoadSlot& out)
{
    const std::uint64_t functionMask = (std::uint64_t(1) << job.placement.functionBits) - 1;
    const auto& functions = job.trace->functions;
    out.runtimeMs.assign(sortedKeys.size(), -1);
    out.memoryMib.assign(sortedKeys.size(), -1);
    std::unordered_map<std::size_t, RandomStream> streams;
    for (std::size_t k = 0; k < sortedKeys.size(); ++k) {
        const std::size_t f = std::size_t(sortedKeys[k] & functionMask);
        if (!(*job.traceFunctions)[f])
            continue;
        auto it = streams.find(f);
        if (it == streams.end())
            it = streams.emplace(f, executeRequestStream(job.options->seed, f, traceSlot)).first;
        const ExecuteRequest request = drawExecuteRequest(functions[f], it->second);
        out.runtimeMs[k] = request.runtimeMs;
        out.memoryMib[k] = request.memoryMib;
    }
}

void generateSlot(const SlotJob& job, int slot, SlotScratch& scratch, LoadSlot& out)
{
    const auto& functions = job.trace->functions;
    const std::size_t column = std::size_t(job.options->offset) + std::size_t(slot);
    // The stream key is the slot's column in invocations.csv, so a slot gets the same
    // timestamps whatever window of the trace was read or skipped.
    const auto traceSlot = std::uint64_t(job.trace->firstSlot) + column;

    std::uint64_t total = 0;
    for (const auto& function : functions)
        total += function.invocations[column];
    scratch.keys.resize(total);

    std::uint64_t* out64 = scratch.keys.data();
    for (std::size_t f = 0; f < functions.size(); ++f) {
        const std::uint32_t n = functions[f].invocations[column];
        if (n == 0)
            continue;
        RandomStream rng(job.options->seed, f, traceSlot);
        job.placement.place(n, f, job.phaseOfFunction[f], rng, scratch.gaps, out64);
        out64 += n;
    }
    sortKeys(scratch.keys, scratch.sortScratch, job.keyBits);

    const int functionBits = job.placement.functionBits;
    const std::uint64_t functionMask = (std::uint64_t(1) << functionBits) - 1;
    out.timestampsUs.resize(total);
    out.endpoints.resize(total);
    for (std::uint64_t k = 0; k < total; ++k) {
        const std::uint64_t key = scratch.keys[k];
        out.timestampsUs[k] = std::int64_t(key >> functionBits);
        out.endpoints[k] = job.endpointOfFunction[key & functionMask];
    }
    if (job.traceFunctions)
        drawExecuteRequests(job, traceSlot, scratch.keys, out);
}

} // namespace

void LoadGenerator::checkWindow(const Trace& trace, const LoadOptions& options)
{
    const QString file = trace.directory + QStringLiteral("/invocations.csv");
    if (options.offset < 0 || options.warmupSlots < 0 || options.durationSlots < 0)
        throw InputError(file, 0, {},
                         Text::tr("offset %1, warm-up %2 and duration %3 must not be negative")
                             .arg(options.offset)
                             .arg(options.warmupSlots)
                             .arg(options.durationSlots));
    // Told in the trace's own terms: a reader that kept only a window still knows how many
    // slots the file has and where the window started.
    const qint64 needed =
        qint64(options.offset) + qint64(options.warmupSlots) + qint64(options.durationSlots);
    if (trace.slotCount < needed)
        throw InputError(
            file, 0, {},
            Text::tr("the trace has %1 slots but offset %2 + warm-up %3 + duration %4 = "
                     "%5 slots are needed")
                .arg(trace.totalSlots)
                .arg(qint64(trace.firstSlot) + options.offset)
                .arg(options.warmupSlots)
                .arg(options.durationSlots)
                .arg(qint64(trace.firstSlot) + needed));
    for (const auto& function : trace.functions)
        if (function.invocations.size() < std::size_t(needed))
            throw InputError(file, 0, function.id,
                             Text::tr("function has %1 slots, %2 are needed")
                                 .arg(function.invocations.size())
                                 .arg(needed));
    std::uint64_t total = 0;
    for (const auto& function : trace.functions) {
        for (qint64 s = options.offset; s < needed; ++s) {
            total += function.invocations[std::size_t(s)];
            if (total <= maxInvocationsPerLoad)
                continue;
            const auto label = qsizetype(s);
            throw InputError(
                file, function.line,
                label < trace.slotLabels.size() ? trace.slotLabels[label] : QString(),
                Text::tr("the load would hold more than %1 invocations, the limit of one load "
                         "(replay a shorter window)")
                    .arg(maxInvocationsPerLoad));
        }
    }
}

std::optional<IatDistribution> parseIatDistribution(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("equidistant"))
        return IatDistribution::Equidistant;
    if (lower == QLatin1String("uniform"))
        return IatDistribution::Uniform;
    if (lower == QLatin1String("exponential"))
        return IatDistribution::Exponential;
    return std::nullopt;
}

QString toString(IatDistribution distribution)
{
    switch (distribution) {
    case IatDistribution::Equidistant:
        return QStringLiteral("equidistant");
    case IatDistribution::Uniform:
        return QStringLiteral("uniform");
    case IatDistribution::Exponential:
        return QStringLiteral("exponential");
    }
    return {};
}

std::int64_t LoadGenerator::phaseUs(std::uint64_t seed, std::size_t function,
                                    std::int64_t slotLengthUs)
{
    RandomStream rng(seed, function, RandomStream::kPhaseTag);
    return std::int64_t(rng.nextBelow(std::uint64_t(slotLengthUs)));
}

Load LoadGenerator::generate(const Trace& trace, const std::vector<QString>& endpointOfFunction,
                             const LoadOptions& options, const JobControl& job,
                             const std::vector<bool>& traceFunctions)
{
    if (endpointOfFunction.size() != trace.functions.size())
        throw std::invalid_argument("LoadGenerator::generate: one endpoint per function needed");
    LoadGenerator::checkWindow(trace, options);

    Load load;
    load.slotLengthUs = slotLengthUs(trace.granularity);

    SlotJob slotJob;
    slotJob.trace = &trace;
    slotJob.options = &options;
    QHash<QString, std::uint32_t> interned;
    slotJob.endpointOfFunction.reserve(endpointOfFunction.size());
    slotJob.phaseOfFunction.assign(trace.functions.size(), 0);
    for (std::size_t f = 0; f < endpointOfFunction.size(); ++f) {
        auto it = interned.constFind(endpointOfFunction[f]);
        if (it == interned.constEnd()) {
            it = interned.insert(endpointOfFunction[f], std::uint32_t(load.endpoints.size()));
            load.endpoints.push_back(endpointOfFunction[f]);
        }
        slotJob.endpointOfFunction.push_back(*it);
        if (options.shift)
            slotJob.phaseOfFunction[f] = phaseUs(options.seed, f, load.slotLengthUs);
    }
    if (traceFunctions.size() == trace.functions.size() &&
        std::find(traceFunctions.begin(), traceFunctions.end(), true) != traceFunctions.end())
        slotJob.traceFunctions = &traceFunctions;
    slotJob.placement.distribution = options.distribution;
    slotJob.placement.slotLengthUs = load.slotLengthUs;
    slotJob.placement.functionBits = bitsFor(trace.functions.size());
    slotJob.keyBits = slotJob.placement.functionBits + bitsFor(std::uint64_t(load.slotLengthUs));

    const int slotCount = options.warmupSlots + options.durationSlots;
    load.timeSlots.resize(std::size_t(slotCount));

    // Slots are independent: threads take the next slot until none is left. The calling
    // thread works too and is the only one that reports progress.
    std::atomic_int nextSlot{0};
    std::atomic_int slotsDone{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&](bool reportProgress) {
        SlotScratch scratch;
        try {
            for (int s = nextSlot++; s < slotCount && !job.isCancelled(); s = nextSlot++) {
                generateSlot(slotJob, s, scratch, load.timeSlots[std::size_t(s)]);
                const int done = ++slotsDone;
                if (reportProgress)
                    job.progress(Text::tr("Generating load"), double(done) / slotCount);
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            failure = std::current_exception();
            nextSlot = slotCount;
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, std::max(1, slotCount));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(work, false);
        } catch (const std::system_error&) {
            break; // no more threads: the ones we have do the work
        }
    }
    work(true);
    for (auto& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
    job.checkCancelled();
    job.progress(Text::tr("Generating load"), 1.0);
    return load;
}

LoadStats LoadGenerator::statistics(const Load& load)
{
    LoadStats stats;
    std::vector<bool> used(load.endpoints.size(), false);
    for (const auto& slot : load.timeSlots) {
        stats.invocationsPerSlot.push_back(slot.timestampsUs.size());
        stats.total += slot.timestampsUs.size();
        for (const auto endpoint : slot.endpoints)
            used[endpoint] = true;
    }
    stats.functionsWithInvocations = int(std::count(used.begin(), used.end(), true));
    return stats;
}

LoadStats LoadGenerator::statistics(const Trace& trace, const LoadOptions& options)
{
    LoadGenerator::checkWindow(trace, options);
    const int slotCount = options.warmupSlots + options.durationSlots;
    LoadStats stats;
    stats.invocationsPerSlot.assign(std::size_t(slotCount), 0);
    for (const auto& function : trace.functions) {
        std::uint64_t mine = 0;
        for (int s = 0; s < slotCount; ++s) {
            const std::uint32_t n = function.invocations[std::size_t(options.offset + s)];
            stats.invocationsPerSlot[std::size_t(s)] += n;
            mine += n;
        }
        stats.total += mine;
        if (mine > 0)
            ++stats.functionsWithInvocations;
    }
    return stats;
}

} // namespace traceload

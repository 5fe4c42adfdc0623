#include "invoker.h"

#include "call_recorder.h"
#include "common/input_error.h"
#include "common/text.h"
#include "connect_address.h"
#include "grpc_sender.h"
#include "h2/h2_sender.h"

#include <absl/synchronization/mutex.h>
#include <algorithm>
#include <cmath>
#include <sys/prctl.h>

namespace traceload {

namespace {

using Clock = InvokerClock;

std::int64_t microsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

} // namespace

struct Invoker::Impl
{
    const Load& load;
    RunOptions options;
    RunResult result;
    LiveStats stats;
    CallRecorder recorder{result, stats};
    // Per record, the runtime and memory a call to a trace function asks for ({-1, -1}:
    // a SayHello call); empty when the load has no trace functions.
    std::vector<std::pair<std::int32_t, std::int32_t>> executeRequests;
    std::unique_ptr<CallSender> sender;
    // records.size(), kept apart: run() moves the records out while another thread may ask.
    std::uint64_t scheduled = 0;
    bool ran = false;

    Impl(const Load& l, RunOptions o)
        : load(l), options(std::move(o)),
          // A shard per writer: the sender threads of the HTTP/2 transport, the completion
          // threads of gRPC's.
          stats(std::max(resolveTransport(options.transport) == Transport::H2
                             ? senderThreadsFor(options.senderThreads)
                             : 1,
                         options.completionThreads))
    {
    }

    void buildRecords();
};

void Invoker::Impl::buildRecords()
{
    const int slotCount = options.warmupSlots + options.durationSlots;
    std::uint64_t n = 0;
    for (int s = 0; s < slotCount; ++s)
        n += load.timeSlots[std::size_t(s)].timestampsUs.size();
    if (n >= std::numeric_limits<std::uint32_t>::max())
        throw InputError(Text::tr("the load has more than 4 billion invocations"));
    result.records.resize(n);
    scheduled = n;
    result.completionOrder.resize(n);
    std::uint64_t i = 0;
    for (int s = 0; s < slotCount; ++s) {
        const LoadSlot& slot = load.timeSlots[std::size_t(s)];
        if (slot.endpoints.size() != slot.timestampsUs.size())
            throw InputError(Text::tr("slot %1 has %2 timestamps but %3 endpoints")
                                 .arg(s)
                                 .arg(slot.timestampsUs.size())
                                 .arg(slot.endpoints.size()));
        const double base = double(s) * double(load.slotLengthUs);
        for (std::size_t k = 0; k < slot.timestampsUs.size(); ++k, ++i) {
            InvocationRecord& r = result.records[i];
            if (slot.endpoints[k] >= load.endpoints.size())
                throw InputError(Text::tr("slot %1: endpoint index %2 is out of range")
                                     .arg(s)
                                     .arg(slot.endpoints[k]));
            r.scheduledUs = std::llround((base + double(slot.timestampsUs[k])) / options.speedup);
            r.slot = std::uint32_t(s);
            r.endpoint = slot.endpoints[k];
            r.phase = s < options.warmupSlots ? InvocationPhase::Warmup : InvocationPhase::Measured;
            if (k < slot.runtimeMs.size() && slot.runtimeMs[k] >= 0) {
                executeRequests.resize(n, {-1, -1});
                executeRequests[i] = {slot.runtimeMs[k], slot.memoryMib[k]};
            }
        }
    }
}

void Invoker::checkOptions(const Load& load, const RunOptions& o)
{
    if (o.warmupSlots < 0 || o.durationSlots < 0)
        throw InputError(Text::tr("-warmup and -duration must not be negative"));
    const std::size_t needed = std::size_t(o.warmupSlots) + std::size_t(o.durationSlots);
    if (load.timeSlots.size() < needed)
        throw InputError(load.sourceFile, 0, {},
                         Text::tr("the load has %1 slots but -warmup %2 + -duration %3 need %4")
                             .arg(load.timeSlots.size())
                             .arg(o.warmupSlots)
                             .arg(o.durationSlots)
                             .arg(needed));
    if (!(o.speedup > 0) || !std::isfinite(o.speedup))
        throw InputError(Text::tr("the speedup must be a positive number"));
    if (!(o.executionScale > 0) || !std::isfinite(o.executionScale))
        throw InputError(Text::tr("the execution time scale must be a positive number"));
    if (!o.connectTo.isEmpty())
        checkConnectAddress(o.connectTo, QStringLiteral("--connect-to"));
    if (o.grpcTimeout.count() <= 0)
        throw InputError(Text::tr("the gRPC timeout must be positive"));
    if (load.slotLengthUs <= 0)
        throw InputError(Text::tr("the slot length must be positive"));
}

Invoker::Invoker(const Load& load, RunOptions options, RunInputs inputs)
    : d(std::make_unique<Impl>(load, std::move(options)))
{
    const RunOptions& o = d->options;
    checkOptions(load, o);
    const std::size_t needed = std::size_t(o.warmupSlots) + std::size_t(o.durationSlots);
    RunResult& r = d->result;
    r.options = o;
    r.inputs = std::move(inputs);
    r.endpoints = load.endpoints;
    r.instances.push_back(QString());
    r.slotLengthUs = load.slotLengthUs;
    r.slotCount = int(needed);
    r.scheduleEndUs = std::llround(double(needed) * double(load.slotLengthUs) / o.speedup);
    r.transport = resolveTransport(o.transport);
    r.senderThreads = r.transport == Transport::H2 ? senderThreadsFor(o.senderThreads) : 1;
    d->buildRecords();
    d->stats.reset(r.records.size(), int(needed), load.slotLengthUs, o.speedup);
    SendPlan plan{d->options, r, d->recorder, d->executeRequests, {}};
    if (o.executionScale != 1.0)
        plan.executionScale = QByteArray::number(o.executionScale, 'g', 17).toStdString();
    if (r.transport == Transport::H2)
        d->sender = std::make_unique<H2Sender>(load.endpoints, std::move(plan), r.senderThreads);
    else
        d->sender = std::make_unique<GrpcSender>(load.endpoints, std::move(plan));
}

Invoker::~Invoker() = default;

std::uint64_t Invoker::scheduledCount() const
{
    return d->scheduled;
}

const LiveStats& Invoker::liveStats() const
{
    return d->stats;
}

std::vector<std::string> Invoker::dialTargets() const
{
    return d->sender->targets();
}

RunResult Invoker::run(const CancelToken* cancel)
{
    using namespace std::chrono;
    if (d->ran)
        throw std::logic_error("Invoker::run() called twice");
    d->ran = true;
    // Debian's absl is built without NDEBUG, so every absl::Mutex lock inside gRPC runs the
    // deadlock detector (a global graph of lock ids): about a tenth of the invoker's CPU per
    // call. It is a debugging aid for absl's users, not for us.
    absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);

    RunResult& r = d->result;
    r.channelCount = d->sender->channelCount();
    r.connectedChannels = d->sender->connectAll(
        std::min<milliseconds>(d->options.connectWait, d->options.grpcTimeout));

    // The default 50 µs timer slack would be most of our lateness budget.
    const long previousSlack = prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0);
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);

    const auto steadyNow = Clock::now();
    const auto systemNow = system_clock::now();
    const auto start = steadyNow + d->options.startDelay;
    d->recorder.setStart(start);
    r.startUnixUs = duration_cast<microseconds>(systemNow.time_since_epoch()).count() +
                    microsBetween(steadyNow, start);
    d->stats.markStarted(start);

    const SendOutcome outcome = d->sender->run(cancel);
    if (previousSlack > 0)
        prctl(PR_SET_TIMERSLACK, static_cast<unsigned long>(previousSlack), 0, 0, 0);

    r.completionOrder.resize(d->recorder.completedCount());
    r.cancelled = outcome.cancelled;
    std::int64_t end = microsBetween(start, Clock::now());
    if (!outcome.cancelled) {
        end = r.scheduleEndUs;
        for (const InvocationRecord& rec : r.records)
            if (rec.isCompleted())
                end = std::max(end, rec.completedAtUs());
    }
    r.wallUs = end;
    d->stats.markFinished(outcome.notReached, outcome.cancelled);
    return std::move(d->result);
}

} // namespace traceload

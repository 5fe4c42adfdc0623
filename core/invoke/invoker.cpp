#include "invoker.h"

#include "channel_pool.h"
#include "common/input_error.h"
#include "common/text.h"
#include "connect_address.h"
#include "emulator_reply.h"
#include "faas.pb.h"

#include <QCoreApplication>
#include <absl/synchronization/mutex.h>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <grpcpp/grpcpp.h>
#include <mutex>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace traceload {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t microsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

// Absolute-deadline sleep on CLOCK_MONOTONIC (steady_clock's clock): no drift accumulates
// however often it is called.
void sleepUntil(Clock::time_point t)
{
    const auto ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
    timespec ts{};
    ts.tv_sec = time_t(ns / 1'000'000'000);
    ts.tv_nsec = long(ns % 1'000'000'000);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

// The invitro trace function's call, faas.Executor/Execute (proto/faas.proto).
const std::string kExecuteMethod = "/faas.Executor/Execute";

std::string executeRequest(std::int32_t runtimeMs, std::int32_t memoryMib)
{
    faas::FaasRequest request;
    request.set_runtimeinmillisec(std::uint32_t(runtimeMs));
    request.set_memoryinmebibytes(std::uint32_t(std::max(0, memoryMib)));
    return request.SerializeAsString();
}

// FaasReply.message (the emulator's JSON, as in HelloReply.message); empty if unreadable.
std::string executeReplyMessage(const grpc::ByteBuffer& buffer)
{
    std::vector<grpc::Slice> slices;
    if (!buffer.Dump(&slices).ok())
        return {};
    std::string bytes;
    for (const grpc::Slice& slice : slices)
        bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
    faas::FaasReply reply;
    return reply.ParseFromString(bytes) ? reply.message() : std::string();
}

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

} // namespace

struct Invoker::Impl
{
    struct Call
    {
        grpc::ClientContext ctx;
        helloworld::HelloReply reply;
        grpc::Status status;
        std::unique_ptr<grpc::ClientAsyncResponseReader<helloworld::HelloReply>> reader;
        // A call given as method path + serialized request (Execute to a trace function).
        std::unique_ptr<grpc::ClientAsyncResponseReader<grpc::ByteBuffer>> genericReader;
        grpc::ByteBuffer genericReply;
        Clock::time_point sentAt;
        std::uint32_t record = 0;
        int shard = 0;
        Call* prev = nullptr;
        Call* next = nullptr;
    };

    const Load& load;
    RunOptions options;
    RunResult result;
    LiveStats stats;
    std::unique_ptr<ChannelPool> pool;
    std::vector<std::unique_ptr<grpc::CompletionQueue>> queues;
    std::vector<std::thread> completionThreads;
    helloworld::HelloRequest request;
    std::string executionScale; // the call metadata's value; empty: not sent
    // Per record, the runtime and memory a call to a trace function asks for ({-1, -1}:
    // a SayHello call); empty when the load has no trace functions.
    std::vector<std::pair<std::int32_t, std::int32_t>> executeRequests;
    Clock::time_point start;
    std::size_t queueCursor = 0;
    bool ran = false;

    std::atomic<std::uint32_t> completionPos{0};

    // Calls in flight, so that a cancel can TryCancel them; uncontended almost always.
    std::mutex inFlightMutex;
    Call* inFlight = nullptr;

    std::mutex internMutex;
    std::unordered_map<std::string, std::uint32_t> instanceIds;

    Impl(const Load& l, RunOptions o)
        : load(l), options(std::move(o)), stats(std::max(1, options.completionThreads))
    {
    }

    void buildRecords();
    void complete(int shard);
    std::uint32_t internInstance(const std::string& id);
    bool sleepUntilNear(Clock::time_point deadline, const CancelToken* cancel) const;
    Call* prepare(std::uint32_t index);
    void fire(Call* call, Clock::time_point deadline);
    void waitForInFlight(const CancelToken* cancel, bool& cancelled);
    void cancelInFlight();
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

std::uint32_t Invoker::Impl::internInstance(const std::string& id)
{
    std::lock_guard lock(internMutex);
    auto [it, inserted] = instanceIds.try_emplace(id, std::uint32_t(result.instances.size()));
    if (inserted)
        result.instances.push_back(QString::fromStdString(id));
    return it->second;
}

bool Invoker::Impl::sleepUntilNear(Clock::time_point deadline, const CancelToken* cancel) const
{
    // Long gaps (minute slots) are slept in pieces so that a cancel is noticed quickly.
    constexpr auto kMaxSleep = std::chrono::milliseconds(50);
    for (;;) {
        if (cancel && cancel->isCancelled())
            return false;
        const auto now = Clock::now();
        if (deadline - now <= options.spin)
            return true;
        sleepUntil(std::min(deadline - options.spin, now + kMaxSleep));
    }
}

// Everything that can be done before the deadline is done here, in the spin window: the
// context, the channel's call object, the in-flight bookkeeping.
Invoker::Impl::Call* Invoker::Impl::prepare(std::uint32_t index)
{
    const InvocationRecord& rec = result.records[index];
    auto* call = new Call;
    call->record = index;
    call->ctx.set_deadline(std::chrono::system_clock::now() + options.grpcTimeout);
    const ChannelPool::Route route = pool->route(rec.endpoint);
    if (route.authority)
        call->ctx.set_authority(*route.authority);
    if (!executionScale.empty())
        call->ctx.AddMetadata(kExecutionScaleKey, executionScale);
    call->shard = int(queueCursor);
    if (++queueCursor == queues.size())
        queueCursor = 0;
    grpc::CompletionQueue* queue = queues[std::size_t(call->shard)].get();
    if (index < executeRequests.size() && executeRequests[index].first >= 0) {
        grpc::Slice slice(
            executeRequest(executeRequests[index].first, executeRequests[index].second));
        call->genericReader = route.generic->PrepareUnaryCall(&call->ctx, kExecuteMethod,
                                                              grpc::ByteBuffer(&slice, 1), queue);
    } else {
        call->reader = route.stub->PrepareAsyncSayHello(&call->ctx, request, queue);
    }
    std::lock_guard lock(inFlightMutex);
    call->next = inFlight;
    if (inFlight)
        inFlight->prev = call;
    inFlight = call;
    return call;
}

// Spins to the deadline, then puts the call on the wire.
void Invoker::Impl::fire(Call* call, Clock::time_point deadline)
{
    while (Clock::now() < deadline)
        cpuRelax();
    InvocationRecord& rec = result.records[call->record];
    call->sentAt = Clock::now();
    rec.sentUs = microsBetween(start, call->sentAt);
    if (call->genericReader) {
        call->genericReader->StartCall();
        call->genericReader->Finish(&call->genericReply, &call->status, call);
    } else {
        call->reader->StartCall();
        call->reader->Finish(&call->reply, &call->status, call);
    }
    stats.recordSent(rec.sentUs - rec.scheduledUs);
}

void Invoker::Impl::complete(int shard)
{
    void* tag = nullptr;
    bool ok = false;
    grpc::CompletionQueue& queue = *queues[std::size_t(shard)];
    while (queue.Next(&tag, &ok)) {
        auto* call = static_cast<Call*>(tag);
        const auto now = Clock::now();
        InvocationRecord& rec = result.records[call->record];
        rec.latencyUs = std::max<std::int64_t>(0, microsBetween(call->sentAt, now));
        const grpc::StatusCode code = call->status.error_code();
        rec.grpcCode = std::uint8_t(code);
        if (call->status.ok()) {
            rec.status = InvocationStatus::Ok;
            if (const auto reply = EmulatorReply::parse(
                    call->genericReader ? executeReplyMessage(call->genericReply)
                                        : call->reply.message())) {
                rec.cold = reply->cold ? 1 : 0;
                rec.instance = internInstance(reply->instance);
            }
            stats.recordOk(shard, rec.latencyUs, rec.responseUs());
            if (rec.cold == 1)
                stats.recordCold(shard);
        } else {
            if (code == grpc::StatusCode::DEADLINE_EXCEEDED) {
                rec.status = InvocationStatus::Timeout;
                stats.recordTimeout(shard);
            } else {
                rec.status = InvocationStatus::Error;
                stats.recordError(shard);
            }
            std::lock_guard lock(internMutex);
            result.firstErrorMessage.try_emplace(
                int(code), QString::fromStdString(call->status.error_message()));
        }
        result.completionOrder[completionPos.fetch_add(1, std::memory_order_relaxed)] =
            call->record;
        {
            std::lock_guard lock(inFlightMutex);
            if (call->prev)
                call->prev->next = call->next;
            else
                inFlight = call->next;
            if (call->next)
                call->next->prev = call->prev;
        }
        delete call;
    }
}

void Invoker::Impl::cancelInFlight()
{
    std::lock_guard lock(inFlightMutex);
    for (Call* c = inFlight; c; c = c->next)
        c->ctx.TryCancel();
}

void Invoker::Impl::waitForInFlight(const CancelToken* cancel, bool& cancelled)
{
    using namespace std::chrono;
    const auto grace = [this] {
        return std::min<milliseconds>(options.cancelGrace, options.grpcTimeout);
    };
    // Every call carries its deadline, so this ends by itself; the margin covers a
    // transport that reports late.
    auto giveUpAt = Clock::now() + (cancelled ? grace() : options.grpcTimeout + seconds(5));
    while (stats.completed() < stats.issued()) {
        if (!cancelled && cancel && cancel->isCancelled()) {
            cancelled = true;
            giveUpAt = std::min(giveUpAt, Clock::now() + grace());
        }
        if (Clock::now() >= giveUpAt) {
            cancelInFlight();
            // A cancelled call completes promptly (CANCELLED); wait for the queue to say so.
            while (stats.completed() < stats.issued())
                std::this_thread::sleep_for(milliseconds(2));
            return;
        }
        std::this_thread::sleep_for(milliseconds(2));
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
    d->result.options = o;
    d->result.inputs = std::move(inputs);
    d->result.endpoints = load.endpoints;
    d->result.instances.push_back(QString());
    d->result.slotLengthUs = load.slotLengthUs;
    d->result.slotCount = int(needed);
    d->result.scheduleEndUs = std::llround(double(needed) * double(load.slotLengthUs) / o.speedup);
    d->buildRecords();
    d->stats.reset(d->result.records.size(), int(needed), load.slotLengthUs, o.speedup);
    d->pool = std::make_unique<ChannelPool>(load.endpoints, o);
    d->request.set_name("traceload");
    if (o.executionScale != 1.0)
        d->executionScale = QByteArray::number(o.executionScale, 'g', 17).toStdString();
}

Invoker::~Invoker() = default;

std::uint64_t Invoker::scheduledCount() const
{
    return d->result.records.size();
}

const LiveStats& Invoker::liveStats() const
{
    return d->stats;
}

std::vector<std::string> Invoker::dialTargets() const
{
    return d->pool->targets();
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
    const int threads = std::max(1, d->options.completionThreads);
    for (int i = 0; i < threads; ++i)
        d->queues.push_back(std::make_unique<grpc::CompletionQueue>());
    for (int i = 0; i < threads; ++i)
        d->completionThreads.emplace_back([this, i] { d->complete(i); });

    d->result.channelCount = d->pool->channelCount();
    d->result.connectedChannels =
        d->pool->connectAll(std::min<milliseconds>(d->options.connectWait, d->options.grpcTimeout));

    // The default 50 µs timer slack would be most of our lateness budget.
    const long previousSlack = prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0);
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);

    const auto steadyNow = Clock::now();
    const auto systemNow = system_clock::now();
    d->start = steadyNow + d->options.startDelay;
    d->result.startUnixUs = duration_cast<microseconds>(systemNow.time_since_epoch()).count() +
                            microsBetween(steadyNow, d->start);
    d->stats.markStarted(d->start);

    auto& records = d->result.records;
    const auto n = std::uint32_t(records.size());
    bool cancelled = false;
    std::uint32_t i = 0;
    for (; i < n; ++i) {
        const auto deadline = d->start + microseconds(records[i].scheduledUs);
        if (!d->sleepUntilNear(deadline, cancel)) {
            cancelled = true;
            break;
        }
        if (d->options.maxLateness.count() > 0 &&
            Clock::now() - deadline > d->options.maxLateness) {
            records[i].markLate();
            d->stats.recordLate();
            continue;
        }
        d->fire(d->prepare(i), deadline);
    }
    if (previousSlack > 0)
        prctl(PR_SET_TIMERSLACK, static_cast<unsigned long>(previousSlack), 0, 0, 0);

    d->waitForInFlight(cancel, cancelled);
    for (auto& q : d->queues)
        q->Shutdown();
    for (auto& t : d->completionThreads)
        t.join();
    d->completionThreads.clear();
    // Drained; the queues may go now (the channels go with the Invoker).
    d->queues.clear();

    RunResult& r = d->result;
    r.completionOrder.resize(d->completionPos.load());
    r.cancelled = cancelled;
    std::int64_t end = microsBetween(d->start, Clock::now());
    if (!cancelled) {
        end = r.scheduleEndUs;
        for (const InvocationRecord& rec : records)
            if (rec.isCompleted())
                end = std::max(end, rec.completedAtUs());
    }
    r.wallUs = end;
    d->stats.markFinished(n - i, cancelled);
    return std::move(d->result);
}

} // namespace traceload

#include "grpc_sender.h"

#include "channel_pool.h"
#include "common/thread_annotations.h"
#include "faas.pb.h"
#include "h2/grpc_wire.h"

#include <cerrno>
#include <ctime>
#include <grpcpp/grpcpp.h>
#include <mutex>
#include <thread>

namespace traceload {

namespace {

using Clock = InvokerClock;

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
const std::string kExecuteMethod = h2::kExecutePath;

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

struct GrpcSender::Impl
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

    SendPlan plan;
    const RunOptions& options;
    ChannelPool pool;
    std::vector<std::unique_ptr<grpc::CompletionQueue>> queues;
    std::vector<std::thread> completionThreads;
    helloworld::HelloRequest request;
    std::size_t queueCursor = 0;
    std::atomic<std::uint64_t> issued{0};

    // Calls in flight, so that a cancel can TryCancel them; uncontended almost always.
    std::mutex inFlightMutex;
    Call* inFlight = nullptr;

    Impl(const std::vector<QString>& endpoints, SendPlan p)
        : plan(std::move(p)), options(plan.options), pool(endpoints, options)
    {
        request.set_name("traceload");
    }
    ~Impl()
    {
        // Only when run() never drained them.
        for (auto& q : queues)
            q->Shutdown();
        for (auto& t : completionThreads)
            t.join();
    }

    bool sleepUntilNear(Clock::time_point deadline, const CancelToken* cancel) const;
    Call* prepare(std::uint32_t index);
    void fire(Call* call, Clock::time_point deadline);
    void complete(int shard);
    void waitForInFlight(const CancelToken* cancel, bool& cancelled);
    void cancelInFlight();
};

bool GrpcSender::Impl::sleepUntilNear(Clock::time_point deadline, const CancelToken* cancel) const
{
    // A call that is due goes at once; one that is not waits for its wake time.
    const bool due = deadline - Clock::now() <= options.spin;
    const auto wakeAt = due ? deadline - options.spin : sendWakeTime(deadline, options);
    for (;;) {
        if (cancel && cancel->isCancelled())
            return false;
        const auto now = Clock::now();
        if (wakeAt <= now)
            return true;
        sleepUntil(std::min(wakeAt, now + kCancelCheckInterval));
    }
}

// Everything that can be done before the deadline is done here, in the spin window: the
// context, the channel's call object, the in-flight bookkeeping.
GrpcSender::Impl::Call* GrpcSender::Impl::prepare(std::uint32_t index)
{
    const InvocationRecord& rec = plan.result.records[index];
    auto* call = new Call;
    call->record = index;
    call->ctx.set_deadline(std::chrono::system_clock::now() + options.grpcTimeout);
    const ChannelPool::Route route = pool.route(rec.endpoint);
    if (route.authority)
        call->ctx.set_authority(*route.authority);
    if (!plan.executionScale.empty())
        call->ctx.AddMetadata(kExecutionScaleKey, plan.executionScale);
    call->shard = int(queueCursor);
    if (++queueCursor == queues.size())
        queueCursor = 0;
    grpc::CompletionQueue* queue = queues[std::size_t(call->shard)].get();
    if (plan.isExecute(index)) {
        grpc::Slice slice(h2::executeRequestBytes(plan.executeRequests[index].first,
                                                  plan.executeRequests[index].second));
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
void GrpcSender::Impl::fire(Call* call, Clock::time_point deadline)
{
    while (Clock::now() < deadline)
        cpuRelax();
    call->sentAt = Clock::now();
    plan.recorder.sent(0, call->record, call->sentAt);
    issued.fetch_add(1, std::memory_order_relaxed);
    published(call); // to the completion thread, through gRPC's queue
    // gRPC may complete the call on that thread before Finish returns; what its inline
    // code reads of the call meanwhile is gRPC's to order.
    const UncheckedScope starting;
    if (call->genericReader) {
        call->genericReader->StartCall();
        call->genericReader->Finish(&call->genericReply, &call->status, call);
    } else {
        call->reader->StartCall();
        call->reader->Finish(&call->reply, &call->status, call);
    }
}

void GrpcSender::Impl::complete(int shard)
{
    void* tag = nullptr;
    bool ok = false;
    grpc::CompletionQueue& queue = *queues[std::size_t(shard)];
    while (queue.Next(&tag, &ok)) {
        auto* call = static_cast<Call*>(tag);
        received(call);
        const auto now = Clock::now();
        const bool okStatus = call->status.ok();
        plan.recorder.completed(shard, call->record, call->sentAt, now,
                                int(call->status.error_code()), call->status.error_message(),
                                !okStatus
                                    ? std::string()
                                    : (call->genericReader ? executeReplyMessage(call->genericReply)
                                                           : call->reply.message()));
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

void GrpcSender::Impl::cancelInFlight()
{
    std::lock_guard lock(inFlightMutex);
    for (Call* c = inFlight; c; c = c->next)
        c->ctx.TryCancel();
}

void GrpcSender::Impl::waitForInFlight(const CancelToken* cancel, bool& cancelled)
{
    using namespace std::chrono;
    const auto pending = [this] {
        return plan.recorder.completedCount() < issued.load();
    };
    // Every call carries its deadline, so this ends by itself; the margin covers a
    // transport that reports late.
    auto giveUpAt =
        Clock::now() + (cancelled ? cancelGraceOf(options) : options.grpcTimeout + seconds(5));
    while (pending()) {
        if (!cancelled && cancel && cancel->isCancelled()) {
            cancelled = true;
            giveUpAt = std::min(giveUpAt, Clock::now() + cancelGraceOf(options));
        }
        if (Clock::now() >= giveUpAt) {
            cancelInFlight();
            // A cancelled call completes promptly (CANCELLED); wait for the queue to say so.
            while (pending())
                std::this_thread::sleep_for(milliseconds(2));
            return;
        }
        std::this_thread::sleep_for(milliseconds(2));
    }
}

GrpcSender::GrpcSender(const std::vector<QString>& endpoints, SendPlan plan)
    : d(std::make_unique<Impl>(endpoints, std::move(plan)))
{
}

GrpcSender::~GrpcSender() = default;

std::vector<std::string> GrpcSender::targets() const
{
    return d->pool.targets();
}

int GrpcSender::channelCount() const
{
    return d->pool.channelCount();
}

int GrpcSender::connectAll(std::chrono::milliseconds wait)
{
    const int threads = std::max(1, d->options.completionThreads);
    for (int i = 0; i < threads; ++i)
        d->queues.push_back(std::make_unique<grpc::CompletionQueue>());
    for (int i = 0; i < threads; ++i)
        d->completionThreads.emplace_back([this, i] { d->complete(i); });
    return d->pool.connectAll(wait);
}

SendOutcome GrpcSender::run(const CancelToken* cancel)
{
    auto& records = d->plan.result.records;
    const auto n = std::uint32_t(records.size());
    const auto maxLateness = d->options.maxLateness;
    bool cancelled = false;
    std::uint32_t i = 0;
    for (; i < n; ++i) {
        const auto deadline = d->plan.recorder.scheduledAt(i);
        if (!d->sleepUntilNear(deadline, cancel)) {
            cancelled = true;
            break;
        }
        if (maxLateness.count() > 0 && Clock::now() - deadline > maxLateness) {
            d->plan.recorder.late(0, i);
            continue;
        }
        d->fire(d->prepare(i), deadline);
    }
    d->waitForInFlight(cancel, cancelled);
    for (auto& q : d->queues)
        q->Shutdown();
    for (auto& t : d->completionThreads)
        t.join();
    d->completionThreads.clear();
    // Drained; the queues may go now (the channels go with the sender).
    d->queues.clear();
    return {n - i, cancelled};
}

} // namespace traceload

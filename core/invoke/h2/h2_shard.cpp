#include "h2_shard.h"

#include "grpc_wire.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace traceload::h2 {

namespace {

using Clock = InvokerClock;
using namespace std::chrono;

// gRPC's reconnect backoff as ChannelPool configures it: 100 ms, doubling, at most 1 s.
constexpr milliseconds kFirstBackoff{100};
constexpr milliseconds kMaxBackoff{1000};
// Sends in a row without looking at the sockets when the schedule is behind.
constexpr int kSendsPerPoll = 64;

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

timespec timeoutOf(Clock::duration d)
{
    const auto ns = std::max<std::int64_t>(0, duration_cast<nanoseconds>(d).count());
    return timespec{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
}

} // namespace

H2Shard::H2Shard(int index, int shardCount, const SendPlan& plan,
                 const std::vector<H2Target>& targets, const std::vector<H2Route>& routes,
                 int connectionsPerTarget)
    : m_index(index), m_shardCount(shardCount), m_plan(plan), m_targets(targets), m_routes(routes),
      m_epoll(epoll_create1(EPOLL_CLOEXEC)), m_slotsOfTarget(targets.size()),
      m_cursor(targets.size(), 0), m_resolved(targets.size()),
      m_helloBody(frameMessage(helloRequestBytes()))
{
    const auto addSlot = [this](std::size_t target) {
        m_slotsOfTarget[target].push_back(int(m_slots.size()));
        m_slots.emplace_back();
        m_slots.back().target = int(target);
    };
    for (std::size_t t = 0; t < targets.size(); ++t) {
        // This shard's share of the target's connections, at least one.
        for (int j = 0; j < connectionsPerTarget; ++j)
            if (j % shardCount == index)
                addSlot(t);
        if (m_slotsOfTarget[t].empty())
            addSlot(t);
    }
}

H2Shard::~H2Shard()
{
    m_retired.clear();
    for (Slot& s : m_slots)
        s.connection.reset();
    for (H2Call* c : m_free)
        delete c;
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void H2Shard::startConnections()
{
    const auto now = Clock::now();
    for (Slot& s : m_slots)
        if (!s.connection)
            connect(s, now);
}

bool H2Shard::settled() const
{
    return std::all_of(m_slots.begin(), m_slots.end(), [](const Slot& s) {
        return !s.connection || s.connection->state() != H2Connection::State::Connecting;
    });
}

int H2Shard::readyConnections() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(), [](const Slot& s) {
        return s.connection && s.connection->state() == H2Connection::State::Ready;
    }));
}

const H2Shard::Resolved& H2Shard::resolve(int target, Clock::time_point now)
{
    Resolved& r = m_resolved[std::size_t(target)];
    // A name that did not resolve is asked again after the longest backoff.
    if (r.done && (r.error.empty() || now - r.at < kMaxBackoff))
        return r;
    r = Resolved{};
    r.done = true;
    r.at = now;
    const H2Target& t = m_targets[std::size_t(target)];
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* list = nullptr;
    const int rc = getaddrinfo(t.host.c_str(), t.port.c_str(), &hints, &list);
    if (rc != 0) {
        r.error = "DNS resolution failed for " + t.address + ": " + gai_strerror(rc);
        return r;
    }
    for (addrinfo* a = list; a; a = a->ai_next) {
        sockaddr_storage storage{};
        std::memcpy(&storage, a->ai_addr, a->ai_addrlen);
        r.addresses.emplace_back(storage, socklen_t(a->ai_addrlen));
    }
    freeaddrinfo(list);
    return r;
}

bool H2Shard::connect(Slot& slot, Clock::time_point now)
{
    const Resolved& r = resolve(slot.target, now);
    if (r.addresses.empty()) {
        connectionFailed(slot, r.error, false, now);
        return false;
    }
    const auto& [address, length] = r.addresses[slot.addressIndex % r.addresses.size()];
    auto connection =
        std::make_unique<H2Connection>(*this, m_epoll, m_targets[std::size_t(slot.target)].address);
    std::string error;
    if (!connection->start(address, length, error)) {
        connectionFailed(slot, error, false, now);
        return false;
    }
    slot.connection = std::move(connection);
    return true;
}

// As gRPC's subchannel: after a connection that worked, reconnect at once; after a failed
// attempt, try the target's next address, and when all failed wait the backoff (during
// which calls fail at once with UNAVAILABLE).
void H2Shard::connectionFailed(Slot& slot, const std::string& message, bool wasConnected,
                               Clock::time_point now)
{
    slot.lastError = message;
    if (wasConnected) {
        slot.backoff = milliseconds(0);
        slot.retryAt = now;
        return;
    }
    const std::size_t addresses = m_resolved[std::size_t(slot.target)].addresses.size();
    if (++slot.addressIndex < addresses) {
        slot.retryAt = now;
        return;
    }
    slot.addressIndex = 0;
    slot.backoff = std::clamp(slot.backoff * 2, kFirstBackoff, kMaxBackoff);
    slot.retryAt = now + slot.backoff;
}

H2Connection* H2Shard::usableConnection(Slot& slot, Clock::time_point now)
{
    if (slot.connection && slot.connection->acceptsStreams())
        return slot.connection.get();
    if (slot.connection) {
        if (slot.connection->state() == H2Connection::State::Closed) {
            connectionFailed(slot, slot.connection->failure(), slot.connection->everConnected(),
                             now);
            slot.connection.reset();
        } else {
            m_retired.push_back(std::move(slot.connection)); // draining
        }
    }
    if (now < slot.retryAt)
        return nullptr;
    return connect(slot, now) ? slot.connection.get() : nullptr;
}

std::string_view H2Shard::executeBody(std::uint32_t index)
{
    const auto [runtime, memory] = m_plan.executeRequests[index];
    const std::uint64_t key = std::uint64_t(std::uint32_t(runtime)) << 32 | std::uint32_t(memory);
    auto it = m_executeBodies.find(key);
    if (it == m_executeBodies.end())
        it = m_executeBodies.emplace(key, frameMessage(executeRequestBytes(runtime, memory))).first;
    return it->second;
}

H2Call* H2Shard::allocate()
{
    if (m_free.empty())
        return new H2Call;
    H2Call* c = m_free.back();
    m_free.pop_back();
    return c;
}

void H2Shard::release(H2Call* call)
{
    call->requestOffset = 0;
    call->httpStatus = 0;
    call->grpcStatus = -1;
    call->grpcMessage.clear();
    call->body.clear();
    call->recorded = false;
    call->attached = false;
    call->connection = nullptr;
    call->prev = call->next = nullptr;
    m_free.push_back(call);
}

void H2Shard::send(std::uint32_t index)
{
    const InvocationRecord& rec = m_plan.result.records[index];
    const H2Route& route = m_routes[rec.endpoint];
    const auto& ofTarget = m_slotsOfTarget[std::size_t(route.target)];
    std::size_t& cursor = m_cursor[std::size_t(route.target)];
    Slot& slot = m_slots[std::size_t(ofTarget[cursor])];
    if (++cursor == ofTarget.size())
        cursor = 0;

    H2Call* call = allocate();
    call->record = index;
    call->execute = m_plan.isExecute(index);
    call->request = call->execute ? executeBody(index) : std::string_view(m_helloBody);
    call->sentAt = Clock::now();
    call->deadline = call->sentAt + m_plan.options.grpcTimeout;
    m_plan.recorder.sent(m_index, index, call->sentAt);
    call->prev = m_tail;
    (m_tail ? m_tail->next : m_head) = call;
    m_tail = call;

    const auto& headers = call->execute ? route.execute : route.hello;
    H2Connection* connection = usableConnection(slot, call->sentAt);
    if (connection && !connection->submit(call, headers.data(), headers.size())) {
        connection = usableConnection(slot, call->sentAt); // stream ids used up: a new one
        if (connection && !connection->submit(call, headers.data(), headers.size()))
            connection = nullptr;
    }
    if (!connection) {
        callEnded(call, kUnavailable, slot.lastError);
        release(call);
    }
}

bool H2Shard::backlogged(std::uint32_t index) const
{
    const auto target = std::size_t(m_routes[m_plan.result.records[index].endpoint].target);
    const Slot& slot = m_slots[std::size_t(m_slotsOfTarget[target][m_cursor[target]])];
    return slot.connection && slot.connection->acceptsStreams() && slot.connection->backlogged();
}

bool H2Shard::waitUntilSendable(std::uint32_t index, Clock::time_point giveUpAt,
                                const CancelToken* cancel, bool& cancelled)
{
    // Replies free streams and the socket drains meanwhile; deadlines still expire.
    while (backlogged(index)) {
        const auto now = Clock::now();
        if (now > giveUpAt)
            return false;
        if (cancel && cancel->isCancelled()) {
            cancelled = true;
            return false;
        }
        poll(std::min(giveUpAt, now + kCancelCheckInterval));
    }
    return true;
}

void H2Shard::callEnded(H2Call* call, int code, std::string_view message,
                        std::string_view replyText)
{
    if (call->recorded)
        return;
    call->recorded = true;
    (call->prev ? call->prev->next : m_head) = call->next;
    (call->next ? call->next->prev : m_tail) = call->prev;
    m_plan.recorder.completed(m_index, call->record, call->sentAt, Clock::now(), code, message,
                              replyText);
}

void H2Shard::callDetached(H2Call* call)
{
    call->attached = false;
    if (call->recorded)
        release(call);
}

void H2Shard::expire(Clock::time_point now)
{
    // gRPC's client deadline: the call ends DEADLINE_EXCEEDED and its stream is reset.
    while (m_head && m_head->deadline <= now) {
        H2Call* call = m_head;
        callEnded(call, kDeadlineExceeded, "Deadline Exceeded");
        if (call->attached)
            call->connection->reset(call);
    }
}

void H2Shard::flushAll()
{
    for (Slot& s : m_slots)
        if (s.connection && s.connection->wantsFlush())
            s.connection->flush();
    for (auto& c : m_retired)
        if (c->wantsFlush())
            c->flush();
}

void H2Shard::reap(Clock::time_point now)
{
    for (Slot& s : m_slots)
        if (s.connection && s.connection->state() == H2Connection::State::Closed) {
            connectionFailed(s, s.connection->failure(), s.connection->everConnected(), now);
            s.connection.reset();
        }
    std::erase_if(m_retired, [](const std::unique_ptr<H2Connection>& c) {
        return c->state() == H2Connection::State::Closed || (!c->hasCalls() && !c->wantsFlush());
    });
}

void H2Shard::poll(Clock::time_point until)
{
    flushAll();
    auto now = Clock::now();
    expire(now);
    if (m_head)
        until = std::min(until, m_head->deadline);
    epoll_event events[128];
    const timespec timeout = timeoutOf(until - now);
    const int n = epoll_pwait2(m_epoll, events, 128, &timeout, nullptr);
    for (int k = 0; k < n; ++k)
        static_cast<H2Connection*>(events[k].data.ptr)->onEvents(events[k].events);
    now = Clock::now();
    expire(now);
    reap(now);
    flushAll();
}

void H2Shard::drain(const CancelToken* cancel, bool& cancelled)
{
    // Every call has its local deadline, so this ends by itself; the margin is a safety net.
    auto giveUpAt = Clock::now() + (cancelled ? cancelGraceOf(m_plan.options)
                                              : m_plan.options.grpcTimeout + seconds(5));
    while (m_head) {
        auto now = Clock::now();
        if (!cancelled && cancel && cancel->isCancelled()) {
            cancelled = true;
            giveUpAt = std::min(giveUpAt, now + cancelGraceOf(m_plan.options));
        }
        if (now >= giveUpAt) {
            while (m_head) {
                H2Call* call = m_head;
                callEnded(call, kCancelled, "Cancelled");
                if (call->attached)
                    call->connection->reset(call);
            }
            break;
        }
        poll(std::min(giveUpAt, now + kCancelCheckInterval));
    }
    flushAll(); // the resets
}

SendOutcome H2Shard::run(const CancelToken* cancel)
{
    // The default 50 µs timer slack would be most of our lateness budget.
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
    const auto& records = m_plan.result.records;
    const auto n = std::uint32_t(records.size());
    const auto spin = m_plan.options.spin;
    const auto maxLateness = m_plan.options.maxLateness;
    const auto step = std::uint32_t(m_shardCount);
    bool cancelled = false;
    int sendsSincePoll = 0;
    std::uint32_t i = std::uint32_t(m_index);
    for (; i < n && !cancelled; i += step) {
        const auto deadline = m_plan.recorder.scheduledAt(i);
        auto now = Clock::now();
        if (deadline - now > spin) {
            // Not due yet: wait in the event loop until its wake time (replies are read
            // and deadlines expire meanwhile).
            const auto wakeAt = sendWakeTime(deadline, m_plan.options);
            for (;;) {
                if (cancel && cancel->isCancelled()) {
                    cancelled = true;
                    break;
                }
                now = Clock::now();
                if (wakeAt <= now)
                    break;
                poll(std::min(wakeAt, now + kCancelCheckInterval));
            }
            if (cancelled)
                break;
            sendsSincePoll = 0;
        } else if (++sendsSincePoll >= kSendsPerPoll) {
            // Behind schedule: still read replies and expire deadlines now and then.
            poll(now);
            sendsSincePoll = 0;
            if (cancel && cancel->isCancelled()) {
                cancelled = true;
                break;
            }
        }
        if (maxLateness.count() > 0 && now - deadline > maxLateness) {
            m_plan.recorder.late(m_index, i);
            continue;
        }
        while (Clock::now() < deadline)
            cpuRelax();
        if (backlogged(i)) {
            // Not queued without bound: the call waits for its connection as long as the
            // lateness bound allows (with no bound, as long as it takes), then is late.
            const auto giveUpAt =
                maxLateness.count() > 0 ? deadline + maxLateness : Clock::time_point::max();
            if (!waitUntilSendable(i, giveUpAt, cancel, cancelled)) {
                if (cancelled)
                    break;
                m_plan.recorder.late(m_index, i);
                continue;
            }
            sendsSincePoll = 0;
        }
        send(i);
    }
    flushAll();
    std::uint64_t notReached = 0;
    for (; i < n; i += step)
        ++notReached;
    drain(cancel, cancelled);
    return {notReached, cancelled};
}

} // namespace traceload::h2

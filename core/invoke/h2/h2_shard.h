#pragma once

#include "h2_call.h"
#include "h2_connection.h"
#include "invoke/call_sender.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace traceload::h2 {

// A dial target ("host:port") and, per endpoint, the request headers it sends: built once
// per run and shared read-only by the shards.
struct H2Target
{
    std::string address; // as dialled, also the default :authority
    std::string host;    // without brackets
    std::string port;
};

struct H2Route
{
    int target = 0;
    std::vector<nghttp2_nv> hello;   // SayHello's headers
    std::vector<nghttp2_nv> execute; // Execute's (another :path)
};

// One sender thread's share of a run: the records index, index + shards, ... (each sent in
// schedule order), its own connections to every target and one epoll loop that sends,
// reads replies, expires deadlines and reconnects. Nothing on its hot path is shared with
// other shards but the CallRecorder (per-shard statistics) and the clock.
class H2Shard final : public H2CallSink
{
public:
    H2Shard(int index, int shardCount, const SendPlan& plan, const std::vector<H2Target>& targets,
            const std::vector<H2Route>& routes, int connectionsPerTarget);
    ~H2Shard() override;
    H2Shard(const H2Shard&) = delete;
    H2Shard& operator=(const H2Shard&) = delete;

    int connectionCount() const { return int(m_slots.size()); }
    // Pre-connect: one connection per slot; then poll() until settled().
    void startConnections();
    bool settled() const;
    int readyConnections() const;
    // One turn of the loop: writes what is queued, waits for I/O until `until` (or the
    // first call deadline), handles it, expires deadlines, reconnects what failed.
    void poll(InvokerClock::time_point until);

    SendOutcome run(const CancelToken* cancel);

    void callEnded(H2Call* call, int code, std::string_view message,
                   std::string_view replyText = {}) override;
    void callDetached(H2Call* call) override;

private:
    struct Slot
    {
        int target = 0;
        std::unique_ptr<H2Connection> connection;
        InvokerClock::time_point retryAt{};
        std::chrono::milliseconds backoff{0};
        std::string lastError;
        std::size_t addressIndex = 0;
    };
    struct Resolved
    {
        std::vector<std::pair<sockaddr_storage, socklen_t>> addresses;
        std::string error;
        InvokerClock::time_point at{};
        bool done = false;
    };

    void send(std::uint32_t index);
    // Whether the connection send(index) would take is backlogged (H2Connection::backlogged).
    bool backlogged(std::uint32_t index) const;
    // Waits in the event loop while call `index` is backlogged, up to `giveUpAt`; false when
    // it still is (or the run was cancelled meanwhile: `cancelled`).
    bool waitUntilSendable(std::uint32_t index, InvokerClock::time_point giveUpAt,
                           const CancelToken* cancel, bool& cancelled);
    H2Connection* usableConnection(Slot& slot, InvokerClock::time_point now);
    bool connect(Slot& slot, InvokerClock::time_point now);
    void connectionFailed(Slot& slot, const std::string& message, bool wasConnected,
                          InvokerClock::time_point now);
    const Resolved& resolve(int target, InvokerClock::time_point now);
    void reap(InvokerClock::time_point now);
    void flushAll();
    void expire(InvokerClock::time_point now);
    void drain(const CancelToken* cancel, bool& cancelled);
    std::string_view executeBody(std::uint32_t index);
    H2Call* allocate();
    void release(H2Call* call);

    const int m_index;
    const int m_shardCount;
    const SendPlan& m_plan;
    const std::vector<H2Target>& m_targets;
    const std::vector<H2Route>& m_routes;
    int m_epoll = -1;
    std::vector<Slot> m_slots;
    std::vector<std::vector<int>> m_slotsOfTarget;
    std::vector<std::size_t> m_cursor;                    // round robin per target
    std::vector<Resolved> m_resolved;                     // per target
    std::vector<std::unique_ptr<H2Connection>> m_retired; // draining after GOAWAY
    std::string m_helloBody;
    std::unordered_map<std::uint64_t, std::string> m_executeBodies;
    // Calls in flight in send order; with one timeout for all, the head has the earliest
    // deadline.
    H2Call* m_head = nullptr;
    H2Call* m_tail = nullptr;
    std::vector<H2Call*> m_free;
};

} // namespace traceload::h2

#pragma once

#include "invoke/call_sender.h"

#include <QString>
#include <memory>
#include <vector>

namespace traceload {

namespace h2 {
class H2Shard;
struct H2Target;
struct H2Route;
} // namespace h2

// The lean transport: gRPC unary calls framed by TraceLoad itself over plaintext HTTP/2
// (nghttp2), on `senderThreads` event-loop threads that each own a share of the calls and
// their own connections (see H2Shard). Routing is ChannelPool's: the same dial targets,
// :authority and connections per target (at least one per sender thread).
class H2Sender final : public CallSender
{
public:
    H2Sender(const std::vector<QString>& endpoints, SendPlan plan, int senderThreads);
    ~H2Sender() override;

    std::vector<std::string> targets() const override;
    int channelCount() const override;
    int connectAll(std::chrono::milliseconds wait) override;
    SendOutcome run(const CancelToken* cancel) override;

private:
    SendPlan m_plan;
    std::vector<h2::H2Target> m_targets;
    std::vector<h2::H2Route> m_routes;
    std::vector<std::unique_ptr<std::string>> m_strings; // header values the routes point to
    std::vector<std::unique_ptr<h2::H2Shard>> m_shards;
};

} // namespace traceload

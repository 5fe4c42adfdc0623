#include "h2_sender.h"

#include "grpc_wire.h"
#include "h2_shard.h"
#include "invoke/channel_pool.h"

#include <map>
#include <thread>

namespace traceload {

using namespace h2;

namespace {

// "host:port" or "[v6]:port" -> host (without brackets), port.
std::pair<std::string, std::string> splitHostPort(const std::string& address)
{
    const std::size_t colon = address.rfind(':');
    std::string host = address.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    return {host, colon == std::string::npos ? std::string("80") : address.substr(colon + 1)};
}

} // namespace

H2Sender::H2Sender(const std::vector<QString>& endpoints, SendPlan plan, int senderThreads)
    : m_plan(std::move(plan))
{
    const RunOptions& o = m_plan.options;
    const auto keep = [this](std::string s) -> const std::string& {
        m_strings.push_back(std::make_unique<std::string>(std::move(s)));
        return *m_strings.back();
    };
    const auto header = [](const std::string& name, const std::string& value) {
        return nghttp2_nv{reinterpret_cast<std::uint8_t*>(const_cast<char*>(name.data())),
                          reinterpret_cast<std::uint8_t*>(const_cast<char*>(value.data())),
                          name.size(), value.size(),
                          NGHTTP2_NV_FLAG_NO_COPY_NAME | NGHTTP2_NV_FLAG_NO_COPY_VALUE};
    };
    // The same request headers gRPC's stack sends for a unary call (its user-agent aside).
    const std::string& method = keep(":method");
    const std::string& post = keep("POST");
    const std::string& scheme = keep(":scheme");
    const std::string& http = keep("http");
    const std::string& path = keep(":path");
    const std::string& hello = keep(kSayHelloPath);
    const std::string& execute = keep(kExecutePath);
    const std::string& authority = keep(":authority");
    const std::string& te = keep("te");
    const std::string& trailers = keep("trailers");
    const std::string& contentType = keep("content-type");
    const std::string& grpc = keep("application/grpc");
    const std::string& userAgent = keep("user-agent");
    const std::string& agent = keep("traceload-h2/1 nghttp2/" NGHTTP2_VERSION);
    const std::string& timeoutName = keep("grpc-timeout");
    const std::string& timeout = keep(grpcTimeoutValue(o.grpcTimeout));
    const std::string& scaleName = keep(kExecutionScaleKey);
    const std::string& scale = keep(m_plan.executionScale);

    std::map<std::string, int> targetIndex;
    std::map<std::string, const std::string*> authorities;
    for (const QString& endpoint : endpoints) {
        const std::string address = ChannelPool::dialTarget(endpoint, o);
        auto [it, inserted] = targetIndex.try_emplace(address, int(m_targets.size()));
        if (inserted) {
            auto [host, port] = splitHostPort(address);
            m_targets.push_back({address, host, port});
        }
        // Without --connect-to gRPC's default authority: the dial target.
        std::string name = ChannelPool::authorityOf(endpoint, o);
        if (name.empty())
            name = address;
        auto [a, added] = authorities.try_emplace(name, nullptr);
        if (added)
            a->second = &keep(name);
        H2Route route;
        route.target = it->second;
        route.hello = {header(method, post),     header(scheme, http),
                       header(path, hello),      header(authority, *a->second),
                       header(te, trailers),     header(contentType, grpc),
                       header(userAgent, agent), header(timeoutName, timeout)};
        if (!scale.empty())
            route.hello.push_back(header(scaleName, scale));
        route.execute = route.hello;
        route.execute[2] = header(path, execute);
        m_routes.push_back(std::move(route));
    }
    const int perTarget = ChannelPool::channelsPerTarget(o.channelsPerTarget, m_targets.size());
    const int shards = std::max(1, senderThreads);
    for (int s = 0; s < shards; ++s)
        m_shards.push_back(
            std::make_unique<H2Shard>(s, shards, m_plan, m_targets, m_routes, perTarget));
}

H2Sender::~H2Sender() = default;

std::vector<std::string> H2Sender::targets() const
{
    std::vector<std::string> out;
    for (const H2Target& t : m_targets)
        out.push_back(t.address);
    return out;
}

int H2Sender::channelCount() const
{
    int n = 0;
    for (const auto& s : m_shards)
        n += s->connectionCount();
    return n;
}

int H2Sender::connectAll(std::chrono::milliseconds wait)
{
    using Clock = InvokerClock;
    const auto until = Clock::now() + wait;
    for (auto& s : m_shards)
        s->startConnections();
    for (;;) {
        bool settled = true;
        for (auto& s : m_shards) {
            s->poll(std::min(until, Clock::now() + std::chrono::milliseconds(2)));
            settled = settled && s->settled();
        }
        if (settled || Clock::now() >= until)
            break;
    }
    int ready = 0;
    for (auto& s : m_shards)
        ready += s->readyConnections();
    return ready;
}

SendOutcome H2Sender::run(const CancelToken* cancel)
{
    std::vector<SendOutcome> outcomes(m_shards.size());
    std::vector<std::thread> threads;
    for (std::size_t s = 1; s < m_shards.size(); ++s)
        threads.emplace_back([&, s] { outcomes[s] = m_shards[s]->run(cancel); });
    outcomes[0] = m_shards[0]->run(cancel);
    for (auto& t : threads)
        t.join();
    SendOutcome total;
    for (const SendOutcome& o : outcomes) {
        total.notReached += o.notReached;
        total.cancelled = total.cancelled || o.cancelled;
    }
    return total;
}

} // namespace traceload

#include "channel_pool.h"

#include <grpcpp/grpcpp.h>
#include <map>
#include <thread>

namespace traceload {

struct ChannelPool::Target
{
    std::string address;
    std::vector<std::shared_ptr<grpc::Channel>> channels;
    std::vector<std::unique_ptr<helloworld::Greeter::Stub>> stubs;
    std::vector<std::unique_ptr<grpc::GenericStub>> genericStubs;
    std::size_t cursor = 0;
};

namespace {

// "http://name.ns.example.com/" -> "name.ns.example.com"
QString hostPart(const QString& endpoint)
{
    QString e = endpoint.trimmed();
    const int scheme = e.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        e = e.mid(scheme + 3);
    const int slash = e.indexOf(u'/');
    if (slash >= 0)
        e = e.left(slash);
    return e;
}

bool hasPort(const QString& host)
{
    const int colon = host.lastIndexOf(u':');
    if (colon < 0 || host.endsWith(u']'))
        return false;
    bool ok = false;
    host.mid(colon + 1).toInt(&ok);
    return ok;
}

} // namespace

std::string ChannelPool::dialTarget(const QString& endpoint, const RunOptions& options)
{
    if (!options.connectTo.isEmpty())
        return options.connectTo.toStdString();
    const QString host = hostPart(endpoint);
    if (hasPort(host))
        return host.toStdString();
    return QStringLiteral("%1:%2").arg(host).arg(options.port).toStdString();
}

std::string ChannelPool::authorityOf(const QString& endpoint, const RunOptions& options)
{
    if (options.connectTo.isEmpty())
        return {};
    QString host = hostPart(endpoint);
    if (hasPort(host))
        host = host.left(host.lastIndexOf(u':'));
    return host.toStdString();
}

ChannelPool::ChannelPool(const std::vector<QString>& endpoints, const RunOptions& options)
    : m_setAuthority(!options.connectTo.isEmpty())
{
    std::map<std::string, int> targetIndex;
    for (const QString& endpoint : endpoints)
        targetIndex.try_emplace(dialTarget(endpoint, options), 0);
    const int perTarget = channelsPerTarget(options.channelsPerTarget, targetIndex.size());
    targetIndex.clear();
    for (const QString& endpoint : endpoints) {
        const std::string address = dialTarget(endpoint, options);
        auto [it, inserted] = targetIndex.try_emplace(address, int(m_targets.size()));
        if (inserted) {
            auto target = std::make_unique<Target>();
            target->address = address;
            for (int i = 0; i < perTarget; ++i) {
                grpc::ChannelArguments args;
                // Separate connections for the pool (else identical channels share one).
                args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
                args.SetInt("traceload.pool_index", i);
                // A replay must not retry behind our back: one invocation, one attempt.
                args.SetInt(GRPC_ARG_ENABLE_RETRIES, 0);
                // Come back quickly after an endpoint restarts (default backoff is 1-120 s).
                // GRPC_ARG_MIN_RECONNECT_BACKOFF_MS is not set: despite its name it is
                // gRPC's minimum *connect timeout* (subchannel.cc), and a short one cuts off
                // handshakes with a distant cluster. Its default (20 s) stays.
                args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
                args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
                auto channel =
                    grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
                target->stubs.push_back(helloworld::Greeter::NewStub(channel));
                target->genericStubs.push_back(std::make_unique<grpc::GenericStub>(channel));
                target->channels.push_back(std::move(channel));
            }
            m_targets.push_back(std::move(target));
        }
        m_targetOfEndpoint.push_back(it->second);
        m_authorityOfEndpoint.push_back(authorityOf(endpoint, options));
    }
}

ChannelPool::~ChannelPool() = default;

ChannelPool::Route ChannelPool::route(std::uint32_t endpoint)
{
    Target& t = *m_targets[m_targetOfEndpoint[endpoint]];
    auto* stub = t.stubs[t.cursor].get();
    auto* generic = t.genericStubs[t.cursor].get();
    if (++t.cursor == t.stubs.size())
        t.cursor = 0;
    return {stub, m_setAuthority ? &m_authorityOfEndpoint[endpoint] : nullptr, generic};
}

int ChannelPool::connectAll(std::chrono::milliseconds wait)
{
    const auto until = std::chrono::steady_clock::now() + wait;
    for (auto& t : m_targets)
        for (auto& c : t->channels)
            c->GetState(/*try_to_connect=*/true);
    for (;;) {
        int ready = 0;
        int settled = 0;
        int total = 0;
        for (auto& t : m_targets)
            for (auto& c : t->channels) {
                ++total;
                const auto state = c->GetState(false);
                ready += state == GRPC_CHANNEL_READY;
                settled += state == GRPC_CHANNEL_READY || state == GRPC_CHANNEL_TRANSIENT_FAILURE ||
                           state == GRPC_CHANNEL_SHUTDOWN;
            }
        if (settled == total || std::chrono::steady_clock::now() >= until)
            return ready;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

int ChannelPool::channelsPerTarget(int requested, std::size_t targets)
{
    if (requested > 0)
        return requested;
    return std::max(1, 4 / int(std::max<std::size_t>(1, std::min<std::size_t>(targets, 4))));
}

int ChannelPool::channelCount() const
{
    int n = 0;
    for (const auto& t : m_targets)
        n += int(t->channels.size());
    return n;
}

std::vector<std::string> ChannelPool::targets() const
{
    std::vector<std::string> out;
    for (const auto& t : m_targets)
        out.push_back(t->address);
    return out;
}

} // namespace traceload

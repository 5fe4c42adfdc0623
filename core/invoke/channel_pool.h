#pragma once

#include "helloworld.grpc.pb.h"
#include "run_options.h"

#include <QString>
#include <chrono>
#include <cstdint>
#include <grpcpp/generic/generic_stub.h>
#include <memory>
#include <string>
#include <vector>

namespace traceload {

// The reused channels of a run: endpoints that dial the same target share a small pool of
// HTTP/2 connections (RunOptions::channelsPerTarget, each forced onto its own subchannel),
// used round-robin. With --connect-to every endpoint dials that address and names itself
// in :authority, as one reaches a Knative ingress without DNS.
class ChannelPool
{
public:
    struct Route
    {
        helloworld::Greeter::Stub* stub;
        const std::string* authority; // nullptr: the channel's default authority
        // The same channel for calls given as method path + serialized request (Execute).
        grpc::GenericStub* generic;
    };

    ChannelPool(const std::vector<QString>& endpoints, const RunOptions& options);
    ~ChannelPool();

    // Scheduler thread only (the round-robin cursors are not shared).
    Route route(std::uint32_t endpoint);

    // Starts connecting every channel and waits until each is connected or has failed,
    // at most `wait`. Returns the number of channels that are connected.
    int connectAll(std::chrono::milliseconds wait);

    // "host:port" each endpoint dials, and the :authority it sends ("" = default).
    static std::string dialTarget(const QString& endpoint, const RunOptions& options);
    static std::string authorityOf(const QString& endpoint, const RunOptions& options);
    std::vector<std::string> targets() const;
    int channelCount() const;
    // Connections per target for RunOptions::channelsPerTarget (0 = auto).
    static int channelsPerTarget(int requested, std::size_t targets);

private:
    struct Target;
    std::vector<std::unique_ptr<Target>> m_targets;
    std::vector<int> m_targetOfEndpoint;
    std::vector<std::string> m_authorityOfEndpoint;
    bool m_setAuthority = false;
};

} // namespace traceload

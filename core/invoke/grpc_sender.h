#pragma once

#include "call_sender.h"

#include <QString>
#include <memory>
#include <vector>

namespace traceload {

// The reference transport: gRPC's C++ stack. One scheduler (the calling thread) prepares
// and starts asynchronous calls on the reused channels of a ChannelPool; they complete on
// RunOptions::completionThreads CompletionQueue threads.
class GrpcSender final : public CallSender
{
public:
    GrpcSender(const std::vector<QString>& endpoints, SendPlan plan);
    ~GrpcSender() override;

    std::vector<std::string> targets() const override;
    int channelCount() const override;
    int connectAll(std::chrono::milliseconds wait) override;
    SendOutcome run(const CancelToken* cancel) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace traceload

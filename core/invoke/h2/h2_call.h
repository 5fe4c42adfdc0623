#pragma once

#include "invoke/call_recorder.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace traceload::h2 {

class H2Connection;

// One gRPC unary call on the lean transport, from submit to its outcome. Owned by its
// shard's pool; it is released only when both its outcome is recorded and nghttp2 no
// longer refers to it (the stream closed, or its HEADERS was never sent).
struct H2Call
{
    std::uint32_t record = 0;
    InvokerClock::time_point sentAt;
    InvokerClock::time_point deadline;
    std::string_view request; // the framed request (shard-owned, lives for the run)
    std::size_t requestOffset = 0;
    bool execute = false;
    int httpStatus = 0;
    int grpcStatus = -1; // -1: no grpc-status seen
    std::string grpcMessage;
    std::string body;
    bool recorded = false;
    bool attached = false; // nghttp2 still refers to it
    std::int32_t streamId = 0;
    H2Connection* connection = nullptr;
    // The shard's calls in flight in send order (= deadline order), while not recorded.
    H2Call* prev = nullptr;
    H2Call* next = nullptr;
};

// What a connection reports to the shard that owns it.
class H2CallSink
{
public:
    virtual ~H2CallSink() = default;
    // The call's outcome (ignored when it already has one, e.g. after its local deadline);
    // `replyText`: the reply's message field of an OK call.
    virtual void callEnded(H2Call* call, int code, std::string_view message,
                           std::string_view replyText = {}) = 0;
    // nghttp2 no longer refers to the call (it may be released once it has its outcome).
    virtual void callDetached(H2Call* call) = 0;
};

} // namespace traceload::h2

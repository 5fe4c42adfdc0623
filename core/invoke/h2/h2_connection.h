#pragma once

#include "h2_call.h"

#include <cstdint>
#include <nghttp2/nghttp2.h>
#include <string>
#include <sys/socket.h>
#include <unordered_map>

namespace traceload::h2 {

// One plaintext HTTP/2 connection (h2c with prior knowledge) on a non-blocking socket,
// driven by its shard's epoll loop: nghttp2 frames the streams, this class moves bytes and
// turns responses into gRPC outcomes (grpc-status and grpc-message from the trailers or a
// trailers-only response, HTTP statuses and resets mapped as gRPC maps them). Requests
// submitted while connecting go out once connected; nghttp2 holds streams beyond the
// server's SETTINGS_MAX_CONCURRENT_STREAMS until one ends. After a GOAWAY the connection
// takes no new streams (streams the server refused end UNAVAILABLE) and drains.
class H2Connection
{
public:
    enum class State
    {
        Connecting,
        Ready,
        Draining, // GOAWAY received or stream ids used up: no new streams
        Closed    // failed or finished; the owner deletes it
    };

    // `epollFd`: the shard's epoll instance; `label`: the dial target, for messages.
    H2Connection(H2CallSink& sink, int epollFd, std::string label);
    ~H2Connection(); // releases the calls it still holds (their outcomes already recorded)
    H2Connection(const H2Connection&) = delete;
    H2Connection& operator=(const H2Connection&) = delete;

    // Starts connecting to `address`; false (and `error`) when that fails at once.
    bool start(const sockaddr_storage& address, socklen_t length, std::string& error);

    // Submits a request; false when this connection can take no new stream.
    bool submit(H2Call* call, const nghttp2_nv* headers, std::size_t count);
    // RST_STREAM(CANCEL) for a call whose outcome is already recorded.
    void reset(H2Call* call);

    void onEvents(std::uint32_t events);
    // Writes what nghttp2 has queued (all streams submitted since the last flush in as few
    // writes as the socket takes).
    void flush();
    // Ends every call it holds that has no outcome yet with UNAVAILABLE and `message`, and
    // closes the socket.
    void fail(const std::string& message);

    State state() const { return m_state; }
    bool acceptsStreams() const { return m_state == State::Connecting || m_state == State::Ready; }
    bool wantsFlush() const { return m_dirty; }
    // A request submitted now would not go out now: the socket has not taken more than
    // kMaxUnwritten bytes (the peer reads slowly), or the peer's concurrent-stream limit is
    // reached. The shard then waits instead of queueing without bound.
    bool backlogged() const;
    bool hasCalls() const { return !m_calls.empty(); }
    // Set when the connection failed; the message its calls got.
    const std::string& failure() const { return m_failure; }
    bool everConnected() const { return m_everConnected; }

private:
    static nghttp2_session_callbacks* callbacks();
    static int onHeader(nghttp2_session*, const nghttp2_frame* frame, const std::uint8_t* name,
                        std::size_t nameLength, const std::uint8_t* value, std::size_t valueLength,
                        std::uint8_t flags, void* self);
    static int onDataChunk(nghttp2_session*, std::uint8_t flags, std::int32_t streamId,
                           const std::uint8_t* data, std::size_t length, void* self);
    static int onFrameReceived(nghttp2_session*, const nghttp2_frame* frame, void* self);
    static int onFrameNotSent(nghttp2_session*, const nghttp2_frame* frame, int error, void* self);
    static int onStreamClose(nghttp2_session*, std::int32_t streamId, std::uint32_t errorCode,
                             void* self);
    static ssize_t readRequest(nghttp2_session*, std::int32_t streamId, std::uint8_t* buffer,
                               std::size_t length, std::uint32_t* flags,
                               nghttp2_data_source* source, void* self);

    void onConnected();
    void readAvailable();
    void finishStream(H2Call* call, std::uint32_t errorCode);
    void detach(std::int32_t streamId);
    void watchWrites(bool on);

    H2CallSink& m_sink;
    int m_epoll;
    std::string m_label;
    int m_fd = -1;
    nghttp2_session* m_session = nullptr;
    State m_state = State::Connecting;
    bool m_dirty = false;
    bool m_watchingWrites = false;
    bool m_everConnected = false;
    std::string m_out; // bytes nghttp2 gave that the socket did not take yet
    std::size_t m_outOffset = 0;
    std::string m_failure;
    std::unordered_map<std::int32_t, H2Call*> m_calls; // streams nghttp2 refers to
};

} // namespace traceload::h2

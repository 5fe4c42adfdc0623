#include "h2_connection.h"

#include "grpc_wire.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace traceload::h2 {

namespace {

constexpr std::size_t kMaxReplyBytes = 4 * 1024 * 1024; // gRPC's default receive limit
constexpr std::int32_t kStreamWindow = 1 << 20;
constexpr std::int32_t kConnectionWindow = 16 << 20;
// Beyond the kernel's send buffer: about 10,000 small requests.
constexpr std::size_t kMaxUnwritten = 1 << 20;

std::string errnoText(int error)
{
    return std::strerror(error);
}

// As gRPC words it (UNAVAILABLE either way).
std::string connectError(const std::string& target, int error)
{
    return "failed to connect to " + target + ": " + errnoText(error);
}

} // namespace

H2Connection::H2Connection(H2CallSink& sink, int epollFd, std::string label)
    : m_sink(sink), m_epoll(epollFd), m_label(std::move(label))
{
}

H2Connection::~H2Connection()
{
    for (auto& [id, call] : m_calls) {
        m_sink.callEnded(call, kUnavailable, "connection closed");
        m_sink.callDetached(call);
    }
    m_calls.clear();
    if (m_session)
        nghttp2_session_del(m_session);
    if (m_fd >= 0)
        ::close(m_fd);
}

bool H2Connection::start(const sockaddr_storage& address, socklen_t length, std::string& error)
{
    m_fd = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        error = errnoText(errno);
        m_state = State::Closed;
        return false;
    }
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), length) < 0 &&
        errno != EINPROGRESS) {
        error = connectError(m_label, errno);
        m_state = State::Closed;
        return false;
    }
    nghttp2_option* option = nullptr;
    nghttp2_option_new(&option);
    // We read whole replies; nghttp2 need not keep the peer's closed streams around.
    nghttp2_option_set_no_closed_streams(option, 1);
    nghttp2_session_client_new2(&m_session, callbacks(), this, option);
    nghttp2_option_del(option);
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, std::uint32_t(kStreamWindow)}};
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, 2);
    nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, kConnectionWindow);
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.ptr = this;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_fd, &ev);
    m_watchingWrites = true;
    m_state = State::Connecting;
    m_dirty = true;
    return true;
}

bool H2Connection::submit(H2Call* call, const nghttp2_nv* headers, std::size_t count)
{
    if (!acceptsStreams())
        return false;
    nghttp2_data_provider body{};
    body.source.ptr = call;
    body.read_callback = &H2Connection::readRequest;
    const std::int32_t id = nghttp2_submit_request(m_session, nullptr, headers, count, &body, call);
    if (id < 0) {
        // Stream ids used up (2^31 streams): a fresh connection takes the next calls.
        m_state = State::Draining;
        return false;
    }
    call->streamId = id;
    call->connection = this;
    call->attached = true;
    m_calls.emplace(id, call);
    m_dirty = true;
    return true;
}

bool H2Connection::backlogged() const
{
    if (m_out.size() - m_outOffset > kMaxUnwritten)
        return true;
    return m_session && m_calls.size() >= nghttp2_session_get_remote_settings(
                                              m_session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
}

void H2Connection::reset(H2Call* call)
{
    if (!call->attached || !m_session)
        return;
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, call->streamId, NGHTTP2_CANCEL);
    m_dirty = true;
}

void H2Connection::watchWrites(bool on)
{
    if (on == m_watchingWrites || m_fd < 0)
        return;
    epoll_event ev{};
    ev.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    ev.data.ptr = this;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, m_fd, &ev);
    m_watchingWrites = on;
}

void H2Connection::onEvents(std::uint32_t events)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting) {
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
            return;
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0 || (events & (EPOLLERR | EPOLLHUP) && !(events & EPOLLOUT))) {
            fail(connectError(m_label, error ? error : ECONNREFUSED));
            return;
        }
        onConnected();
    }
    if (events & (EPOLLIN | EPOLLERR | EPOLLHUP))
        readAvailable();
    if (m_state != State::Closed && (events & EPOLLOUT))
        flush();
}

void H2Connection::onConnected()
{
    m_state = State::Ready;
    m_everConnected = true;
    m_dirty = true;
}

void H2Connection::readAvailable()
{
    std::uint8_t buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            const ssize_t used = nghttp2_session_mem_recv(m_session, buffer, std::size_t(n));
            if (used < 0) {
                fail(std::string("HTTP/2 error: ") + nghttp2_strerror(int(used)));
                return;
            }
            m_dirty = true; // WINDOW_UPDATE, SETTINGS ACK, RST_STREAM...
            if (std::size_t(n) < sizeof buffer)
                break;
            continue;
        }
        if (n == 0) {
            fail("Socket closed");
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            fail(errnoText(errno));
        break;
    }
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session))
        fail("connection closed by the server");
}

void H2Connection::flush()
{
    if (m_state == State::Connecting || m_state == State::Closed) {
        return;
    }
    m_dirty = false;
    // Everything nghttp2 has queued (many streams' HEADERS and DATA), then as few writes as
    // the socket takes.
    for (;;) {
        const std::uint8_t* data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &data);
        if (n < 0) {
            fail(std::string("HTTP/2 error: ") + nghttp2_strerror(int(n)));
            return;
        }
        if (n == 0)
            break;
        m_out.append(reinterpret_cast<const char*>(data), std::size_t(n));
    }
    while (m_outOffset < m_out.size()) {
        const ssize_t n =
            ::send(m_fd, m_out.data() + m_outOffset, m_out.size() - m_outOffset, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                watchWrites(true);
                return;
            }
            fail(errnoText(errno));
            return;
        }
        m_outOffset += std::size_t(n);
    }
    m_out.clear();
    m_outOffset = 0;
    watchWrites(false);
    if (m_state == State::Draining && m_calls.empty() && !nghttp2_session_want_write(m_session))
        fail("drained");
}

void H2Connection::fail(const std::string& message)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_failure = message;
    for (auto& [id, call] : m_calls) {
        m_sink.callEnded(call, kUnavailable, message);
        m_sink.callDetached(call);
    }
    m_calls.clear();
    if (m_fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_fd, nullptr);
        ::close(m_fd);
        m_fd = -1;
    }
    m_dirty = false;
}

void H2Connection::detach(std::int32_t streamId)
{
    const auto it = m_calls.find(streamId);
    if (it == m_calls.end())
        return;
    H2Call* call = it->second;
    m_calls.erase(it);
    m_sink.callDetached(call);
}

void H2Connection::finishStream(H2Call* call, std::uint32_t errorCode)
{
    if (call->recorded)
        return;
    if (call->grpcStatus < 0) {
        if (errorCode != NGHTTP2_NO_ERROR) {
            m_sink.callEnded(call,
                             grpcCodeOfHttp2Error(errorCode, InvokerClock::now() >= call->deadline),
                             "Received RST_STREAM with error code " + std::to_string(errorCode));
        } else if (call->httpStatus != 200) {
            m_sink.callEnded(call, grpcCodeOfHttpStatus(call->httpStatus),
                             "Received http2 header with status: " +
                                 std::to_string(call->httpStatus));
        } else {
            m_sink.callEnded(call, kUnknown, "the response has no grpc-status");
        }
        return;
    }
    if (call->grpcStatus != kOk) {
        m_sink.callEnded(call, call->grpcStatus, call->grpcMessage);
        return;
    }
    const auto message = unframeMessage(call->body);
    if (!message) {
        m_sink.callEnded(call, kInternal, "No message returned for unary request");
        return;
    }
    const auto text = replyText(*message, call->execute);
    if (!text) {
        m_sink.callEnded(call, kInternal, "Failed to parse the response");
        return;
    }
    m_sink.callEnded(call, kOk, {}, *text);
}

int H2Connection::onHeader(nghttp2_session* session, const nghttp2_frame* frame,
                           const std::uint8_t* name, std::size_t nameLength,
                           const std::uint8_t* value, std::size_t valueLength, std::uint8_t, void*)
{
    if (frame->hd.type != NGHTTP2_HEADERS)
        return 0;
    auto* call =
        static_cast<H2Call*>(nghttp2_session_get_stream_user_data(session, frame->hd.stream_id));
    if (!call)
        return 0;
    const std::string_view n(reinterpret_cast<const char*>(name), nameLength);
    const std::string_view v(reinterpret_cast<const char*>(value), valueLength);
    if (n == ":status") {
        call->httpStatus = 0;
        for (char c : v)
            call->httpStatus = call->httpStatus * 10 + (c - '0');
    } else if (n == "grpc-status") {
        int code = 0;
        for (char c : v)
            code = c >= '0' && c <= '9' ? code * 10 + (c - '0') : 1000;
        call->grpcStatus = code <= 16 ? code : kUnknown;
    } else if (n == "grpc-message") {
        call->grpcMessage = percentDecode(v);
    }
    return 0;
}

int H2Connection::onDataChunk(nghttp2_session* session, std::uint8_t, std::int32_t streamId,
                              const std::uint8_t* data, std::size_t length, void* self)
{
    auto* call = static_cast<H2Call*>(nghttp2_session_get_stream_user_data(session, streamId));
    if (!call)
        return 0;
    if (call->body.size() + length > kMaxReplyBytes) {
        static_cast<H2Connection*>(self)->m_sink.callEnded(
            call, kResourceExhausted, "Received message larger than max (4194304)");
        nghttp2_submit_rst_stream(session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_CANCEL);
        return 0;
    }
    call->body.append(reinterpret_cast<const char*>(data), length);
    return 0;
}

int H2Connection::onFrameReceived(nghttp2_session*, const nghttp2_frame* frame, void* self)
{
    auto* c = static_cast<H2Connection*>(self);
    if (frame->hd.type == NGHTTP2_GOAWAY && c->m_state != State::Closed)
        c->m_state = State::Draining;
    return 0;
}

int H2Connection::onFrameNotSent(nghttp2_session*, const nghttp2_frame* frame, int error,
                                 void* self)
{
    // A request whose HEADERS never went out (reset while queued, or refused after GOAWAY):
    // nghttp2 opens no stream for it, so no stream-close callback follows.
    if (frame->hd.type != NGHTTP2_HEADERS)
        return 0;
    auto* c = static_cast<H2Connection*>(self);
    const auto it = c->m_calls.find(frame->hd.stream_id);
    if (it != c->m_calls.end())
        c->m_sink.callEnded(it->second, kUnavailable,
                            std::string("the request was not sent: ") + nghttp2_strerror(error));
    c->detach(frame->hd.stream_id);
    return 0;
}

int H2Connection::onStreamClose(nghttp2_session*, std::int32_t streamId, std::uint32_t errorCode,
                                void* self)
{
    auto* c = static_cast<H2Connection*>(self);
    const auto it = c->m_calls.find(streamId);
    if (it == c->m_calls.end())
        return 0;
    c->finishStream(it->second, errorCode);
    c->detach(streamId);
    return 0;
}

ssize_t H2Connection::readRequest(nghttp2_session*, std::int32_t, std::uint8_t* buffer,
                                  std::size_t length, std::uint32_t* flags,
                                  nghttp2_data_source* source, void*)
{
    auto* call = static_cast<H2Call*>(source->ptr);
    const std::size_t n = std::min(length, call->request.size() - call->requestOffset);
    std::memcpy(buffer, call->request.data() + call->requestOffset, n);
    call->requestOffset += n;
    if (call->requestOffset == call->request.size())
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return ssize_t(n);
}

nghttp2_session_callbacks* H2Connection::callbacks()
{
    // Built once; nghttp2 copies them into each session.
    static nghttp2_session_callbacks* const shared = [] {
        nghttp2_session_callbacks* cb = nullptr;
        nghttp2_session_callbacks_new(&cb);
        nghttp2_session_callbacks_set_on_header_callback(cb, &H2Connection::onHeader);
        nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cb, &H2Connection::onDataChunk);
        nghttp2_session_callbacks_set_on_frame_recv_callback(cb, &H2Connection::onFrameReceived);
        nghttp2_session_callbacks_set_on_frame_not_send_callback(cb, &H2Connection::onFrameNotSent);
        nghttp2_session_callbacks_set_on_stream_close_callback(cb, &H2Connection::onStreamClose);
        return cb;
    }();
    return shared;
}

} // namespace traceload::h2

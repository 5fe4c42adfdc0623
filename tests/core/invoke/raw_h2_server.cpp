#include "raw_h2_server.h"

#include "helloworld.pb.h"

#include <arpa/inet.h>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <nghttp2/nghttp2.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace traceload::test {

namespace {

using Clock = std::chrono::steady_clock;

nghttp2_nv header(const std::string& name, const std::string& value)
{
    return {reinterpret_cast<std::uint8_t*>(const_cast<char*>(name.data())),
            reinterpret_cast<std::uint8_t*>(const_cast<char*>(value.data())), name.size(),
            value.size(), NGHTTP2_NV_FLAG_NONE};
}

std::string percentEncode(const std::string& text)
{
    std::string out;
    for (unsigned char c : text) {
        if (c >= 0x20 && c < 0x7f && c != '%') {
            out.push_back(char(c));
        } else {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "%%%02X", c);
            out += buffer;
        }
    }
    return out;
}

} // namespace

struct RawH2Server::Impl
{
    struct Stream
    {
        std::map<std::string, std::string> headers;
        std::size_t bodyBytes = 0;
        std::string body; // the framed reply
        std::size_t offset = 0;
    };
    struct Connection
    {
        Impl* server = nullptr;
        int fd = -1;
        int number = 0;
        Clock::time_point readyAt{};
        nghttp2_session* session = nullptr;
        std::map<std::int32_t, Stream> streams;
        int answered = 0;
        int open = 0;
        bool goingAway = false;
    };
    struct Due
    {
        Clock::time_point at;
        Connection* connection;
        std::int32_t stream;
    };

    Script script;
    int listenFd = -1;
    int port = 0;
    std::atomic<bool> quit{false};
    std::thread thread;
    mutable std::mutex mutex;
    std::vector<Request> requests;
    int connectionCount = 0;
    int maxOpen = 0;
    int resets = 0;
    std::vector<std::unique_ptr<Connection>> connections;
    std::vector<Due> due;

    void loop();
    void answer(Connection& c, std::int32_t id);
    static nghttp2_session_callbacks* callbacks();
};

void RawH2Server::Impl::answer(Connection& c, std::int32_t id)
{
    auto it = c.streams.find(id);
    if (it == c.streams.end())
        return;
    Stream& s = it->second;
    const std::string status200 = "200";
    std::vector<std::string> keep; // values outlive the submit (nghttp2 copies them)
    std::vector<nghttp2_nv> nv;
    const auto add = [&](const char* name, std::string value) {
        keep.push_back(name);
        keep.push_back(std::move(value));
    };
    switch (script.answer) {
    case Script::Answer::HttpStatus:
        add(":status", std::to_string(script.httpStatus));
        break;
    case Script::Answer::Status:
        add(":status", "200");
        add("content-type", "application/grpc");
        add("grpc-status", std::to_string(script.grpcStatus));
        if (!script.message.empty())
            add("grpc-message", percentEncode(script.message));
        break;
    case Script::Answer::Reply:
        add(":status", "200");
        add("content-type", "application/grpc");
        break;
    case Script::Answer::Nothing:
        return;
    }
    for (std::size_t i = 0; i < keep.size(); i += 2)
        nv.push_back(header(keep[i], keep[i + 1]));
    if (script.answer != Script::Answer::Reply) {
        nghttp2_submit_response(c.session, id, nv.data(), nv.size(), nullptr);
    } else {
        helloworld::HelloReply reply;
        reply.set_message(script.replyText);
        const std::string bytes = reply.SerializeAsString();
        s.body = std::string(5, '\0') + bytes;
        s.body[4] = char(bytes.size()); // replies here are short
        nghttp2_data_provider data{};
        data.source.ptr = &s;
        data.read_callback = [](nghttp2_session* session, std::int32_t streamId,
                                std::uint8_t* buffer, std::size_t length, std::uint32_t* flags,
                                nghttp2_data_source* source, void*) -> ssize_t {
            auto* st = static_cast<Stream*>(source->ptr);
            const std::size_t n = std::min(length, st->body.size() - st->offset);
            std::memcpy(buffer, st->body.data() + st->offset, n);
            st->offset += n;
            if (st->offset == st->body.size()) {
                *flags |= NGHTTP2_DATA_FLAG_EOF | NGHTTP2_DATA_FLAG_NO_END_STREAM;
                const std::string name = "grpc-status", zero = "0";
                const nghttp2_nv trailer = header(name, zero);
                nghttp2_submit_trailer(session, streamId, &trailer, 1);
            }
            return ssize_t(n);
        };
        nghttp2_submit_response(c.session, id, nv.data(), nv.size(), &data);
    }
    ++c.answered;
    if (script.goAwayAfter > 0 && c.answered == script.goAwayAfter && !c.goingAway) {
        c.goingAway = true;
        nghttp2_submit_goaway(c.session, NGHTTP2_FLAG_NONE, id, NGHTTP2_NO_ERROR, nullptr, 0);
    }
}

nghttp2_session_callbacks* RawH2Server::Impl::callbacks()
{
    static nghttp2_session_callbacks* const shared = [] {
        nghttp2_session_callbacks* cb = nullptr;
        nghttp2_session_callbacks_new(&cb);
        nghttp2_session_callbacks_set_on_begin_headers_callback(
            cb, [](nghttp2_session*, const nghttp2_frame* frame, void* self) {
                auto* c = static_cast<Connection*>(self);
                if (frame->hd.type == NGHTTP2_HEADERS &&
                    frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
                    c->streams[frame->hd.stream_id];
                    ++c->open;
                    std::lock_guard lock(c->server->mutex);
                    c->server->maxOpen = std::max(c->server->maxOpen, c->open);
                }
                return 0;
            });
        nghttp2_session_callbacks_set_on_header_callback(
            cb, [](nghttp2_session*, const nghttp2_frame* frame, const std::uint8_t* name,
                   std::size_t nameLength, const std::uint8_t* value, std::size_t valueLength,
                   std::uint8_t, void* self) {
                auto* c = static_cast<Connection*>(self);
                c->streams[frame->hd.stream_id]
                    .headers[std::string(reinterpret_cast<const char*>(name), nameLength)] =
                    std::string(reinterpret_cast<const char*>(value), valueLength);
                return 0;
            });
        nghttp2_session_callbacks_set_on_data_chunk_recv_callback(
            cb, [](nghttp2_session*, std::uint8_t, std::int32_t id, const std::uint8_t*,
                   std::size_t length, void* self) {
                static_cast<Connection*>(self)->streams[id].bodyBytes += length;
                return 0;
            });
        nghttp2_session_callbacks_set_on_frame_recv_callback(
            cb, [](nghttp2_session*, const nghttp2_frame* frame, void* self) {
                auto* c = static_cast<Connection*>(self);
                Impl* server = c->server;
                if (frame->hd.type == NGHTTP2_RST_STREAM) {
                    std::lock_guard lock(server->mutex);
                    ++server->resets;
                }
                if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA) &&
                    (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
                    const Stream& s = c->streams[frame->hd.stream_id];
                    {
                        std::lock_guard lock(server->mutex);
                        server->requests.push_back({s.headers, c->number, s.bodyBytes});
                    }
                    server->due.push_back(
                        {Clock::now() + server->script.delay, c, frame->hd.stream_id});
                }
                return 0;
            });
        nghttp2_session_callbacks_set_on_stream_close_callback(
            cb, [](nghttp2_session*, std::int32_t id, std::uint32_t, void* self) {
                auto* c = static_cast<Connection*>(self);
                if (c->streams.erase(id))
                    --c->open;
                return 0;
            });
        return cb;
    }();
    return shared;
}

void RawH2Server::Impl::loop()
{
    while (!quit) {
        std::vector<pollfd> fds{{listenFd, POLLIN, 0}};
        const auto before = Clock::now();
        for (auto& c : connections)
            fds.push_back(
                {c->fd,
                 short(before < c->readyAt
                           ? 0
                           : POLLIN | (nghttp2_session_want_write(c->session) ? POLLOUT : 0)),
                 0});
        ::poll(fds.data(), fds.size(), 1);
        if (fds[0].revents & POLLIN) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) {
                auto c = std::make_unique<Connection>();
                c->server = this;
                c->fd = fd;
                c->readyAt = Clock::now() + script.handshakeDelay;
                {
                    std::lock_guard lock(mutex);
                    c->number = ++connectionCount;
                }
                nghttp2_session_server_new(&c->session, callbacks(), c.get());
                std::vector<nghttp2_settings_entry> settings;
                if (script.maxConcurrentStreams > 0)
                    settings.push_back(
                        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, script.maxConcurrentStreams});
                nghttp2_submit_settings(c->session, NGHTTP2_FLAG_NONE, settings.data(),
                                        settings.size());
                connections.push_back(std::move(c));
            }
        }
        const auto now = Clock::now();
        for (std::size_t i = 0; i < due.size();) {
            if (due[i].at <= now) {
                answer(*due[i].connection, due[i].stream);
                due.erase(due.begin() + long(i));
            } else {
                ++i;
            }
        }
        for (auto it = connections.begin(); it != connections.end();) {
            Connection& c = **it;
            if (now < c.readyAt) {
                ++it;
                continue;
            }
            bool alive = true;
            std::uint8_t buffer[16384];
            for (;;) {
                const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    if (nghttp2_session_mem_recv(c.session, buffer, std::size_t(n)) < 0)
                        alive = false;
                    continue;
                }
                if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                    alive = false;
                break;
            }
            for (;;) {
                const std::uint8_t* data = nullptr;
                const ssize_t n = nghttp2_session_mem_send(c.session, &data);
                if (n <= 0)
                    break;
                if (::send(c.fd, data, std::size_t(n), MSG_NOSIGNAL) != n)
                    alive = false; // tests send little: a full socket buffer is a failure
            }
            const bool pending = std::any_of(due.begin(), due.end(),
                                             [&](const Due& d) { return d.connection == &c; });
            if (c.goingAway && c.open == 0 && !pending && !nghttp2_session_want_write(c.session))
                alive = false;
            if (!nghttp2_session_want_read(c.session) && !nghttp2_session_want_write(c.session))
                alive = false;
            if (!alive) {
                std::erase_if(due, [&](const Due& d) { return d.connection == &c; });
                nghttp2_session_del(c.session);
                ::close(c.fd);
                it = connections.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& c : connections) {
        nghttp2_session_del(c->session);
        ::close(c->fd);
    }
}

RawH2Server::RawH2Server(Script script) : d(std::make_unique<Impl>())
{
    d->script = std::move(script);
    d->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(d->listenFd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(d->listenFd, 64);
    socklen_t length = sizeof a;
    ::getsockname(d->listenFd, reinterpret_cast<sockaddr*>(&a), &length);
    d->port = ntohs(a.sin_port);
    d->thread = std::thread([this] { d->loop(); });
}

RawH2Server::~RawH2Server()
{
    d->quit = true;
    d->thread.join();
    ::close(d->listenFd);
}

QString RawH2Server::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(d->port);
}

std::vector<RawH2Server::Request> RawH2Server::requests() const
{
    std::lock_guard lock(d->mutex);
    return d->requests;
}

int RawH2Server::connections() const
{
    std::lock_guard lock(d->mutex);
    return d->connectionCount;
}

int RawH2Server::maxConcurrentStreamsSeen() const
{
    std::lock_guard lock(d->mutex);
    return d->maxOpen;
}

int RawH2Server::resetsReceived() const
{
    std::lock_guard lock(d->mutex);
    return d->resets;
}

} // namespace traceload::test

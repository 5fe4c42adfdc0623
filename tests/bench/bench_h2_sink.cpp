// A lean stand-in for bench_grpc_sink: plaintext HTTP/2 (h2c, prior knowledge) on nghttp2,
// one thread, epoll, non-blocking sockets. Every request, whatever its :path, is answered at
// once with :status 200, an empty gRPC message (5 zero bytes) and the trailer grpc-status 0;
// only each call's arrival time is recorded (wall clock, µs since the Unix epoch: the time
// the read() that completed the request returned). Its CPU per call is a fraction of the
// gRPC C++ server's, so the invoker benchmark is not capped by its own server.
//
//   bench_h2_sink --listen 127.0.0.1:0 [--arrivals FILE] [--max-calls N]
//
// Prints "listening on HOST:PORT" once serving; on SIGINT or SIGTERM stops and writes one
// arrival per line (header `arrival_unix_us`, in the order the calls were recorded) to FILE.
// Calls beyond --max-calls (default 20,000,000) are answered but not recorded; the number
// recorded and dropped goes to stderr.
#include "sink_args.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nghttp2/nghttp2.h>
#include <string>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr std::size_t kReadChunk = 256 * 1024;
constexpr std::size_t kOutCap = 1024 * 1024; // stop producing output while this much waits
constexpr int kMessageBytes = 5;             // compressed flag 0, length 0: empty HelloReply

struct Connection
{
    int fd = -1;
    nghttp2_session* session = nullptr;
    std::string out; // bytes nghttp2 produced that the socket has not taken yet
    bool pollOut = false;
};

std::unique_ptr<std::int64_t[]> g_arrivals; // pages are touched as calls arrive
std::size_t g_capacity = 0;
std::size_t g_count = 0;
std::int64_t g_readTime = 0; // µs since the epoch of the read() being parsed

nghttp2_nv constNv(const char* name, const char* value)
{
    return {reinterpret_cast<std::uint8_t*>(const_cast<char*>(name)),
            reinterpret_cast<std::uint8_t*>(const_cast<char*>(value)), std::strlen(name),
            std::strlen(value), NGHTTP2_NV_FLAG_NO_COPY_NAME | NGHTTP2_NV_FLAG_NO_COPY_VALUE};
}
const nghttp2_nv kHeaders[] = {constNv(":status", "200"),
                               constNv("content-type", "application/grpc")};
const nghttp2_nv kTrailers[] = {constNv("grpc-status", "0")};

// The reply body. nghttp2 keeps the data source with the stream and hands the same one back
// on every call, so its `fd` counts the bytes already sent (the client's window may be < 5).
ssize_t readReply(nghttp2_session* session, std::int32_t stream, std::uint8_t* buffer,
                  std::size_t length, std::uint32_t* flags, nghttp2_data_source* source, void*)
{
    const std::size_t n = std::min<std::size_t>(length, kMessageBytes - source->fd);
    std::memset(buffer, 0, n);
    source->fd += int(n);
    if (source->fd == kMessageBytes) {
        *flags |= NGHTTP2_DATA_FLAG_EOF | NGHTTP2_DATA_FLAG_NO_END_STREAM;
        if (nghttp2_submit_trailer(session, stream, kTrailers, 1) != 0)
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    }
    return ssize_t(n);
}

// The request stream ended (HEADERS or DATA with END_STREAM): record and answer.
int onFrameRecv(nghttp2_session* session, const nghttp2_frame* frame, void*)
{
    if ((frame->hd.type != NGHTTP2_HEADERS && frame->hd.type != NGHTTP2_DATA) ||
        !(frame->hd.flags & NGHTTP2_FLAG_END_STREAM))
        return 0;
    if (g_count < g_capacity)
        g_arrivals[g_count] = g_readTime;
    ++g_count;
    nghttp2_data_provider body{};
    body.source.fd = 0;
    body.read_callback = readReply;
    return nghttp2_submit_response(session, frame->hd.stream_id, kHeaders, 2, &body) == 0
               ? 0
               : NGHTTP2_ERR_CALLBACK_FAILURE;
}

class Sink
{
public:
    int epoll = -1;
    std::vector<std::unique_ptr<Connection>> connections; // by fd

    void accept(int listenFd)
    {
        for (;;) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto c = std::make_unique<Connection>();
            c->fd = fd;
            nghttp2_session_server_new2(&c->session, callbacks(), c.get(), options());
            const nghttp2_settings_entry settings[] = {
                {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 16 << 20}};
            nghttp2_submit_settings(c->session, NGHTTP2_FLAG_NONE, settings, 1);
            nghttp2_session_set_local_window_size(c->session, NGHTTP2_FLAG_NONE, 0, 1 << 30);
            epoll_event ev{EPOLLIN, {.fd = fd}};
            ::epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &ev);
            if (connections.size() <= std::size_t(fd))
                connections.resize(fd + 1);
            connections[fd] = std::move(c);
            flush(*connections[fd]); // the server's SETTINGS
        }
    }

    void handle(int fd, std::uint32_t events)
    {
        Connection& c = *connections[fd];
        if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            static std::uint8_t buffer[kReadChunk];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
                return close(c);
            if (n > 0) {
                g_readTime = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
                if (nghttp2_session_mem_recv(c.session, buffer, std::size_t(n)) < 0)
                    return close(c);
            }
        }
        flush(c);
    }

private:
    // Everything nghttp2 has to send, in one write; the rest waits for EPOLLOUT.
    void flush(Connection& c)
    {
        bool capped = true; // nghttp2 may have more to send
        while (c.out.size() < kOutCap) {
            const std::uint8_t* data = nullptr;
            const ssize_t n = nghttp2_session_mem_send(c.session, &data);
            if (n < 0)
                return close(c);
            if (n == 0) {
                capped = false;
                break;
            }
            c.out.append(reinterpret_cast<const char*>(data), std::size_t(n));
        }
        if (!c.out.empty()) {
            const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                return close(c);
            c.out.erase(0, std::size_t(std::max<ssize_t>(n, 0)));
        }
        if (c.out.empty() && !nghttp2_session_want_read(c.session) &&
            !nghttp2_session_want_write(c.session))
            return close(c);
        const bool pollOut = !c.out.empty() || capped;
        if (pollOut != c.pollOut) {
            c.pollOut = pollOut;
            epoll_event ev{EPOLLIN | (pollOut ? EPOLLOUT : 0u), {.fd = c.fd}};
            ::epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &ev);
        }
    }

    void close(Connection& c)
    {
        const int fd = c.fd;
        nghttp2_session_del(c.session);
        ::close(fd); // also leaves the epoll set
        connections[fd].reset();
    }

    static nghttp2_session_callbacks* callbacks()
    {
        static nghttp2_session_callbacks* const cb = [] {
            nghttp2_session_callbacks* cb = nullptr;
            nghttp2_session_callbacks_new(&cb);
            nghttp2_session_callbacks_set_on_frame_recv_callback(cb, onFrameRecv);
            return cb;
        }();
        return cb;
    }

    static nghttp2_option* options()
    {
        static nghttp2_option* const option = [] {
            nghttp2_option* option = nullptr;
            nghttp2_option_new(&option);
            nghttp2_option_set_no_http_messaging(option, 1); // no header checks: any :path
            // A server keeps closed streams for the priority tree, up to
            // MAX_CONCURRENT_STREAMS of them: without a limit, every stream ever.
            nghttp2_option_set_no_closed_streams(option, 1);
            return option;
        }();
        return option;
    }
};

int listenOn(const std::string& listen, int& port)
{
    const std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos)
        return -1;
    std::string host = listen.substr(0, colon);
    if (host.size() > 1 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.empty() ? nullptr : host.c_str(), listen.substr(colon + 1).c_str(),
                      &hints, &found) != 0)
        return -1;
    int fd = -1;
    for (addrinfo* a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            continue;
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 4096) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    if (fd >= 0 && ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length) == 0)
        port =
            ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                              : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
    return fd;
}

bool writeArrivals(const char* path)
{
    FILE* f = std::fopen(path, "w");
    if (!f)
        return false;
    std::fputs("arrival_unix_us\n", f);
    for (std::size_t i = 0; i < std::min(g_count, g_capacity); ++i)
        std::fprintf(f, "%lld\n", static_cast<long long>(g_arrivals[i]));
    return std::fclose(f) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    const auto args = parseSinkArgs("bench_h2_sink", argc, argv);
    if (!args)
        return 2;
    const auto& [listen, arrivals, maxCalls] = *args;

    g_capacity = maxCalls;
    g_arrivals = std::make_unique_for_overwrite<std::int64_t[]>(maxCalls);

    // The stop signals arrive through a signalfd in the same epoll set.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigprocmask(SIG_BLOCK, &stop, nullptr);
    const int signalFd = ::signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);

    int port = 0;
    const int listenFd = listenOn(listen, port);
    if (listenFd < 0 || port == 0) {
        std::fprintf(stderr, "cannot listen on %s\n", listen.c_str());
        return 1;
    }
    Sink sink;
    sink.epoll = ::epoll_create1(EPOLL_CLOEXEC);
    for (const int fd : {listenFd, signalFd}) {
        epoll_event ev{EPOLLIN, {.fd = fd}};
        ::epoll_ctl(sink.epoll, EPOLL_CTL_ADD, fd, &ev);
    }
    const std::string host = listen.substr(0, listen.rfind(':'));
    std::printf("listening on %s:%d\n", host.c_str(), port);
    std::fflush(stdout);

    for (bool running = true; running;) {
        epoll_event events[256];
        const int n = ::epoll_wait(sink.epoll, events, 256, -1);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == signalFd)
                running = false;
            else if (fd == listenFd)
                sink.accept(listenFd);
            else if (std::size_t(fd) < sink.connections.size() && sink.connections[fd])
                sink.handle(fd, events[i].events);
        }
    }
    const std::size_t recorded = std::min(g_count, g_capacity);
    std::fprintf(stderr, "received %zu calls, recorded %zu, dropped %zu\n", g_count, recorded,
                 g_count - recorded);
    if (arrivals && !writeArrivals(arrivals)) {
        std::fprintf(stderr, "cannot write %s\n", arrivals);
        return 1;
    }
    return 0;
}

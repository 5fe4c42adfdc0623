// The minimal gRPC server the invoker benchmark measures against: helloworld.Greeter/SayHello
// answers at once with an empty reply and records only each call's arrival time (wall clock,
// µs since the Unix epoch), so that its own CPU use stays small next to the invoker's.
//
//   bench_grpc_sink --listen 127.0.0.1:0 [--arrivals FILE] [--max-calls N]
//
// Prints "listening on HOST:PORT" once serving; on SIGINT or SIGTERM stops and writes one
// arrival per line (header `arrival_unix_us`, in the order the calls were recorded) to FILE.
// Calls beyond --max-calls (default 20,000,000) are answered but not recorded; the number
// recorded and dropped goes to stderr.
#include "helloworld.grpc.pb.h"
#include "sink_args.h"

#include <absl/synchronization/mutex.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>
#include <vector>

namespace {

class Sink final : public helloworld::Greeter::CallbackService
{
public:
    explicit Sink(std::size_t capacity) : m_arrivals(capacity) {}

    grpc::ServerUnaryReactor* SayHello(grpc::CallbackServerContext* context,
                                       const helloworld::HelloRequest*,
                                       helloworld::HelloReply*) override
    {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        const std::size_t i = m_count.fetch_add(1, std::memory_order_relaxed);
        if (i < m_arrivals.size())
            m_arrivals[i] = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
        grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
        reactor->Finish(grpc::Status::OK);
        return reactor;
    }

    std::size_t recorded() const { return std::min(m_count.load(), m_arrivals.size()); }
    std::size_t received() const { return m_count.load(); }

    bool write(const char* path) const
    {
        FILE* f = std::fopen(path, "w");
        if (!f)
            return false;
        std::fputs("arrival_unix_us\n", f);
        for (std::size_t i = 0; i < recorded(); ++i)
            std::fprintf(f, "%lld\n", static_cast<long long>(m_arrivals[i]));
        return std::fclose(f) == 0;
    }

private:
    std::vector<std::int64_t> m_arrivals;
    std::atomic<std::size_t> m_count{0};
};

} // namespace

int main(int argc, char** argv)
{
    const auto args = parseSinkArgs("bench_grpc_sink", argc, argv);
    if (!args)
        return 2;
    const auto& [listen, arrivals, maxCalls] = *args;

    // As the invoker does: Debian's absl checks every lock for deadlocks otherwise.
    absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
    // Block the stop signals in every thread gRPC starts; main waits for them.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    Sink sink(maxCalls);
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort(listen, grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&sink);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0) {
        std::fprintf(stderr, "cannot listen on %s\n", listen.c_str());
        return 1;
    }
    const std::string host = listen.substr(0, listen.rfind(':'));
    std::printf("listening on %s:%d\n", host.c_str(), port);
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stop, &signal);
    server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
    std::fprintf(stderr, "received %zu calls, recorded %zu\n", sink.received(), sink.recorded());
    if (arrivals && !sink.write(arrivals)) {
        std::fprintf(stderr, "cannot write %s\n", arrivals);
        return 1;
    }
    return 0;
}

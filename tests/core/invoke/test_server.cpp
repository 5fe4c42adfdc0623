#include "test_server.h"

#include "helloworld.grpc.pb.h"

#include <atomic>
#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <map>
#include <mutex>
#include <thread>

namespace traceload::test {

namespace {
using Clock = std::chrono::steady_clock;
}

struct TestGreeterServer::Impl final : helloworld::Greeter::CallbackService
{
    struct Pending
    {
        grpc::ServerUnaryReactor* reactor;
        helloworld::HelloReply* reply;
    };

    std::unique_ptr<grpc::Server> server;
    int port = 0;

    mutable std::mutex mutex;
    std::condition_variable wake;
    std::chrono::microseconds delay{0};
    Mode mode = Mode::Reply;
    int failCode = 14;
    std::string replyMessage;
    bool customReply = false;
    bool stopped = false;
    bool quit = false;
    std::uint64_t received = 0;
    std::vector<std::string> authorities;
    std::multimap<Clock::time_point, Pending> due; // delayed replies
    std::vector<grpc::ServerUnaryReactor*> parked; // never answered (until stop)
    std::thread timer;

    grpc::ServerUnaryReactor* SayHello(grpc::CallbackServerContext* context,
                                       const helloworld::HelloRequest*,
                                       helloworld::HelloReply* reply) override
    {
        auto* reactor = context->DefaultReactor();
        std::lock_guard lock(mutex);
        const std::uint64_t n = received++;
        authorities.emplace_back(context->ExperimentalGetAuthority().data(),
                                 context->ExperimentalGetAuthority().size());
        if (stopped) {
            reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "stopped"));
            return reactor;
        }
        switch (mode) {
        case Mode::Fail:
            reactor->Finish(grpc::Status(grpc::StatusCode(failCode), "test failure"));
            return reactor;
        case Mode::NeverAnswer:
            parked.push_back(reactor);
            return reactor;
        case Mode::Reply:
            break;
        }
        reply->set_message(customReply ? replyMessage
                                       : std::string("{\"service\":\"test\",\"exec_us\":0,"
                                                     "\"instance\":\"test-1\",\"cold\":") +
                                             (n == 0 ? "true}" : "false}"));
        if (delay.count() == 0) {
            reactor->Finish(grpc::Status::OK);
        } else {
            due.emplace(Clock::now() + delay, Pending{reactor, reply});
            wake.notify_one();
        }
        return reactor;
    }

    void runTimer()
    {
        std::unique_lock lock(mutex);
        while (!quit) {
            if (due.empty()) {
                wake.wait(lock);
                continue;
            }
            const auto first = due.begin()->first;
            if (Clock::now() < first) {
                wake.wait_until(lock, first);
                continue;
            }
            const Pending p = due.begin()->second;
            due.erase(due.begin());
            p.reactor->Finish(grpc::Status::OK);
        }
    }

    void finishAllPending()
    {
        std::lock_guard lock(mutex);
        stopped = true;
        for (auto& [at, p] : due)
            p.reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "stopped"));
        due.clear();
        for (auto* r : parked)
            r->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "stopped"));
        parked.clear();
    }
};

TestGreeterServer::TestGreeterServer() : d(std::make_unique<Impl>())
{
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &d->port);
    builder.RegisterService(d.get());
    d->server = builder.BuildAndStart();
    d->timer = std::thread([this] { d->runTimer(); });
}

TestGreeterServer::~TestGreeterServer()
{
    stop();
    {
        std::lock_guard lock(d->mutex);
        d->quit = true;
    }
    d->wake.notify_all();
    d->timer.join();
}

int TestGreeterServer::port() const
{
    return d->port;
}

QString TestGreeterServer::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(d->port);
}

void TestGreeterServer::setDelay(std::chrono::microseconds delay)
{
    std::lock_guard lock(d->mutex);
    d->delay = delay;
}

void TestGreeterServer::setMode(Mode mode, int failCode)
{
    std::lock_guard lock(d->mutex);
    d->mode = mode;
    d->failCode = failCode;
}

void TestGreeterServer::setReplyMessage(const std::string& message)
{
    std::lock_guard lock(d->mutex);
    d->replyMessage = message;
    d->customReply = true;
}

void TestGreeterServer::stop()
{
    if (!d->server)
        return;
    d->finishAllPending();
    d->server->Shutdown(std::chrono::system_clock::now());
    d->server->Wait();
    d->server.reset();
}

std::uint64_t TestGreeterServer::received() const
{
    std::lock_guard lock(d->mutex);
    return d->received;
}

std::vector<std::string> TestGreeterServer::authorities() const
{
    std::lock_guard lock(d->mutex);
    return d->authorities;
}

} // namespace traceload::test

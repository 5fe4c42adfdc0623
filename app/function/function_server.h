#pragma once

#include "arrival_log.h"
#include "deadline_timer.h"
#include "instance_tracker.h"
#include "service_behaviour.h"
#include "work.h"
#include "work_pool.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace grpc {
class CallbackServerContext;
class Server;
class ServerUnaryReactor;
} // namespace grpc
namespace helloworld {
class HelloReply;
}
namespace faas {
class FaasRequest;
class FaasReply;
} // namespace faas

namespace traceload {

struct FunctionServerOptions
{
    QString listen = QStringLiteral("127.0.0.1:0"); // host:port, port 0 picks a free one
    std::vector<ServiceBehaviour> services;
    // Serves calls whose :authority names no service. Must name a service of `services`,
    // unless `services` is empty: then it is a service of its own with 0 ms and 0 MB.
    QString defaultService;
    WorkKind work = WorkKind::Sleep;
    bool touchMemory = false;
    double coldStartMs = 0; // 0: no cold starts are emulated (calls still say cold)
    double idleTimeoutS = 600;
    // The process exits after this long without calls (none arriving, none in flight), so
    // an emulator whose deployment was forgotten does not run forever; 0 = never.
    double exitAfterIdleS = 1800;
    QString arrivalsPath; // empty: arrivals are not kept
    quint64 seed = 42;
    int threads = 0; // workers for spinning and touching memory; 0: the core count
};

// The emulated proxy functions: a gRPC helloworld.Greeter/SayHello server on the callback
// API; it also serves faas.Executor/Execute, the invitro trace function's call, which runs
// for the requested time and touches the requested memory (whichever service it names). A call is
// never blocking a gRPC thread: sleeping calls are finished by one timer thread, spinning calls
// (and memory touching) run on a fixed pool of workers.
class FunctionServer
{
public:
    explicit FunctionServer(FunctionServerOptions options);
    ~FunctionServer(); // shutdown(1 s), errors ignored

    FunctionServer(const FunctionServer&) = delete;
    FunctionServer& operator=(const FunctionServer&) = delete;

    // Binds and starts serving. Throws InputError naming the flag (--listen,
    // --default-service, --arrivals) when it cannot.
    void start();
    int port() const { return m_port; }
    QString address() const; // "host:port" as bound

    // Stops accepting calls, lets calls in flight finish for up to `grace` (then answers
    // them UNAVAILABLE), joins the threads and writes the arrivals file (InputError naming
    // the path when that fails). Idempotent.
    void shutdown(std::chrono::milliseconds grace = std::chrono::seconds(10));

    qint64 callCount() const { return m_callCount.load(); }    // calls arrived so far
    qint64 inFlightCount() const { return m_inFlight.load(); } // arrived, not yet finished
    qint64 arrivalCount() const { return m_arrivals.size(); }  // rows for --arrivals
    int workerCount() const { return m_pool ? m_pool->threadCount() : 0; }

private:
    using Clock = std::chrono::steady_clock;
    class Greeter;
    class Executor;
    struct Service
    {
        Service(ServiceBehaviour b, std::chrono::microseconds coldStart,
                std::chrono::microseconds idleTimeout)
            : behaviour(std::move(b)), tracker(coldStart, idleTimeout)
        {
        }
        ServiceBehaviour behaviour;
        InstanceTracker tracker;
    };
    struct Call;
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };

    // helloReply for SayHello; request and faasReply for Execute.
    grpc::ServerUnaryReactor* serve(grpc::CallbackServerContext* context,
                                    helloworld::HelloReply* helloReply,
                                    const faas::FaasRequest* request, faas::FaasReply* faasReply);
    Service* serviceFor(std::string_view host) const;
    void beginWork(Call* call, Clock::time_point start);
    void finish(Call* call, bool early);
    bool draining(Clock::time_point now) const;

    FunctionServerOptions m_options;
    std::unordered_map<std::string, std::unique_ptr<Service>, NameHash, std::equal_to<>> m_services;
    Service* m_defaultService = nullptr;

    std::mutex m_engineMutex;
    DrawEngine m_engine;
    ArrivalLog m_arrivals;
    std::atomic<qint64> m_callCount{0};
    std::atomic<qint64> m_inFlight{0}; // in our hands: arrived, not yet finished
    MemoryBudget m_memory;
    std::atomic<Clock::rep> m_drainBy{Clock::time_point::max().time_since_epoch().count()};

    std::unique_ptr<DeadlineTimer> m_timer;
    std::unique_ptr<WorkPool> m_pool;
    std::unique_ptr<Greeter> m_greeter;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<grpc::Server> m_server;
    QString m_host;
    int m_port = 0;
    bool m_shutDown = false;
};

} // namespace traceload

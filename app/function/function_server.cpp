#include "function_server.h"

#include "common/input_error.h"
#include "common/text.h"
#include "faas.grpc.pb.h"
#include "faas.pb.h"
#include "helloworld.grpc.pb.h"
#include "helloworld.pb.h"
#include "invoke/run_options.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <grpc/grpc.h>
#include <grpcpp/grpcpp.h>
#include <limits>
#include <map>
#include <thread>

namespace traceload {

namespace {

using Clock = std::chrono::steady_clock;

qint64 unixNowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// ":authority" is "host", "host:port" or "[v6]:port"; services are named by host.
std::string_view hostOf(std::string_view authority)
{
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        return close == std::string_view::npos ? authority : authority.substr(1, close - 1);
    }
    return authority.substr(0, authority.find(':'));
}

void appendJsonString(std::string& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

// A sped-up replay shortens the drawn execution time by the factor the invoker sends in
// the call's metadata (RunOptions::executionScale); absent or not a positive number: as
// drawn.
qint64 scaledExecution(qint64 execUs,
                       const std::multimap<grpc::string_ref, grpc::string_ref>& metadata)
{
    const auto it = metadata.find(kExecutionScaleKey);
    if (it == metadata.end())
        return execUs;
    bool ok = false;
    const double scale = QByteArray(it->second.data(), qsizetype(it->second.size())).toDouble(&ok);
    if (!ok || !(scale > 0) || !std::isfinite(scale))
        return execUs;
    return std::llround(double(execUs) / scale);
}

// {"service":"<name>","exec_us":<int>,"instance":"<id>","cold":true|false}
std::string replyMessage(const std::string& service, qint64 execUs, int instance, bool cold)
{
    std::string out;
    out.reserve(96 + 2 * service.size());
    out += "{\"service\":";
    appendJsonString(out, service);
    out += ",\"exec_us\":";
    out += std::to_string(execUs);
    out += ",\"instance\":";
    appendJsonString(out, service + '-' + std::to_string(instance));
    out += cold ? ",\"cold\":true}" : ",\"cold\":false}";
    return out;
}

std::chrono::microseconds microseconds(double value, double scale)
{
    return std::chrono::microseconds(std::llround(value * scale));
}

} // namespace

class FunctionServer::Greeter : public helloworld::Greeter::CallbackService
{
public:
    explicit Greeter(FunctionServer& server) : m_server(server) {}

    grpc::ServerUnaryReactor* SayHello(grpc::CallbackServerContext* context,
                                       const helloworld::HelloRequest*,
                                       helloworld::HelloReply* reply) override
    {
        return m_server.serve(context, reply, nullptr, nullptr);
    }

private:
    FunctionServer& m_server;
};

class FunctionServer::Executor : public faas::Executor::CallbackService
{
public:
    explicit Executor(FunctionServer& server) : m_server(server) {}

    grpc::ServerUnaryReactor* Execute(grpc::CallbackServerContext* context,
                                      const faas::FaasRequest* request,
                                      faas::FaasReply* reply) override
    {
        return m_server.serve(context, nullptr, request, reply);
    }

private:
    FunctionServer& m_server;
};

struct FunctionServer::Call
{
    grpc::ServerUnaryReactor* reactor = nullptr;
    helloworld::HelloReply* reply = nullptr;
    faas::FaasReply* faasReply = nullptr; // an Execute call
    Service* service = nullptr;
    InstanceTracker::Admission admission;
    ExecutionDraw draw;
    Clock::time_point workStart;
    TouchedMemory memory;
};

FunctionServer::FunctionServer(FunctionServerOptions options)
    : m_options(std::move(options)), m_engine(m_options.seed)
{
    const auto coldStart = microseconds(m_options.coldStartMs, 1e3);
    const auto idle = microseconds(m_options.idleTimeoutS, 1e6);
    for (const ServiceBehaviour& behaviour : m_options.services)
        m_services[behaviour.name] = std::make_unique<Service>(behaviour, coldStart, idle);
    if (!m_options.defaultService.isEmpty()) {
        const std::string name = m_options.defaultService.toStdString();
        if (m_services.empty()) {
            ServiceBehaviour instant;
            instant.name = name;
            instant.fixedDurationMs = 0;
            m_services[name] = std::make_unique<Service>(instant, coldStart, idle);
        }
        const auto it = m_services.find(name);
        m_defaultService = it == m_services.end() ? nullptr : it->second.get();
    }
}

FunctionServer::~FunctionServer()
{
    try {
        shutdown(std::chrono::seconds(1));
    } catch (const std::exception&) {
    }
}

QString FunctionServer::address() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void FunctionServer::start()
{
    if (!m_options.defaultService.isEmpty() && !m_defaultService)
        throw InputError(
            {}, 0, QStringLiteral("--default-service"),
            Text::tr("no service named '%1' in the services file").arg(m_options.defaultService));
    const QString& listen = m_options.listen;
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    if (!portOk || port < 0 || port > 65535)
        throw InputError({}, 0, QStringLiteral("--listen"),
                         Text::tr("'%1' is not HOST:PORT (e.g. 127.0.0.1:0)").arg(listen));
    if (!m_options.arrivalsPath.isEmpty() &&
        !QFileInfo(m_options.arrivalsPath).absoluteDir().exists())
        throw InputError(m_options.arrivalsPath, 0, QStringLiteral("--arrivals"),
                         Text::tr("the folder of the arrivals file does not exist"));

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    m_timer = std::make_unique<DeadlineTimer>();
    m_pool = std::make_unique<WorkPool>(m_options.threads > 0 ? m_options.threads : int(cores));
    m_greeter = std::make_unique<Greeter>(*this);
    m_executor = std::make_unique<Executor>(*this);

    grpc::ServerBuilder builder;
    // gRPC sets SO_REUSEPORT by default: a second emulator on a busy port would silently
    // share it instead of failing.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.AddListeningPort(listen.toStdString(), grpc::InsecureServerCredentials(), &m_port);
    builder.RegisterService(m_greeter.get());
    builder.RegisterService(m_executor.get());
    m_server = builder.BuildAndStart();
    if (!m_server || m_port == 0) {
        m_server.reset();
        throw InputError(
            {}, 0, QStringLiteral("--listen"),
            Text::tr("cannot listen on %1 (address in use or not local?)").arg(listen));
    }
    m_host = listen.left(colon);
}

void FunctionServer::shutdown(std::chrono::milliseconds grace)
{
    if (!m_server || m_shutDown)
        return;
    m_shutDown = true;
    const Clock::time_point drainBy = Clock::now() + grace;
    m_drainBy.store(drainBy.time_since_epoch().count());
    m_timer->drainBy(drainBy);
    // Shutdown() waits for the calls in flight (the timer and the workers answer those
    // still running at the deadline) and for every connection to close, and an idle
    // client may keep its connection for seconds after the GOAWAY. So once no call is
    // left, the remaining connections are closed.
    std::atomic<bool> done{false};
    std::thread closer([this, grace, &done] {
        m_server->Shutdown(std::chrono::system_clock::now() + grace);
        done = true;
    });
    while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        if (!done && m_inFlight.load() == 0)
            grpc_server_cancel_all_calls(m_server->c_server());
    }
    closer.join();
    m_server->Wait();
    m_pool->stop();
    m_timer->stop();
    if (!m_options.arrivalsPath.isEmpty())
        m_arrivals.write(m_options.arrivalsPath);
}

bool FunctionServer::draining(Clock::time_point now) const
{
    return now.time_since_epoch().count() >= m_drainBy.load(std::memory_order_relaxed);
}

FunctionServer::Service* FunctionServer::serviceFor(std::string_view host) const
{
    const auto it = m_services.find(host);
    return it != m_services.end() ? it->second.get() : m_defaultService;
}

grpc::ServerUnaryReactor* FunctionServer::serve(grpc::CallbackServerContext* context,
                                                helloworld::HelloReply* helloReply,
                                                const faas::FaasRequest* request,
                                                faas::FaasReply* faasReply)
{
    const qint64 arrivalUnixUs = unixNowUs();
    const Clock::time_point arrival = Clock::now();
    m_callCount.fetch_add(1, std::memory_order_relaxed);
    m_inFlight.fetch_add(1);
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    const grpc::string_ref rawAuthority = context->ExperimentalGetAuthority();
    const std::string_view authority(rawAuthority.data(), rawAuthority.size());
    const std::string_view host = hostOf(authority);
    Service* service = serviceFor(host);
    if (!m_options.arrivalsPath.isEmpty())
        m_arrivals.record(arrivalUnixUs,
                          service ? std::string_view(service->behaviour.name) : host);
    if (!service) {
        const QString message =
            Text::tr("no service named '%1' (the call's :authority is '%2')")
                .arg(QString::fromUtf8(host.data(), qsizetype(host.size())),
                     QString::fromUtf8(authority.data(), qsizetype(authority.size())));
        reactor->Finish(grpc::Status(grpc::StatusCode::NOT_FOUND, message.toStdString()));
        m_inFlight.fetch_sub(1);
        return reactor;
    }

    auto* call = new Call;
    call->reactor = reactor;
    call->reply = helloReply;
    call->faasReply = faasReply;
    call->service = service;
    call->admission = service->tracker.arrive(arrival);
    if (request) {
        // A trace function does what it is asked, not what its service's profile says.
        call->draw.execUs = qint64(request->runtimeinmillisec()) * 1000;
        call->draw.memoryMb = double(request->memoryinmebibytes());
    } else {
        std::lock_guard lock(m_engineMutex);
        call->draw = drawExecution(service->behaviour, m_engine);
    }
    call->draw.execUs = scaledExecution(call->draw.execUs, context->client_metadata());
    if (call->admission.wait.count() > 0) {
        const Clock::time_point ready = arrival + call->admission.wait;
        m_timer->schedule(ready, [this, call, ready](bool early) {
            if (early)
                finish(call, true);
            else
                beginWork(call, ready);
        });
    } else {
        beginWork(call, arrival);
    }
    return reactor;
}

void FunctionServer::beginWork(Call* call, Clock::time_point start)
{
    const auto exec = std::chrono::microseconds(call->draw.execUs);
    call->workStart = start;
    if (m_options.work == WorkKind::Spin) {
        m_pool->post([this, call, exec] {
            call->workStart = Clock::now();
            if (m_options.touchMemory && !draining(call->workStart))
                call->memory = TouchedMemory(m_memory, call->draw.memoryMb);
            const Clock::time_point end = call->workStart + exec;
            spinUntil(end, m_drainBy);
            finish(call, Clock::now() < end);
        });
    } else if (m_options.touchMemory && call->draw.memoryMb > 0) {
        m_pool->post([this, call, exec] {
            if (!draining(Clock::now()))
                call->memory = TouchedMemory(m_memory, call->draw.memoryMb);
            m_timer->schedule(call->workStart + exec,
                              [this, call](bool early) { finish(call, early); });
        });
    } else if (exec.count() == 0) {
        finish(call, false);
    } else {
        m_timer->schedule(start + exec, [this, call](bool early) { finish(call, early); });
    }
}

void FunctionServer::finish(Call* call, bool early)
{
    const Clock::time_point end = Clock::now();
    call->service->tracker.depart(end);
    call->memory = TouchedMemory();
    if (early) {
        call->reactor->Finish(
            grpc::Status(grpc::StatusCode::UNAVAILABLE,
                         Text::tr("the function emulator is shutting down").toStdString()));
    } else {
        const qint64 execUs =
            std::chrono::duration_cast<std::chrono::microseconds>(end - call->workStart).count();
        std::string message = replyMessage(call->service->behaviour.name, execUs,
                                           call->admission.instance, call->admission.cold);
        if (call->faasReply) {
            call->faasReply->set_message(std::move(message));
            call->faasReply->set_durationinmicrosec(std::uint32_t(
                std::clamp<qint64>(execUs, 0, std::numeric_limits<std::uint32_t>::max())));
            call->faasReply->set_memoryusageinkb(std::uint32_t(std::clamp<double>(
                call->draw.memoryMb * 1024, 0, std::numeric_limits<std::uint32_t>::max())));
        } else {
            call->reply->set_message(std::move(message));
        }
        call->reactor->Finish(grpc::Status::OK);
    }
    delete call;
    m_inFlight.fetch_sub(1);
}

} // namespace traceload

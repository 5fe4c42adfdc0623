// traceload-function: the emulated proxy functions (see function_cli.cpp for the flags).
// SIGINT and SIGTERM are blocked in every thread and taken by sigwait() in main, so that a
// signal never interrupts gRPC and the shutdown runs in ordinary code.
#include "common/input_error.h"
#include "common/text.h"
#include "function_cli.h"
#include "function_server.h"

#include <QCoreApplication>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <pthread.h>

using namespace traceload;

namespace {

int fail(int code, const QString& message)
{
    std::fputs(Text::tr("traceload-function: error: %1\n").arg(message).toLocal8Bit().constData(),
               stderr);
    return code;
}

// Returns on SIGINT/SIGTERM, or once no call has arrived or been in flight for idleS
// seconds (0: never), checked every second.
void waitForStop(const sigset_t& stopSignals, const FunctionServer& server, double idleS)
{
    using Clock = std::chrono::steady_clock;
    qint64 lastCount = server.callCount();
    Clock::time_point lastActive = Clock::now();
    for (;;) {
        const timespec tick{1, 0};
        if (sigtimedwait(&stopSignals, nullptr, &tick) > 0)
            return;
        if (idleS <= 0)
            continue;
        const qint64 count = server.callCount();
        if (count != lastCount || server.inFlightCount() > 0) {
            lastCount = count;
            lastActive = Clock::now();
        } else if (Clock::now() - lastActive >= std::chrono::duration<double>(idleS)) {
            std::fputs(Text::tr("traceload-function: no calls for %1 s (--exit-after-idle): "
                                "exiting\n")
                           .arg(idleS)
                           .toLocal8Bit()
                           .constData(),
                       stderr);
            return;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    // Before any thread exists: every thread inherits the mask.
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("traceload-function"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACELOAD_VERSION));

    try {
        const FunctionCommandLine cl = parseFunctionCommandLine(QCoreApplication::arguments());
        if (cl.action != FunctionCommandLine::Action::Run) {
            std::fputs(cl.text.toLocal8Bit().constData(), stdout);
            return 0;
        }
        FunctionServer server(cl.options);
        server.start();
        std::printf("listening on %s\n", server.address().toLocal8Bit().constData());
        std::fflush(stdout);

        waitForStop(stopSignals, server, cl.options.exitAfterIdleS);
        server.shutdown();
        return 0;
    } catch (const FunctionUsageError& e) {
        return fail(2, e.message);
    } catch (const InputError& e) {
        return fail(2, e.toString());
    } catch (const std::exception& e) {
        return fail(1, QString::fromLocal8Bit(e.what()));
    }
}

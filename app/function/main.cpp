// traceload-function: the emulated proxy functions (see function_cli.cpp for the flags).
// SIGINT and SIGTERM are blocked in every thread and taken by sigwait() in main, so that a
// signal never interrupts gRPC and the shutdown runs in ordinary code.
#include "common/input_error.h"
#include "common/text.h"
#include "function_cli.h"
#include "function_server.h"

#include <QCoreApplication>
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

        int signal = 0;
        while (sigwait(&stopSignals, &signal) != 0) {
        }
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

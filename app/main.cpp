// traceload: the TraceLoad workbench. `traceload --batch <command> ...` drives the engine
// headless (CI, scripts); every command's exit code is 0 ok, 2 bad input, 1 internal error.
#include "batch/batch_commands.h"
#include "batch/cli_support.h"

#include <QCoreApplication>

using namespace traceload::batch;

namespace {

int usage(int code)
{
    auto& stream = code == ExitOk ? out() : err();
    stream << QCoreApplication::translate("traceload",
                                          "Usage: traceload --batch <command> [options]\n"
                                          "       traceload --batch <command> --help\n\n"
                                          "Commands:\n")
           << commandsHelp();
    stream.flush();
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("traceload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACELOAD_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && (args[1] == u"--version" || args[1] == u"-v")) {
        out() << "traceload " << TRACELOAD_VERSION << '\n';
        return ExitOk;
    }
    if (args.size() < 2 || args[1] != u"--batch")
        return usage(args.size() >= 2 && (args[1] == u"--help" || args[1] == u"-h") ? ExitOk
                                                                                      : ExitBadInput);
    if (args.size() < 3)
        return usage(ExitBadInput);
    const Command* command = findCommand(args[2]);
    if (!command) {
        err() << QCoreApplication::translate("traceload", "unknown command '%1'\n").arg(args[2]);
        return usage(ExitBadInput);
    }
    QStringList commandArgs = args.mid(3);
    commandArgs.prepend(QStringLiteral("traceload %1").arg(args[2]));
    return command->run(commandArgs);
}

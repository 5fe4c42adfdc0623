// traceload: the TraceLoad workbench. `traceload --batch <command> ...` drives the engine
// headless (CI, scripts); every command's exit code is 0 ok, 2 bad input, 1 internal error.
#include "batch/batch_commands.h"
#include "batch/cli_support.h"

#include <QApplication>
#include <QCoreApplication>
#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

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

// A batch command that renders charts needs widgets (QApplication). Batch mode never shows
// a window, so it draws on the offscreen platform unless QT_QPA_PLATFORM says otherwise:
// no X server or Wayland compositor needed, and a stale DISPLAY cannot abort the run.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    const Command* command = argc >= 3 && qstrcmp(argv[1], "--batch") == 0
                                 ? findCommand(QString::fromLocal8Bit(argv[2]))
                                 : nullptr;
    if (!command || !command->needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless sessions (CI, ssh as root) often lack XDG_RUNTIME_DIR; Qt then prints a
    // warning on every run. A private folder of our own keeps the output clean.
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QByteArray dir = "/tmp/traceload-runtime-" + QByteArray::number(getuid());
        if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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

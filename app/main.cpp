// traceload: the TraceLoad workbench. `traceload [FILE|DIR]` opens the window (a workspace,
// a trace folder or any other input); `traceload --batch <command> ...` drives the same
// engine headless (CI, scripts); every command's exit code is 0 ok, 2 bad input, 1 internal
// error or cancelled, 3 a run in which no call succeeded, 99 a violated threshold. `--lang de|en`
// (first) chooses the language; the default follows the system locale.
#include "batch/batch_commands.h"
#include "batch/cli_support.h"
#include "common/text.h"
#include "common/translations.h"
#include "main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace traceload;
using namespace traceload::batch;

namespace {

int usage(int code)
{
    auto& stream = code == ExitOk ? out() : err();
    stream << Text::tr("Usage: traceload [--lang de|en] [WORKSPACE.traceload | TRACE_DIR | FILE]\n"
                       "       traceload [--lang de|en] --batch <command> [options]\n"
                       "       traceload --batch <command> --help\n\n"
                       "Without --batch the workbench window opens (with no display, the "
                       "headless demo runs instead: traceload --batch run --speedup auto).\n\n"
                       "Commands:\n")
           << commandsHelp();
    stream.flush();
    return code;
}

// Headless sessions (CI, ssh as root) often lack XDG_RUNTIME_DIR; Qt then prints a warning
// on every run. A private folder of our own keeps the output clean.
void ensureRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = "/tmp/traceload-runtime-" + QByteArray::number(getuid());
    if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
        qputenv("XDG_RUNTIME_DIR", dir);
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// The arguments before the mode: [--lang X]. Returns the index of the first other one.
int languageArgument(int argc, char* argv[], QString& language)
{
    if (argc >= 3 && qstrcmp(argv[1], "--lang") == 0) {
        language = QString::fromLocal8Bit(argv[2]);
        return 3;
    }
    return 1;
}

int runBatch(const QStringList& args)
{
    if (args.isEmpty() || args[0] == u"--help" || args[0] == u"-h" || args[0] == u"help")
        return usage(args.isEmpty() ? ExitBadInput : ExitOk);
    const Command* command = findCommand(args[0]);
    if (!command) {
        err() << Text::tr("unknown command '%1'\n").arg(args[0]);
        return usage(ExitBadInput);
    }
    QStringList commandArgs = args.mid(1);
    commandArgs.prepend(QStringLiteral("traceload --batch %1").arg(args[0]));
    return command->run(commandArgs);
}

int runWindow(const QStringList& paths)
{
    MainWindow window;
    for (const QString& path : paths)
        window.openPath(path);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QString language;
    const int first = languageArgument(argc, argv, language);
    const bool batch = argc > first && qstrcmp(argv[first], "--batch") == 0;
    const Command* command =
        batch && argc > first + 1 ? findCommand(QString::fromLocal8Bit(argv[first + 1])) : nullptr;
    const bool wantsWindow = !batch && !(argc > first && (qstrcmp(argv[first], "--help") == 0 ||
                                                          qstrcmp(argv[first], "-h") == 0 ||
                                                          qstrcmp(argv[first], "--version") == 0));
    const bool demo = wantsWindow && !hasDisplay();

    std::unique_ptr<QCoreApplication> app;
    // The demo is `--batch run`, which draws its figures: it needs widgets too.
    if (wantsWindow || (command && command->needsGui)) {
        // Batch mode never shows a window: it draws on the offscreen platform.
        if ((batch || demo) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("TraceLoad"));
    QCoreApplication::setApplicationName(QStringLiteral("traceload"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRACELOAD_VERSION));
    installTranslations(language);

    const QStringList args = QCoreApplication::arguments().mid(first);
    if (!args.isEmpty() && (args[0] == u"--version" || args[0] == u"-v")) {
        out() << "traceload " << TRACELOAD_VERSION << '\n';
        return ExitOk;
    }
    if (!args.isEmpty() && (args[0] == u"--help" || args[0] == u"-h"))
        return usage(ExitOk);
    if (batch)
        return runBatch(args.mid(1));
    if (demo) {
        out() << Text::tr("No display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset): "
                          "running the headless demo, traceload --batch run --speedup auto, "
                          "instead of the window.\n");
        out().flush();
        return runBatch(
            {QStringLiteral("run"), QStringLiteral("--speedup"), QStringLiteral("auto")});
    }
    for (const QString& arg : args)
        if (arg.startsWith(u'-'))
            return usage(ExitBadInput);
    return runWindow(args);
}

#include "command_runner.h"

#include "common/text.h"
#include "deployment_log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace traceload {

namespace {

// The last few lines of a command's output: enough to say why it failed.
QString tail(const QByteArray& output, int maxLines = 5)
{
    const QStringList lines =
        QString::fromLocal8Bit(output).trimmed().split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - maxLines)).join(QStringLiteral(" | "));
}

} // namespace

QString CommandResult::failureText() const
{
    if (!started)
        return Text::tr("could not start: %1").arg(errorText);
    if (cancelled)
        return Text::tr("cancelled and killed");
    if (timedOut)
        return Text::tr("timed out after %1 s and was killed")
            .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    QString text = crashed ? Text::tr("crashed") : Text::tr("exit code %1").arg(exitCode);
    QString why = tail(standardError);
    if (why.isEmpty())
        why = tail(standardOutput);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why;
    return text;
}

CommandRunner::CommandRunner(DeploymentLog& log, int timeoutMs, const JobControl* job)
    : m_log(log), m_timeoutMs(timeoutMs), m_job(job)
{
}

QString CommandRunner::findProgram(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

QString CommandRunner::quoteForDisplay(const QString& argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CommandLine::display() const
{
    QStringList shown{CommandRunner::quoteForDisplay(program)};
    for (const QString& a : arguments)
        shown << CommandRunner::quoteForDisplay(a);
    return shown.join(u' ');
}

CommandLine CommandRunner::shellCommand(const QString& command, const QString& workingDirectory)
{
    return {QStringLiteral("bash"), {QStringLiteral("-c"), command}, workingDirectory};
}

CommandResult CommandRunner::run(const QString& program, const QStringList& arguments,
                                 const QString& workingDirectory) const
{
    return run(CommandLine{program, arguments, workingDirectory});
}

CommandResult CommandRunner::run(const CommandLine& command) const
{
    const QString& program = command.program;
    const QStringList& arguments = command.arguments;
    const QString& workingDirectory = command.workingDirectory;
    CommandResult result;
    result.commandLine = command.display();
    result.workingDirectory = workingDirectory;

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    // Own process group: a timeout kills the command and everything it started.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });

    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30000)) {
        result.errorText = process.errorString();
        result.elapsedMs = timer.elapsed();
        m_log.command(result);
        return result;
    }
    result.started = true;
    const qint64 pid = process.processId();
    const QDeadlineTimer deadline =
        m_timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(m_timeoutMs);
    while (true) {
        // In slices when the job can be cancelled, else in one wait.
        const qint64 remaining = deadline.remainingTime(); // -1: forever
        const qint64 slice =
            m_job ? (remaining < 0 ? 50 : std::min<qint64>(50, remaining)) : remaining;
        if (process.waitForFinished(int(slice)) || process.state() == QProcess::NotRunning)
            break;
        if (m_job && m_job->isCancelled()) {
            result.cancelled = true;
            break;
        }
        if (deadline.hasExpired()) {
            result.timedOut = true;
            break;
        }
    }
    if (result.timedOut || result.cancelled) {
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process.kill();
        process.waitForFinished(5000);
    }
    result.elapsedMs = timer.elapsed();
    result.crashed =
        !result.timedOut && !result.cancelled && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    m_log.command(result);
    return result;
}

CommandResult CommandRunner::runShell(const QString& command, const QString& workingDirectory) const
{
    m_log.message(Text::tr("running in %1: %2").arg(workingDirectory, command));
    return run(shellCommand(command, workingDirectory));
}

} // namespace traceload

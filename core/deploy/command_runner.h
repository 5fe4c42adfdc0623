#pragma once

#include "common/job_control.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace traceload {

class DeploymentLog;

// One external command as it is run: program, argument list (no shell) and folder. The
// deployment preview lists these, and the backends run exactly these.
struct CommandLine
{
    QString program;
    QStringList arguments;
    QString workingDirectory; // empty: the current folder

    // Program and arguments, shell-quoted: what deploy.log shows after "$ ".
    QString display() const;

    bool operator==(const CommandLine&) const = default;
};

// What happened to one external command.
struct CommandResult
{
    QString commandLine; // program and arguments, shell-quoted for display
    QString workingDirectory;
    bool started = false; // false: missing or not executable (see errorText)
    bool timedOut = false;
    bool cancelled = false; // the job was cancelled while it ran: killed with its group
    bool crashed = false;
    int exitCode = -1;
    QString errorText; // why it did not start
    QByteArray standardOutput;
    QByteArray standardError;
    qint64 elapsedMs = 0;

    bool ok() const { return started && !timedOut && !cancelled && !crashed && exitCode == 0; }
    // "exit code 1: <last lines of stderr>", "timed out after 30 s", "could not start: ...".
    QString failureText() const;
};

// Runs external programs for the deployment backends: QProcess with an argument list (no
// shell), a timeout, output captured, and every command with its exit status written to
// the deployment log. Only the user's own pre/post-deployment commands go through
// `bash -c` (runShell), and those are shown on the console before they run.
//
// Every command runs in its own process group, so that a timeout or a cancelled job kills
// the whole tree (a `bash -c` and what it started), not only its first process. Safe to call
// from
// several threads at once: each call owns its QProcess and blocks in waitForFinished
// (no event loop needed), looking at the job's cancel token every 50 ms.
class CommandRunner
{
public:
    // job (may be null; must outlive the runner): a cancelled job kills the running command
    // (CommandResult::cancelled).
    CommandRunner(DeploymentLog& log, int timeoutMs, const JobControl* job = nullptr);

    CommandResult run(const CommandLine& command) const;
    CommandResult run(const QString& program, const QStringList& arguments,
                      const QString& workingDirectory = {}) const;
    // Shows "running in <folder>: <command>" first, then runs shellCommand(...).
    CommandResult runShell(const QString& command, const QString& workingDirectory) const;

    // The user's own command through `bash -c` in the given folder.
    static CommandLine shellCommand(const QString& command, const QString& workingDirectory);

    // Absolute path of a program found on PATH, empty when absent.
    static QString findProgram(const QString& name);
    static QString quoteForDisplay(const QString& argument);

    int timeoutMs() const { return m_timeoutMs; }

private:
    DeploymentLog& m_log;
    int m_timeoutMs;
    const JobControl* m_job;
};

} // namespace traceload

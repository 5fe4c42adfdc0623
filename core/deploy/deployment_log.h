#pragma once

#include <QFile>
#include <QString>
#include <functional>
#include <mutex>

namespace traceload {

struct CommandResult;

// <build>/deploy.log: every external command a deployment runs, with its working folder,
// exit status and time, plus notes. Thread-safe; entries are written whole (parallel
// commands never interleave within an entry) and flushed at once so the log is useful
// even when the tool is killed.
class DeploymentLog
{
public:
    using Echo = std::function<void(const QString&)>;

    // append = false starts a new log (a new deployment), true continues it (teardown).
    // echo receives what the user should see on the console (may be empty).
    DeploymentLog(const QString& path, bool append, Echo echo = {});

    QString path() const { return m_path; }

    // A finished command: its line, folder, exit status, duration and (on failure) output;
    // the echo gets "<command> → exit 0 (0.4 s)" or "<command> → failed: <why> (0.4 s)",
    // once for a streak of the same command succeeding (polls).
    void command(const CommandResult& result);
    // A line for the log only.
    void note(const QString& text);
    // A line for the log and the console.
    void message(const QString& text);

private:
    void writeLocked(const QString& text);

    QString m_path;
    QFile m_file;
    Echo m_echo;
    QString m_lastEchoedOk; // the last command echoed, when it succeeded
    std::mutex m_mutex;
};

} // namespace traceload

#include "deployment_log.h"

#include "command_runner.h"
#include "common/text.h"

#include <QDateTime>

namespace traceload {

namespace {

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Output worth keeping in the log of a failed command, bounded so that a chatty tool
// (kn printing 250 services) does not bloat it.
QString excerpt(const QByteArray& output)
{
    constexpr int kMax = 4000;
    QString text = QString::fromLocal8Bit(output.left(kMax)).trimmed();
    if (output.size() > kMax)
        text += QStringLiteral(" [... %1 more bytes]").arg(output.size() - kMax);
    text.replace(u'\n', QStringLiteral("\n      "));
    return text;
}

} // namespace

DeploymentLog::DeploymentLog(const QString& path, bool append, Echo echo)
    : m_path(path), m_file(path), m_echo(std::move(echo))
{
    // A log that cannot be opened must not stop a deployment; entries are then dropped.
    m_file.open(QIODevice::WriteOnly | QIODevice::Text |
                (append ? QIODevice::Append : QIODevice::Truncate));
}

void DeploymentLog::writeLocked(const QString& text)
{
    if (!m_file.isOpen())
        return;
    m_file.write(text.toUtf8());
    m_file.flush();
}

void DeploymentLog::command(const CommandResult& r)
{
    QString entry = QStringLiteral("%1 $ %2\n").arg(timestamp(), r.commandLine);
    if (!r.workingDirectory.isEmpty())
        entry += QStringLiteral("    in %1\n").arg(r.workingDirectory);
    if (r.ok()) {
        entry += QStringLiteral("    -> exit 0 (%1 ms)\n").arg(r.elapsedMs);
    } else {
        entry +=
            QStringLiteral("    -> FAILED: %1 (%2 ms)\n").arg(r.failureText()).arg(r.elapsedMs);
        if (!r.standardError.isEmpty())
            entry += QStringLiteral("    stderr: %1\n").arg(excerpt(r.standardError));
        if (!r.standardOutput.isEmpty())
            entry += QStringLiteral("    stdout: %1\n").arg(excerpt(r.standardOutput));
    }
    const std::lock_guard lock(m_mutex);
    writeLocked(entry);
    // A poll repeated with the same success (`kn service list` every second) is echoed once
    // per streak; deploy.log keeps every run.
    const bool repeat = r.ok() && r.commandLine == m_lastEchoedOk;
    m_lastEchoedOk = r.ok() ? r.commandLine : QString();
    if (m_echo && !repeat) {
        // The exit status of every command, so that a command log on screen is complete.
        const QString seconds = QString::number(double(r.elapsedMs) / 1000.0, 'f', 1);
        m_echo(
            r.ok()
                ? Text::tr("%1 → exit 0 (%2 s)").arg(r.commandLine, seconds)
                : Text::tr("%1 → failed: %2 (%3 s)").arg(r.commandLine, r.failureText(), seconds));
    }
}

void DeploymentLog::note(const QString& text)
{
    const std::lock_guard lock(m_mutex);
    writeLocked(QStringLiteral("%1 %2\n").arg(timestamp(), text));
}

void DeploymentLog::message(const QString& text)
{
    const std::lock_guard lock(m_mutex);
    writeLocked(QStringLiteral("%1 %2\n").arg(timestamp(), text));
    if (m_echo)
        m_echo(text);
}

} // namespace traceload

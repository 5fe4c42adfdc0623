#include "emulator_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace traceload::emulator_process {

namespace {

// The fields of /proc/<pid>/stat after "pid (comm)": [0] = state (field 3), ...
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype end = stat.lastIndexOf(')'); // comm may hold spaces and parentheses
    if (end < 0)
        return {};
    return stat.mid(end + 1).simplified().split(' ');
}

bool waitGone(qint64 pid, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isRunning(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

} // namespace

qint64 startTicks(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    return fields.size() > 19 ? fields[19].toLongLong() : 0; // field 22
}

bool isRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    const QList<QByteArray> fields = statFields(pid);
    if (fields.isEmpty())
        return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)) ||
               !QFileInfo::exists(QStringLiteral("/proc/self"));
    return fields[0] != "Z" && fields[0] != "X";
}

bool isSameProcess(qint64 pid, qint64 recordedStartTicks, const QString& program)
{
    if (!isRunning(pid))
        return false;
    if (recordedStartTicks > 0 && startTicks(pid) != recordedStartTicks)
        return false;
    QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    // A program rebuilt while its process runs shows as "<path> (deleted)".
    const QLatin1String deleted(" (deleted)");
    if (exe.endsWith(deleted))
        exe.chop(deleted.size());
    const QString expected = QFileInfo(program).canonicalFilePath();
    return !program.isEmpty() && !exe.isEmpty() &&
           (exe == expected || exe == QFileInfo(program).absoluteFilePath());
}

bool stop(qint64 pid, int timeoutMs)
{
    if (!isRunning(pid))
        return true;
    ::kill(pid_t(pid), SIGTERM);
    if (waitGone(pid, timeoutMs))
        return true;
    ::kill(pid_t(pid), SIGKILL);
    return waitGone(pid, 5000);
}

} // namespace traceload::emulator_process

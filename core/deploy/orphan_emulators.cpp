#include "orphan_emulators.h"

#include "common/input_error.h"
#include "deployment_record.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace traceload {

namespace {

// The executable of a process; a binary replaced since it started reads "<path> (deleted)".
QString exeOf(const QString& procDir)
{
    QString exe = QFile::symLinkTarget(procDir + QStringLiteral("/exe"));
    const QString deleted = QStringLiteral(" (deleted)");
    if (exe.endsWith(deleted))
        exe.chop(deleted.size());
    return exe;
}

QStringList commandLineOf(const QString& procDir)
{
    QFile file(procDir + QStringLiteral("/cmdline"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList args;
    for (const QByteArray& arg : file.readAll().split('\0'))
        args << QString::fromLocal8Bit(arg);
    return args;
}

bool ownedByMe(const QString& procDir)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(procDir).constData(), &st) == 0 && st.st_uid == ::getuid();
}

// Whether a record in buildDir still reaches the emulator pid.
bool recordReaches(const QString& buildDir, qint64 pid)
{
    try {
        const auto record = DeploymentRecord::read(buildDir);
        return record && record->backend == u"local" && record->emulatorPid == pid;
    } catch (const InputError&) {
        return true; // a malformed record is the user's to fix; its emulator is left alone
    }
}

} // namespace

std::vector<OrphanEmulator> findOrphanEmulators(const QString& program)
{
    std::vector<OrphanEmulator> orphans;
    const QString target = QFileInfo(program).canonicalFilePath();
    if (target.isEmpty())
        return orphans;
    const QDir proc(QStringLiteral("/proc"));
    const qint64 self = ::getpid();
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QString dir = proc.filePath(entry);
        if (!ownedByMe(dir) || exeOf(dir) != target)
            continue;
        const QStringList args = commandLineOf(dir);
        const qsizetype at = args.indexOf(QStringLiteral("--services"));
        if (at < 0 || at + 1 >= args.size())
            continue;
        const QString buildDir = QFileInfo(args[at + 1]).absolutePath();
        if (recordReaches(buildDir, pid))
            continue;
        orphans.push_back({pid, buildDir, !QFileInfo::exists(buildDir)});
    }
    return orphans;
}

} // namespace traceload

#include "build_folder.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/text.h"
#include "deployment_backend.h"
#include "deployment_log.h"
#include "deployment_record.h"
#include "knative_backend.h"
#include "local_backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <set>

namespace traceload::build_folder {

namespace {

// The path of a listed file inside buildDir, or empty when the entry reaches outside:
// by "..", by an absolute path, or through a folder that is a symlink to elsewhere (the
// folder holding the file is resolved before anything is deleted).
QString insidePath(const QDir& dir, const QString& relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString cleaned = QDir::cleanPath(relative);
    if (cleaned == u".." || cleaned.startsWith(QStringLiteral("../")))
        return {};
    const QString path = dir.filePath(cleaned);
    const QString root = QFileInfo(dir.absolutePath()).canonicalFilePath();
    const QString folder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (root.isEmpty() || folder.isEmpty() || (folder != root && !folder.startsWith(root + u'/')))
        return {};
    return path;
}

} // namespace

void removeFiles(const QString& buildDir, const QStringList& files, bool keepLogs)
{
    const QDir dir(buildDir);
    std::set<QString> folders;
    for (const QString& relative : files) {
        const QString path = insidePath(dir, relative);
        if (path.isEmpty() || (keepLogs && relative.endsWith(QStringLiteral(".log"))))
            continue;
        const QFileInfo info(path);
        if (info.isFile() || info.isSymLink())
            QFile::remove(path);
        for (QString parent = QFileInfo(QDir::cleanPath(relative)).path(); parent != u".";
             parent = QFileInfo(parent).path())
            folders.insert(parent);
    }
    // Deepest first; rmdir only succeeds on folders left empty.
    for (auto it = folders.rbegin(); it != folders.rend(); ++it)
        dir.rmdir(*it);
}

QStringList extractYamls(const QString& sourceDir, const QString& buildDir,
                         const QString& targetSubdir)
{
    const QDir source(sourceDir);
    const QDir build(buildDir);
    QStringList written;
    QDirIterator it(sourceDir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString relative = targetSubdir + u'/' + source.relativeFilePath(from);
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            throw InputError(from, 0, {}, Text::tr("cannot read: %1").arg(in.errorString()));
        const QString to = build.filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            throw InputError(to, 0, {}, Text::tr("cannot create the folder"));
        writeFileAtomically(to, in.readAll());
        written << relative;
    }
    written.sort();
    return written;
}

void checkNotCMakeBuild(const QString& buildDir)
{
    if (QFileInfo::exists(QDir(buildDir).filePath(QStringLiteral("CMakeCache.txt"))))
        throw InputError(buildDir, 0, QStringLiteral("-b/--build"),
                         Text::tr("is a CMake build folder (it holds CMakeCache.txt): the "
                                  "deployment's records, YAMLs and logs would land among the "
                                  "binaries; name another folder (default %1)")
                             .arg(kDefaultBuildDir));
}

int teardown(DeploymentRecord& record, const DeployOptions& options, DeploymentLog& log)
{
    int removed = 0;
    if (record.backend == u"knative")
        removed = KnativeBackend::teardown(record, options, log);
    else if (record.backend == u"local")
        removed = LocalBackend::teardown(record, options, log);
    else if (record.backend != u"dry-run")
        throw InputError(DeploymentRecord::pathIn(options.buildDir), 0, QStringLiteral("backend"),
                         Text::tr("unknown backend '%1'").arg(record.backend));
    removeFiles(options.buildDir, record.files, true);
    DeploymentRecord::remove(options.buildDir);
    return removed;
}

void prepare(const DeployOptions& options, DeploymentLog& log)
{
    if (!QDir().mkpath(options.buildDir))
        throw InputError(options.buildDir, 0, {}, Text::tr("cannot create the build folder"));
    std::optional<DeploymentRecord> previous = DeploymentRecord::read(options.buildDir);
    if (!previous)
        return;
    if (previous->backend != u"dry-run")
        log.message(Text::tr("tearing down the previous %1 deployment recorded in %2 (%3 services)")
                        .arg(previous->backend, DeploymentRecord::pathIn(options.buildDir))
                        .arg(previous->services.size()));
    teardown(*previous, options, log);
    // Logs of the previous run go too: this run writes its own.
    QStringList logs;
    for (const QString& f : previous->files)
        if (f.endsWith(QStringLiteral(".log")) && f != u"deploy.log")
            logs << f;
    removeFiles(options.buildDir, logs, false);
}

} // namespace traceload::build_folder

#include "output_paths.h"

#include "common/text.h"
#include "input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace traceload {

namespace {

// The same file however it is spelled (relative, "./x", through a symlinked folder).
QString identity(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

void checkCanCreateIn(const QString& folder, const QString& flag, const QString& path)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".traceload-probe-XXXXXX")));
    if (!probe.open())
        throw InputError(path, 0, flag,
                         Text::tr("cannot create a file in %1: %2")
                             .arg(QDir::toNativeSeparators(folder), probe.errorString()));
}

} // namespace

void checkOutputs(const std::vector<NamedOutput>& outputs)
{
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const NamedOutput& o = outputs[i];
        if (o.path.isEmpty())
            continue;
        if (o.path.endsWith(u'/') || QFileInfo(o.path).isDir())
            throw InputError(o.path, 0, o.flag, Text::tr("is a folder; an output must be a file"));
        const QFileInfo target(o.path);
        if (target.exists() && !target.isFile())
            continue; // a device is written directly (writeFilesAtomically), never replaced
        const QFileInfo folder(QFileInfo(o.path).absolutePath());
        if (!folder.isDir())
            throw InputError(o.path, 0, o.flag,
                             Text::tr("output folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(folder.filePath())));
        for (std::size_t k = 0; k < i; ++k)
            if (!outputs[k].path.isEmpty() && identity(outputs[k].path) == identity(o.path))
                throw InputError(o.path, 0, o.flag,
                                 Text::tr("is also the output of %1; two outputs cannot be one "
                                          "file")
                                     .arg(outputs[k].flag));
        checkCanCreateIn(folder.filePath(), o.flag, o.path);
    }
}

void checkWritableFolder(const QString& folder, const QString& flag)
{
    const QString dir = folder.isEmpty() ? QStringLiteral(".") : folder;
    if (!QDir().mkpath(dir))
        throw InputError(dir, 0, flag, Text::tr("cannot create the folder"));
    checkCanCreateIn(dir, flag, dir);
}

} // namespace traceload

#include "atomic_file.h"

#include "common/text.h"
#include "input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <memory>

namespace traceload {

namespace {

[[noreturn]] void cannotWrite(const QString& path, const QString& reason)
{
    throw InputError(path, 0, {}, Text::tr("cannot write: %1").arg(reason));
}

// The temporary file of `path`, written in full but not yet committed.
std::unique_ptr<QSaveFile> writeStaged(const QString& path,
                                       const std::function<void(QIODevice&)>& writer)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw InputError(path, 0, {},
                         Text::tr("output folder %1 does not exist").arg(info.absolutePath()));
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        cannotWrite(path, file->errorString());
    try {
        writer(*file);
    } catch (...) {
        file->cancelWriting();
        throw;
    }
    return file;
}

} // namespace

void writeFileAtomically(const QString& path, const std::function<void(QIODevice&)>& writer)
{
    writeFilesAtomically({{path, writer}});
}

void writeFilesAtomically(const std::vector<FileWriter>& files)
{
    // An exception unwinds the staged files: a QSaveFile destroyed uncommitted removes its
    // temporary file and leaves the target alone.
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const auto& [path, writer] : files)
        staged.push_back(writeStaged(path, writer));
    for (std::size_t i = 0; i < staged.size(); ++i)
        if (!staged[i]->commit())
            cannotWrite(files[i].first, staged[i]->errorString());
}

void writeFileAtomically(const QString& path, const QByteArray& content)
{
    writeFileAtomically(path, [&content, &path](QIODevice& out) {
        if (out.write(content) != content.size())
            throw InputError(path, 0, {}, out.errorString());
    });
}

} // namespace traceload

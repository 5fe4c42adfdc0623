#include "atomic_file.h"

#include "common/text.h"
#include "input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <memory>
#include <sys/stat.h>

namespace traceload {

namespace {

[[noreturn]] void cannotWrite(const QString& path, const QString& reason)
{
    throw InputError(path, 0, {}, Text::tr("cannot write: %1").arg(reason));
}

enum class TargetKind
{
    File,  // missing or a regular file: written beside it and renamed over it
    Device // a character device (/dev/null, a terminal): written directly
};

// Outputs replace their target by a rename, which must never turn a device, a pipe or a
// folder into a regular file (as root, `-o /dev/null` would otherwise replace /dev/null).
TargetKind targetKind(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return TargetKind::File;
    if (S_ISCHR(st.st_mode))
        return TargetKind::Device;
    if (S_ISDIR(st.st_mode))
        throw InputError(path, 0, {}, Text::tr("is a folder; an output must be a file"));
    throw InputError(path, 0, {},
                     Text::tr("is not a regular file (a pipe, socket or block device); refusing "
                              "to replace it"));
}

// Runs the writer and pushes every byte to the file, so that a full disk is reported here
// with the system's reason: QSaveFile::commit() would otherwise rename a file cut short
// and report success.
void writeAndFlush(QFileDevice& file, const QString& path,
                   const std::function<void(QIODevice&)>& writer)
{
    writer(file);
    if (file.flush())
        return;
    // A short write (the disk filled up part way) comes without a reason; the retry of
    // what is left fails with it.
    const QString reason = file.errorString();
    cannotWrite(path, file.flush() ? reason : file.errorString());
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
        writeAndFlush(*file, path, writer);
    } catch (...) {
        file->cancelWriting();
        throw;
    }
    return file;
}

void writeDevice(const QString& path, const std::function<void(QIODevice&)>& writer)
{
    QFile device(path);
    if (!device.open(QIODevice::WriteOnly))
        cannotWrite(path, device.errorString());
    writeAndFlush(device, path, writer);
}

} // namespace

void writeAll(QIODevice& out, const char* data, qint64 size, const QString& path)
{
    while (size > 0) {
        // A short write is retried: the retry fails with the reason (errno) that the short
        // write did not report.
        const qint64 written = out.write(data, size);
        if (written <= 0)
            cannotWrite(path, out.errorString());
        data += written;
        size -= written;
    }
}

void writeFileAtomically(const QString& path, const std::function<void(QIODevice&)>& writer)
{
    writeFilesAtomically({{path, writer}});
}

void writeFilesAtomically(const std::vector<FileWriter>& files)
{
    std::vector<std::size_t> regular, devices;
    for (std::size_t i = 0; i < files.size(); ++i)
        (targetKind(files[i].first) == TargetKind::Device ? devices : regular).push_back(i);
    // An exception unwinds the staged files: a QSaveFile destroyed uncommitted removes its
    // temporary file and leaves the target alone.
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const std::size_t i : regular)
        staged.push_back(writeStaged(files[i].first, files[i].second));
    // Devices cannot be staged; they are written once every file is.
    for (const std::size_t i : devices)
        writeDevice(files[i].first, files[i].second);
    for (std::size_t k = 0; k < staged.size(); ++k)
        if (!staged[k]->commit())
            cannotWrite(files[regular[k]].first, staged[k]->errorString());
}

void writeFileAtomically(const QString& path, const QByteArray& content)
{
    writeFileAtomically(path, [&content, &path](QIODevice& out) {
        writeAll(out, content.constData(), content.size(), path);
    });
}

} // namespace traceload

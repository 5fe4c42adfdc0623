#pragma once

#include <QSaveFile>
#include <QString>
#include <functional>
#include <utility>
#include <vector>

namespace traceload {

// Writes a file atomically: the content goes to a temporary file beside the target and
// replaces it only when the writer returned normally and every byte reached the disk.
// On any failure (the writer threw, a write failed, the folder is missing or read-only,
// the disk is full) nothing is left at the target path and an InputError naming the path
// and the system's reason is thrown (the writer's own exception is rethrown as is).
// A target that is a character device (/dev/null, /dev/stdout) is written directly, not
// replaced; a folder, pipe, socket or block device is refused with an InputError.
void writeFileAtomically(const QString& path, const std::function<void(QIODevice&)>& writer);

// Files that belong together (a run folder): every one is written to its temporary file
// first, and the targets are replaced only when all writers returned normally, so a
// failure leaves all of them as they were (devices among them are written after every
// file is staged and before any is committed). Errors as writeFileAtomically.
using FileWriter = std::pair<QString, std::function<void(QIODevice&)>>;
void writeFilesAtomically(const std::vector<FileWriter>& files);

// Writes all `size` bytes to `out` or throws InputError naming `path` and the system's
// reason (e.g. "No space left on device"). For the writers given to the functions above.
void writeAll(QIODevice& out, const char* data, qint64 size, const QString& path);

// Convenience for small files.
void writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace traceload

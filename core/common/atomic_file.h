#pragma once

#include <QSaveFile>
#include <QString>
#include <functional>
#include <utility>
#include <vector>

namespace traceload {

// Writes a file atomically: the content goes to a temporary file beside the target and
// replaces it only when the writer returned normally and every byte reached the disk.
// On any failure (the writer threw, a write failed, the folder is missing or read-only)
// nothing is left at the target path and an InputError naming the path is thrown
// (the writer's own exception is rethrown as is).
void writeFileAtomically(const QString& path, const std::function<void(QIODevice&)>& writer);

// Files that belong together (a run folder): every one is written to its temporary file
// first, and the targets are replaced only when all writers returned normally, so a
// failure leaves all of them as they were. Errors as writeFileAtomically.
using FileWriter = std::pair<QString, std::function<void(QIODevice&)>>;
void writeFilesAtomically(const std::vector<FileWriter>& files);

// Convenience for small files.
void writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace traceload

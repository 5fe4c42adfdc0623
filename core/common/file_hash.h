#pragma once

#include <QString>

namespace traceload {

// Hex SHA-256 of a file's content (summary.json records the load's), empty when the file
// cannot be read.
QString fileSha256(const QString& path);

} // namespace traceload

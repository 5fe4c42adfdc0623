#pragma once

#include <QFile>

namespace traceload {

// Opens a file the user named for reading (the path set on `file`, Qt resource paths too).
// Throws InputError naming the path when it is missing, a folder, or not a regular file: a
// FIFO without a writer would block the open forever and a device such as /dev/zero never
// ends, so neither is read.
void openInputFile(QFile& file);

} // namespace traceload

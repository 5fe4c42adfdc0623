#include "input_file.h"

#include "common/text.h"
#include "input_error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace traceload {

void openInputFile(QFile& file)
{
    const QString path = file.fileName();
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(path, 0, {}, Text::tr("file is missing"));
    if (info.isDir())
        throw InputError(path, 0, {}, Text::tr("is a folder, not a file"));
    if (!info.isFile())
        throw InputError(path, 0, {},
                         Text::tr("is not a regular file (a pipe, socket or device is not read)"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, Text::tr("cannot open: %1").arg(file.errorString()));
}

} // namespace traceload

#include "atomic_file.h"

#include "input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace traceload {

void writeFileAtomically(const QString& path, const std::function<void(QIODevice&)>& writer)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw InputError(path, 0, {},
                         QCoreApplication::translate("traceload", "output folder %1 does not exist")
                             .arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(
            path, 0, {},
            QCoreApplication::translate("traceload", "cannot write: %1").arg(file.errorString()));
    try {
        writer(file);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw InputError(
            path, 0, {},
            QCoreApplication::translate("traceload", "cannot write: %1").arg(file.errorString()));
}

void writeFileAtomically(const QString& path, const QByteArray& content)
{
    writeFileAtomically(path, [&content, &path](QIODevice& out) {
        if (out.write(content) != content.size())
            throw InputError(path, 0, {}, out.errorString());
    });
}

} // namespace traceload

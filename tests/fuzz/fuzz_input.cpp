#include "fuzz_input.h"

#include "common/input_error.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace traceload::fuzz {

const QString& scratchDir()
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        const QString path =
            base + QStringLiteral("/traceload-fuzz-%1").arg(QString::number(getpid()));
        QDir().mkpath(path);
        return path;
    }();
    return dir;
}

QString writeScratch(const QString& name, const QByteArray& bytes)
{
    const QString path = scratchDir() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fuzz input %s", qPrintable(path));
    return path;
}

std::vector<QByteArray> splitInput(const std::uint8_t* data, std::size_t size, int parts)
{
    const QByteArray all(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray separator("\n%%%%\n");
    std::vector<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < parts; ++i) {
        const qsizetype at = i + 1 < parts ? all.indexOf(separator, from) : -1;
        if (at < 0) {
            out.push_back(from <= all.size() ? all.mid(from) : QByteArray());
            from = all.size() + 1;
        } else {
            out.push_back(all.mid(from, at - from));
            from = at + separator.size();
        }
    }
    return out;
}

void expectInputErrorOnly(const std::function<void()>& reader)
{
    try {
        reader();
    } catch (const InputError&) {
    }
}

} // namespace traceload::fuzz

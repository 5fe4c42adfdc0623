#include "input_kind.h"

#include "trace/trace_file_set.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace traceload {

namespace {

constexpr qint64 kPeekBytes = 64 * 1024;

// The first key of the first object in `text` (after `from`), or empty.
QString firstKey(const QString& text, qsizetype from)
{
    static const QRegularExpression key(QStringLiteral("\\{\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:"));
    const auto match = key.match(text, from);
    return match.hasMatch() ? match.captured(1) : QString();
}

InputKind classifyJson(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return InputKind::Unknown; // a FIFO is never opened: it would block
    const QString text = QString::fromUtf8(file.read(kPeekBytes));
    const qsizetype start = text.indexOf(QRegularExpression(QStringLiteral("\\S")));
    if (start < 0)
        return InputKind::Unknown;
    if (text[start] == u'[') {
        const QString key = firstKey(text, start);
        if (key == u"timestamp" || key == u"endpoint")
            return InputKind::Load;
        if (key == u"yaml-location" || key.endsWith(QLatin1String("deployment-commands")))
            return InputKind::Config;
        return InputKind::Unknown;
    }
    if (text[start] != u'{')
        return InputKind::Unknown;
    if (text.contains(QLatin1String("\"traceload_workspace\"")))
        return InputKind::Workspace;
    // The first entry's own first key tells a profile from a mapping.
    static const QRegularExpression entry(
        QStringLiteral("^\\{\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*:\\s*(\"|\\{)"));
    const auto match = entry.match(text.mid(start));
    if (!match.hasMatch())
        return text.mid(start).trimmed() == u"{}" ? InputKind::Mapping : InputKind::Unknown;
    if (match.captured(1) == u"\"")
        return InputKind::Mapping; // {"<id>": "<proxy>"}
    const QString inner = firstKey(text, start + match.capturedLength(0) - 1);
    if (inner == u"proxy" || inner == u"error")
        return InputKind::Mapping;
    return InputKind::Profile;
}

} // namespace

InputKind classifyInput(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        if (dir.exists(QStringLiteral("summary.json")))
            return InputKind::RunFolder;
        // The pre-cut files, or the Azure release's day files as they are unpacked.
        if (dir.exists(QStringLiteral("invocations.csv")) || !TraceFileSet::daysIn(path).empty())
            return InputKind::TraceFolder;
        return InputKind::Unknown;
    }
    if (info.suffix().compare(QLatin1String("traceload"), Qt::CaseInsensitive) == 0)
        return InputKind::Workspace;
    static const QRegularExpression releaseInvocations(
        QStringLiteral("^invocations_per_function_md\\.anon\\.d\\d\\d\\.csv$"));
    if (info.fileName() == u"invocations.csv" ||
        releaseInvocations.match(info.fileName()).hasMatch())
        return InputKind::TraceFolder;
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return classifyJson(path);
    return InputKind::Unknown;
}

} // namespace traceload

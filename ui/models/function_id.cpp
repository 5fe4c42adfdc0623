#include "models/function_id.h"

#include "common/text.h"
#include "trace/trace.h"

#include <QStringList>

namespace traceload {

namespace {

constexpr int shownHashChars = 8;
constexpr int azureHashChars = 64;
constexpr int maxPlainChars = 27; // as long as three shortened hashes and two slashes

} // namespace

QString shortFunctionId(const TraceFunction& function)
{
    if (function.owner.isEmpty() || function.app.isEmpty() || function.function.isEmpty())
        return shortFunctionId(function.id);
    return QStringList{function.owner.left(shownHashChars), function.app.left(shownHashChars),
                       function.function.left(shownHashChars)}
        .join(u'/');
}

QString shortFunctionId(const QString& id)
{
    if (id.size() == 3 * azureHashChars)
        return QStringList{id.left(shownHashChars), id.mid(azureHashChars, shownHashChars),
                           id.mid(2 * azureHashChars, shownHashChars)}
            .join(u'/');
    if (id.size() > maxPlainChars)
        return id.left(maxPlainChars - 1) + QChar(0x2026);
    return id;
}

QString functionIdToolTip(const TraceFunction& function)
{
    if (function.owner.isEmpty() && function.app.isEmpty() && function.function.isEmpty())
        return function.id;
    return Text::tr("Owner: %1\nApp: %2\nFunction: %3")
        .arg(function.owner, function.app, function.function);
}

} // namespace traceload

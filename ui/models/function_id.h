#pragma once

#include <QString>

namespace traceload {

struct TraceFunction;

// A readable short form of a trace function's id: the first 8 characters of its owner,
// app and function hashes ("dd065b88/f31bf185/ba86c58a"). Azure ids are 64-character
// SHA-256 hashes, so 8 characters still tell 46,000 functions apart in practice, while
// the full 192-character join key fits no table column.
QString shortFunctionId(const TraceFunction& function);
// The same from a joined id (HashOwner+HashApp+HashFunction) alone: three 64-character
// hashes are split; any other id longer than 27 characters is elided at its end.
QString shortFunctionId(const QString& id);
// The full id spelled out, one hash a line, for tooltips.
QString functionIdToolTip(const TraceFunction& function);

} // namespace traceload

#pragma once

#include <QString>

namespace traceload {

// The bundled demo inputs (resources/vswarm): what the window opens with and what the
// batch commands use when -t / -p / -c are not given.
inline const QString kBundledTrace = QStringLiteral(":/traceload/vswarm/trace");
inline const QString kBundledProfile = QStringLiteral(":/traceload/vswarm/profile.json");
inline const QString kBundledConfig = QStringLiteral(":/traceload/vswarm/config.json");

inline bool isBundled(const QString& path)
{
    return path.startsWith(QLatin1String(":/"));
}

} // namespace traceload

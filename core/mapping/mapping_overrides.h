#pragma once

#include "mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <QString>
#include <map>

namespace traceload {

// Replaces the proxy of single trace functions (trace id -> proxy name), as a user picks
// them by hand, and recomputes their errors at the mapping's percentile. A unique mapping
// may stop being one-to-one; a warning says how many proxies are then shared. Throws
// InputError naming `source` (the workspace file, or "overrides") and the trace id for an
// id the trace lacks or a proxy the catalogue lacks.
Mapping applyOverrides(Mapping mapping, const std::map<QString, QString>& overrides,
                       const Trace& trace, const ProxyCatalogue& catalogue,
                       const QString& source = QStringLiteral("overrides"));

} // namespace traceload

#pragma once

#include "service_behaviour.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace traceload {

// The emulator's services file: a JSON object keyed by service name, each value either
//   {"duration": {"0-percentile": ms, ..., "100-percentile": ms},
//    "memory":   {"0-percentile": MB, ...}}          (a profile.json entry is valid)
// or {"duration_ms": 0.5, "memory_mb": 0}           (fixed values; they win when both
//                                                      forms are present)
// Other keys (name, yaml, cpu, ...) are ignored. A service needs a duration; memory is
// optional (0 MB). Throws InputError naming the file and the JSON key path
// ("svc.duration.50-percentile"), or the line for text that is not JSON.
class ServicesFile
{
public:
    static std::vector<ServiceBehaviour> read(const QString& path);
    static std::vector<ServiceBehaviour> parse(const QByteArray& json, const QString& sourceName);
};

} // namespace traceload

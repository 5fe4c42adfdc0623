#pragma once

#include "load/load.h"

#include <QString>

namespace traceload {

// Where to dial a load when no address was given: a load made with the local backend
// names endpoints that only its emulator serves, so when the build folder's deployment
// record serves every endpoint of the load through one address, that address. Empty when
// there is no record, it names no address, or some endpoint is not among its services.
// Throws InputError for a malformed record.
QString connectToFromRecord(const QString& buildDir, const Load& load);

} // namespace traceload

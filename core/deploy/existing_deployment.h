#pragma once

#include "deployment_record.h"

#include <optional>

namespace traceload {

// A deployment recorded in a build folder (possibly by another process, or before the
// window was opened) and whether what it started is still there.
struct ExistingDeployment
{
    DeploymentRecord record;
    // local backend: a pid was recorded, and that very process (same start time) still runs.
    bool hasEmulator = false;
    bool emulatorAlive = false;
};

// nullopt when the folder holds no deployment.json; throws InputError naming the file and
// key when it is malformed. Cheap: one small file and /proc/<pid>.
std::optional<ExistingDeployment> readExistingDeployment(const QString& buildDir);

} // namespace traceload

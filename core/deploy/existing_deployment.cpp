#include "existing_deployment.h"

#include "emulator_process.h"

namespace traceload {

std::optional<ExistingDeployment> readExistingDeployment(const QString& buildDir)
{
    std::optional<DeploymentRecord> record = DeploymentRecord::read(buildDir);
    if (!record)
        return std::nullopt;
    ExistingDeployment existing;
    existing.record = std::move(*record);
    const DeploymentRecord& r = existing.record;
    existing.hasEmulator = r.backend == u"local" && r.emulatorPid > 0;
    // A pid reused by another program is not our emulator.
    existing.emulatorAlive =
        existing.hasEmulator &&
        emulator_process::isSameProcess(r.emulatorPid, r.emulatorStartTicks, r.emulatorProgram);
    return existing;
}

} // namespace traceload

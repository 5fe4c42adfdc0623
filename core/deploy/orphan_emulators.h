#pragma once

#include <QString>
#include <vector>

namespace traceload {

// An emulator (traceload-function) that the local backend started and that no deployment
// record reaches any more: its build folder was deleted, or its record was removed or
// names another process. `teardown -b` cannot see it; `teardown --orphans` stops it.
struct OrphanEmulator
{
    qint64 pid = 0;
    QString buildDir; // the folder it was started in (from its --services argument)
    bool buildDirGone = false;
};

// The orphaned emulators of this user that run `program` (compared by the resolved path
// of /proc/<pid>/exe, so an emulator of another installation is never touched). Only
// processes started with `--services <build>/services.json` are considered, i.e. by the
// local backend; an emulator whose record still names its pid is not an orphan.
std::vector<OrphanEmulator> findOrphanEmulators(const QString& program);

} // namespace traceload

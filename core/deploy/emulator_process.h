#pragma once

#include <QString>

namespace traceload::emulator_process {

// Start time of a process in clock ticks since boot (/proc/<pid>/stat, field 22); 0 when
// there is no such process. With the pid it identifies a process even after pid reuse.
qint64 startTicks(qint64 pid);

// True when the process exists and is not a zombie (a detached child whose parent does
// not reap it stays a zombie after it exits; it is gone for our purposes).
bool isRunning(qint64 pid);

// True when pid is still the process that was started: the same start time (when one was
// recorded) and /proc/<pid>/exe is `program` itself (a record could name any pid and
// start time; only the program's executable makes the process ours).
bool isSameProcess(qint64 pid, qint64 recordedStartTicks, const QString& program);

// SIGTERM, wait up to timeoutMs for a graceful exit, then SIGKILL and wait again.
// Returns true when the process is gone.
bool stop(qint64 pid, int timeoutMs);

} // namespace traceload::emulator_process

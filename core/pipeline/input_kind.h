#pragma once

#include <QString>

namespace traceload {

// What a file or folder a user drops on the window (or names on the command line) is.
enum class InputKind
{
    Unknown,
    TraceFolder, // invocations.csv, durations.csv, memory.csv
    RunFolder,   // summary.json and invocations.csv written by an invoker run
    Workspace,   // *.traceload
    Profile,     // vSwarm profile.json: {"<proxy>": {"yaml":…, "duration":…, "memory":…}}
    Config,      // vSwarm config.json: [{"yaml-location":…, …}]
    Mapping,     // {"<trace id>": {"proxy":…, "error":…}} or {"<trace id>": "<proxy>"}
    Load         // [{"timestamp": […], "endpoint": […]}, …]
};

// Decides by the folder's files or the file's suffix and first JSON value, reading at most
// the first 64 KiB; never throws.
InputKind classifyInput(const QString& path);

} // namespace traceload

#pragma once

#include <QString>
#include <QStringList>

namespace traceload {

class DeploymentLog;
struct DeployOptions;
struct DeploymentRecord;

// The build folder of a deployment: generated YAMLs, services.json, logs and the record.
// The tool only ever deletes files it lists in a record it wrote, never the folder or
// anything else in it (it may be a folder the user also uses).
namespace build_folder {

// Creates the folder, tears down a deployment still recorded there (its services or
// emulator) and deletes the files that deployment generated. Throws what teardown throws.
void prepare(const DeployOptions& options, DeploymentLog& log);

// Throws InputError when buildDir is a CMake build folder (holds CMakeCache.txt).
void checkNotCMakeBuild(const QString& buildDir);

// Undoes the deployment of a record (dispatching on its backend), deletes its generated
// files (logs kept) and the record. Returns the number of services removed.
int teardown(DeploymentRecord& record, const DeployOptions& options, DeploymentLog& log);

// Deletes the listed files (paths relative to buildDir; anything reaching outside it is
// ignored), then the sub-folders that became empty. keepLogs leaves *.log files.
void removeFiles(const QString& buildDir, const QStringList& files, bool keepLogs);

// Copies every *.yaml / *.yml file below sourceDir (e.g. a Qt resource folder
// ":/traceload/vswarm") into buildDir/targetSubdir with the same relative paths, so that
// commands such as `kubectl apply -f ./yamls/x.yaml` work from there. Returns the files
// written, relative to buildDir.
QStringList extractYamls(const QString& sourceDir, const QString& buildDir,
                         const QString& targetSubdir);

} // namespace build_folder

} // namespace traceload

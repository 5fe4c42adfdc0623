#include "record_address.h"

#include "deployment_backend.h"
#include "deployment_record.h"
#include "emulator_process.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace traceload {

namespace {

std::optional<DeploymentRecord> servingRecord(const QString& buildDir, const Load& load)
{
    auto record = DeploymentRecord::read(buildDir);
    if (!record || record->connectTo.isEmpty())
        return std::nullopt;
    QSet<QString> served;
    for (const DeployedService& s : record->services)
        served.insert(s.endpoint);
    for (const QString& endpoint : load.endpoints)
        if (!served.contains(endpoint))
            return std::nullopt;
    return record;
}

} // namespace

QString defaultLoadPath()
{
    const QString seed = QStringLiteral("load.json");
    const QString loadgen = QStringLiteral("invoker/load.json");
    return !QFileInfo::exists(seed) && QFileInfo::exists(loadgen) ? loadgen : seed;
}

QStringList buildDirCandidates(const QString& loadPath)
{
    const QDir loadDir = QFileInfo(loadPath).absoluteDir();
    QStringList dirs;
    for (const QString& dir :
         {QDir::current().absoluteFilePath(kDefaultBuildDir),
          loadDir.absoluteFilePath(kDefaultBuildDir),
          loadDir.absoluteFilePath(QStringLiteral("../") + kDefaultBuildDir)}) {
        const QString clean = QDir::cleanPath(dir);
        if (!dirs.contains(clean))
            dirs << clean;
    }
    return dirs;
}

std::optional<RecordAddress> findRecordAddress(const QStringList& buildDirs, const Load& load)
{
    for (const QString& dir : buildDirs)
        if (const auto record = servingRecord(dir, load))
            return RecordAddress{dir, record->connectTo, record->backend, record->emulatorPid,
                                 record->backend == u"local" &&
                                     !emulator_process::isRunning(record->emulatorPid)};
    return std::nullopt;
}

bool namesLocalEndpoints(const Load& load)
{
    for (const QString& endpoint : load.endpoints)
        if (endpoint.endsWith(QStringLiteral(".local")))
            return true;
    return false;
}

} // namespace traceload

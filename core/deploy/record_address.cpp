#include "record_address.h"

#include "deployment_record.h"

#include <QSet>

namespace traceload {

QString connectToFromRecord(const QString& buildDir, const Load& load)
{
    const auto record = DeploymentRecord::read(buildDir);
    if (!record || record->connectTo.isEmpty())
        return {};
    QSet<QString> served;
    for (const DeployedService& s : record->services)
        served.insert(s.endpoint);
    for (const QString& endpoint : load.endpoints)
        if (!served.contains(endpoint))
            return {};
    return record->connectTo;
}

} // namespace traceload

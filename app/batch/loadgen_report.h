#pragma once

#include "deploy/service_plan.h"
#include "load/load_generator.h"
#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <QTextStream>

namespace traceload::batch {

// What `loadgen` tells the user: a short human summary and, on request, summary.json.
struct LoadgenReport
{
    QString tracePath;
    QString profilePath;
    QString configPath;
    QString outputPath;
    const Trace* trace = nullptr;
    const ProxyCatalogue* catalogue = nullptr;
    const Mapping* mapping = nullptr;
    const Deployment* deployment = nullptr;
    const LoadOptions* loadOptions = nullptr;
    LoadStats load;
    double fallbackTolerance = 0; // the mapping's --fallback-tolerance, 0 when off

    void print(QTextStream& out, bool debug) const;
    QByteArray json() const; // the --summary-json content
};

} // namespace traceload::batch

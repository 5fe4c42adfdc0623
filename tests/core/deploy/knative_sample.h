#pragma once
// The 250-function vSwarm sample planned for deployment, and helpers shared by the knative
// backend tests (header-only, test code only).

#include "deploy/deployment_backend.h"
#include "deploy/service_plan.h"
#include "mapping/mapper.h"
#include "profile/profile_reader.h"
#include "test_support.h"
#include "trace/trace_reader.h"

#include <QDir>

namespace traceload::test {

struct Sample
{
    ProxyCatalogue catalogue;
    ProxyConfig config;
    ServicePlan plan; // one service per trace function of the 250-function sample
};

inline const Sample& sample()
{
    static const Sample s = [] {
        Sample r;
        const Trace trace = TraceReader::read(sampleTraceDir());
        r.catalogue = ProfileReader::read(sampleProfile());
        r.config = ConfigReader::read(sampleConfig());
        const Mapping mapping = Mapper::map(trace, r.catalogue, {});
        r.plan = planServices(mapping, r.catalogue, false);
        return r;
    }();
    return s;
}

// n services of the sample plan whose proxies need no pre-deployment command; with
// withDatabase the first one is replaced by a service whose proxy needs one.
inline ServicePlan smallPlan(int n, bool withDatabase = false)
{
    const Sample& s = sample();
    ServicePlan plan;
    std::vector<ServiceSpec> plain;
    for (const ServiceSpec& spec : s.plan.services) {
        const ProxyConfigEntry* e =
            s.config.findByYaml(s.catalogue.proxies[size_t(spec.proxyIndex)].yamlPath);
        if (e && !e->preDeploymentCommands.isEmpty()) {
            if (withDatabase && plan.services.empty())
                plan.services.push_back(spec);
        } else {
            plain.push_back(spec);
        }
    }
    for (const ServiceSpec& spec : plain)
        if (int(plan.services.size()) < n)
            plan.services.push_back(spec);
    return plan;
}

inline DeployOptions fastOptions(const QString& buildDir)
{
    DeployOptions o;
    o.buildDir = buildDir;
    o.jobs = 4;
    o.pollIntervalMs = 50;
    o.readyTimeoutSeconds = 60;
    o.commandTimeoutMs = 60000;
    return o;
}

inline Deployment deploy(const ServicePlan& plan, const DeployOptions& options,
                         const ProxyCatalogue& catalogue = sample().catalogue,
                         const ProxyConfig* config = &sample().config)
{
    return createDeploymentBackend(QStringLiteral("knative"), options)
        ->deploy(plan, catalogue, config, {});
}

inline QStringList topLevelYamls(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
}

inline QStringList names(const ServicePlan& plan)
{
    QStringList n;
    for (const ServiceSpec& s : plan.services)
        n << s.name;
    n.sort();
    return n;
}

} // namespace traceload::test

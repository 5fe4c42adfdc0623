#pragma once

#include "mapping/mapping.h"
#include "profile/proxy_catalogue.h"

#include <QString>
#include <vector>

namespace traceload {

// One service to deploy: a copy of a proxy under its own name.
struct ServiceSpec
{
    QString name;                    // DNS-1123 label, unique in the plan
    int proxyIndex = -1;             // into ProxyCatalogue::proxies
    std::vector<int> traceFunctions; // indices into Trace::functions served by it
    // A trace function (the function fell back, MappingEntry::fallback): deployed from the
    // bundled trace-function YAML instead of the proxy's, called with Execute; never shared.
    bool traceFunction = false;
};

// The bundled Knative service YAML of the trace function.
inline constexpr char kTraceFunctionYaml[] = ":/traceload/trace-function/trace-function.yaml";

// Which services a mapping needs and which service each trace function calls.
struct ServicePlan
{
    std::vector<ServiceSpec> services;
    std::vector<int> serviceOfFunction; // per trace function (mapping entry order)
};

// A valid DNS-1123 label (lower-case alphanumerics and '-', starts with a letter,
// ends alphanumeric, at most 63 characters) made of `base` and `suffix`, truncating the
// base, never the suffix.
QString dns1123Label(const QString& base, const QString& suffix);

// One service per trace function, named after its proxy plus a stable suffix derived
// from the trace function id (so the same function gets the same name in every run),
// or, with shareProxies, one service per distinct proxy named after the proxy. A function
// that fell back gets a service of its own named "trace-function-<suffix>".
ServicePlan planServices(const Mapping& mapping, const ProxyCatalogue& catalogue,
                         bool shareProxies);

// What a backend produced: the endpoint (host name, as Knative's URL without http://)
// of every trace function, and where to connect for them.
struct Deployment
{
    QString backend; // "dry-run", "local", "knative"
    ServicePlan plan;
    std::vector<QString> serviceEndpoints; // per plan.services entry
    QString connectTo; // "host:port" to dial for every endpoint, empty = resolve endpoints

    std::vector<QString> endpointOfFunction() const;
};

// Names every service "<service>.dry-run"; starts nothing.
Deployment dryRunDeployment(ServicePlan plan);

} // namespace traceload

#pragma once

#include "deployment_backend.h"

namespace traceload {

class DeploymentLog;

// Deploys every service of a plan on a Knative cluster through kubectl and kn, as the
// seed's deployer does: for each service the proxy's YAML renamed to the service
// (<build>/<service>.yaml), its config.json pre-deployment commands (each distinct
// command once, in the config's folder, through bash -c), `kubectl apply -f`, its
// post-deployment commands; applies run --deploy-jobs at a time; then `kn service list
// -o json` is polled until every service is Ready and its URL gives the endpoint.
class KnativeBackend : public DeploymentBackend
{
public:
    explicit KnativeBackend(DeployOptions options) : m_options(std::move(options)) {}

    QString name() const override { return QStringLiteral("knative"); }
    Deployment deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                      const ProxyConfig* config, const JobControl& job) override;

    // Deletes the record's services that still exist (`kn service delete <names>`), then
    // checks with `kn service list` that none is left. Returns how many were deleted.
    static int teardown(DeploymentRecord& record, const DeployOptions& options, DeploymentLog& log);

    // The proxy's YAML: ProxyFunction::yamlPath, or its `yaml` resolved against the
    // profile's folder (a Qt resource folder for the bundled profile). Empty if none.
    static QString proxyYamlPath(const ProxyCatalogue& catalogue, const ProxyFunction& proxy);

    // The folder commands of config.json run in: its own folder, or for a config bundled as
    // a Qt resource this subfolder of the build folder, where its YAMLs are extracted.
    static QString extractedConfigFolder() { return QStringLiteral("proxy-config"); }

private:
    DeployOptions m_options;
};

} // namespace traceload

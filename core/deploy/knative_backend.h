#pragma once

#include "deployment_backend.h"

namespace traceload {

class DeploymentLog;

// What the knative backend will do for a plan, worked out before anything runs: the
// deployment and the command preview are both made from it.
struct KnativeWorkPlan
{
    struct Service
    {
        QString yamlSource;                      // the proxy's YAML
        QString manifest;                        // <build>/<service>.yaml, absolute
        const ProxyConfigEntry* entry = nullptr; // its config.json entry, if any (in config)
    };
    std::vector<Service> services; // per plan service
    // Where config.json commands run: the config's folder, or for a bundled config the
    // folder of the build folder its YAMLs are extracted to (extractFrom is then set).
    QString commandFolder;
    QString extractFrom;
    // Distinct pre-deployment commands in plan order, each with the first service needing it.
    std::vector<std::pair<QString, size_t>> preDeploymentCommands;
};

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

    // Throws InputError naming the profile and the proxy when a proxy has no YAML.
    static KnativeWorkPlan workPlan(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                    const ProxyConfig* config, const QString& buildDir);

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

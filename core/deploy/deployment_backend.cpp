#include "deployment_backend.h"

#include "build_folder.h"
#include "common/text.h"
#include "deployment_log.h"
#include "knative_backend.h"
#include "local_backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace traceload {

namespace {

// Names the endpoints and starts nothing; the record makes `teardown` symmetric.
class DryRunBackend : public DeploymentBackend
{
public:
    explicit DryRunBackend(DeployOptions options) : m_options(std::move(options)) {}

    QString name() const override { return QStringLiteral("dry-run"); }

    Deployment deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue, const ProxyConfig*,
                      const JobControl&) override
    {
        build_folder::checkNotCMakeBuild(m_options.buildDir);
        if (!QDir().mkpath(m_options.buildDir))
            throw InputError(m_options.buildDir, 0, {}, Text::tr("cannot create the build folder"));
        DeploymentLog log(QDir(m_options.buildDir).filePath(QStringLiteral("deploy.log")), false,
                          m_options.message);
        build_folder::prepare(m_options, log);
        ServiceStateReporter states(m_options.serviceState, plan, catalogue);
        states.reportAll(ServiceState::Pending);
        Deployment deployment = dryRunDeployment(plan);
        DeploymentRecord record;
        record.backend = name();
        record.status = QStringLiteral("ready");
        record.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        record.files << QStringLiteral("deploy.log");
        for (size_t i = 0; i < plan.services.size(); ++i) {
            DeployedService s;
            s.name = plan.services[i].name;
            s.proxy = catalogue.proxies.at(size_t(plan.services[i].proxyIndex)).name;
            s.endpoint = deployment.serviceEndpoints.at(i);
            s.traceFunctions = int(plan.services[i].traceFunctions.size());
            record.services.push_back(std::move(s));
        }
        record.write(m_options.buildDir);
        states.reportAll(ServiceState::Ready);
        log.note(QStringLiteral("dry run: %1 services named, nothing started")
                     .arg(plan.services.size()));
        return deployment;
    }

private:
    DeployOptions m_options;
};

} // namespace

QStringList deploymentBackendNames()
{
    return {QStringLiteral("local"), QStringLiteral("knative"), QStringLiteral("dry-run")};
}

std::unique_ptr<DeploymentBackend> createDeploymentBackend(const QString& name,
                                                           const DeployOptions& options)
{
    if (name == u"local")
        return std::make_unique<LocalBackend>(options);
    if (name == u"knative")
        return std::make_unique<KnativeBackend>(options);
    if (name == u"dry-run")
        return std::make_unique<DryRunBackend>(options);
    return nullptr;
}

TeardownResult teardownDeployment(const DeployOptions& options)
{
    TeardownResult result;
    std::optional<DeploymentRecord> record = DeploymentRecord::read(options.buildDir);
    if (!record)
        return result;
    result.hadRecord = true;
    result.backend = record->backend;
    DeploymentLog log(QDir(options.buildDir).filePath(QStringLiteral("deploy.log")), true,
                      options.message);
    log.note(QStringLiteral("teardown of the %1 deployment (%2 services)")
                 .arg(record->backend)
                 .arg(record->services.size()));
    result.servicesRemoved = build_folder::teardown(*record, options, log);
    log.note(QStringLiteral("teardown done"));
    return result;
}

QString teardownAfterFailure(const DeployOptions& options)
{
    try {
        const TeardownResult r = teardownDeployment(options);
        return Text::tr("the command failed after deploying; removed the %1 deployment it made "
                        "(%2 services)")
            .arg(r.backend)
            .arg(r.servicesRemoved);
    } catch (const std::exception& e) {
        return Text::tr("the command failed after deploying, and removing the deployment failed "
                        "too: %1. It may still be running; remove it with: traceload --batch "
                        "teardown -b %2")
            .arg(QString::fromLocal8Bit(e.what()), options.buildDir);
    }
}

} // namespace traceload

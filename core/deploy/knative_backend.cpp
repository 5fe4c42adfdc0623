#include "knative_backend.h"

#include "build_folder.h"
#include "command_runner.h"
#include "common/atomic_file.h"
#include "common/text.h"
#include "deployment_log.h"
#include "knative_cli.h"
#include "yaml_rewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <set>

namespace traceload {

namespace {

// One deployment in progress: the record it keeps up to date and the ways it can fail.
class KnativeDeployment
{
public:
    KnativeDeployment(const DeployOptions& options, const ServicePlan& plan,
                      const ProxyCatalogue& catalogue, const ProxyConfig* config,
                      const JobControl& job, DeploymentLog& log)
        : m_options(options), m_plan(plan), m_catalogue(catalogue), m_config(config), m_job(job),
          m_log(log), m_runner(log, options.commandTimeoutMs, &m_job), m_kn(m_runner),
          m_states(options.serviceState, plan, catalogue)
    {
    }

    Deployment run();

private:
    void startRecord();
    void writeManifests();
    void deleteExisting();
    void runPreDeploymentCommands();
    void applyAll();
    void waitUntilReady();
    void reportReadiness(qint64 elapsedMs);
    bool updateStatus(const std::vector<KnativeServiceStatus>& list);
    void checkCancelled();
    [[noreturn]] void fail(const QString& service, const QString& what, bool snapshot = true);
    QString summary() const;

    const DeployOptions& m_options;
    const ServicePlan& m_plan;
    const ProxyCatalogue& m_catalogue;
    const ProxyConfig* m_config;
    const JobControl& m_job;
    DeploymentLog& m_log;
    CommandRunner m_runner;
    KnativeCli m_kn;
    ServiceStateReporter m_states;
    DeploymentRecord m_record;
    KnativeWorkPlan m_work;
};

void KnativeDeployment::startRecord()
{
    m_record.backend = QStringLiteral("knative");
    m_record.status = QStringLiteral("deploying");
    m_record.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const ServiceSpec& spec : m_plan.services) {
        DeployedService s;
        s.name = spec.name;
        s.proxy = m_catalogue.proxies.at(size_t(spec.proxyIndex)).name;
        s.traceFunctions = int(spec.traceFunctions.size());
        m_record.services.push_back(std::move(s));
    }
    m_record.files << QStringLiteral("deploy.log");
    m_states.reportAll(ServiceState::Pending);
}

void KnativeDeployment::writeManifests()
{
    m_work = KnativeBackend::workPlan(m_plan, m_catalogue, m_config, m_options.buildDir);
    if (!m_work.extractFrom.isEmpty()) {
        // A bundled config: its commands (`kubectl apply -f ./yamls/...`) need real files.
        m_record.files << build_folder::extractYamls(m_work.extractFrom, m_options.buildDir,
                                                     KnativeBackend::extractedConfigFolder());
    }
    for (size_t i = 0; i < m_plan.services.size(); ++i) {
        const KnativeWorkPlan::Service& w = m_work.services[i];
        m_record.files << QFileInfo(w.manifest).fileName();
        writeFileAtomically(w.manifest,
                            YamlRewriter::renameServiceFile(w.yamlSource, m_plan.services[i].name));
        m_job.progress(Text::tr("writing service YAMLs"), double(i + 1) / m_plan.services.size());
    }
}

void KnativeDeployment::deleteExisting()
{
    m_log.message(Text::tr("deleting every existing Knative service (--delete-existing)"));
    const CommandResult r = m_kn.deleteAll();
    checkCancelled();
    if (!r.ok())
        fail({}, Text::tr("command `%1` failed: %2").arg(r.commandLine, r.failureText()), false);
    // kn waits for each deletion by default; wait on the list too, as the seed does.
    const QDeadlineTimer deadline(qint64(m_options.readyTimeoutSeconds) * 1000);
    while (true) {
        const KnativeCli::ListResult list = m_kn.list();
        checkCancelled();
        if (!list.error.isEmpty())
            fail({}, list.error, false);
        if (list.services.empty())
            return;
        if (deadline.hasExpired())
            fail({},
                 Text::tr("%1 services still listed %2 s after `kn service delete --all`")
                     .arg(list.services.size())
                     .arg(m_options.readyTimeoutSeconds),
                 false);
        checkCancelled();
        QThread::msleep(uint(m_options.pollIntervalMs));
    }
}

void KnativeDeployment::runPreDeploymentCommands()
{
    const QString& folder = m_work.commandFolder;
    for (const auto& [command, service] : m_work.preDeploymentCommands) {
        checkCancelled();
        m_record.preDeploymentCommands << command;
        m_record.write(m_options.buildDir);
        const CommandResult r = m_runner.runShell(command, folder);
        checkCancelled();
        if (!r.ok()) {
            const QString what =
                Text::tr("service '%1': pre-deployment command `%2` (in %3) failed: %4")
                    .arg(m_plan.services[service].name, command, folder, r.failureText());
            m_states.report(service, ServiceState::Failed, what);
            fail(m_plan.services[service].name, what);
        }
    }
}

void KnativeDeployment::applyAll()
{
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount());
    std::atomic_bool stop{false};
    std::atomic_int done{0};
    std::mutex mutex;
    std::optional<std::pair<size_t, QString>> failure; // first failure: service, what

    const size_t count = m_work.services.size();
    for (size_t i = 0; i < count; ++i) {
        pool.start([this, i, &stop, &done, &mutex, &failure] {
            if (stop.load())
                return;
            const QString& name = m_plan.services[i].name;
            const KnativeWorkPlan::Service& work = m_work.services[i];
            const auto failed = [&](const QString& what) {
                m_states.report(i, ServiceState::Failed, what);
                const std::lock_guard lock(mutex);
                if (!failure)
                    failure.emplace(i, what);
                stop.store(true);
            };
            {
                const std::lock_guard lock(mutex);
                m_record.services[i].applied = true; // it may exist even if apply fails
            }
            m_states.report(i, ServiceState::Applying);
            const CommandResult r = m_kn.apply(work.manifest);
            if (r.cancelled)
                return;
            if (!r.ok())
                return failed(Text::tr("service '%1': command `%2` failed: %3")
                                  .arg(name, r.commandLine, r.failureText()));
            if (work.entry)
                for (const QString& c : work.entry->postDeploymentCommands) {
                    if (stop.load())
                        return;
                    const CommandResult p = m_runner.runShell(c, m_work.commandFolder);
                    if (p.cancelled)
                        return;
                    if (!p.ok())
                        return failed(Text::tr("service '%1': post-deployment command `%2` (in %3) "
                                               "failed: %4")
                                          .arg(name, c, m_work.commandFolder, p.failureText()));
                }
            ++done;
        });
    }
    while (!pool.waitForDone(50)) {
        if (m_job.isCancelled())
            stop.store(true);
        m_job.progress(Text::tr("deploying services"), double(done.load()) / double(count));
    }
    checkCancelled(); // before a failure: a cancelled command fails too
    if (failure)
        fail(m_plan.services[failure->first].name, failure->second);
}

bool KnativeDeployment::updateStatus(const std::vector<KnativeServiceStatus>& list)
{
    std::map<QString, const KnativeServiceStatus*> byName;
    for (const KnativeServiceStatus& s : list)
        byName.emplace(s.name, &s);
    bool all = true;
    for (size_t i = 0; i < m_record.services.size(); ++i) {
        DeployedService& s = m_record.services[i];
        const auto it = byName.find(s.name);
        if (it == byName.end()) {
            s.ready = false;
            s.reason = s.applied ? Text::tr("not listed by kn") : Text::tr("not deployed");
        } else {
            s.ready = it->second->ready && !it->second->url.isEmpty();
            s.endpoint = endpointFromUrl(it->second->url);
            s.reason = s.ready ? QString()
                               : (it->second->ready ? Text::tr("Ready but without a URL")
                                                    : it->second->reason);
        }
        if (s.applied)
            m_states.report(i, s.ready ? ServiceState::Ready : ServiceState::Applying);
        all = all && s.ready;
    }
    return all;
}

void KnativeDeployment::reportReadiness(qint64 elapsedMs)
{
    const QStringList ready = m_record.readyServices();
    QStringList waiting;
    int more = 0;
    for (const DeployedService& s : m_record.services) {
        if (s.ready)
            continue;
        if (waiting.size() == 3) {
            ++more;
            continue;
        }
        waiting << (s.reason.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.reason));
    }
    QString line = Text::tr("Ready %1/%2 after %3 s; still waiting for %4")
                       .arg(ready.size())
                       .arg(m_record.services.size())
                       .arg(elapsedMs / 1000)
                       .arg(waiting.join(QStringLiteral(", ")));
    if (more > 0)
        line += Text::tr(" and %1 more").arg(more);
    m_log.message(line);
}

void KnativeDeployment::waitUntilReady()
{
    const QDeadlineTimer deadline(qint64(m_options.readyTimeoutSeconds) * 1000);
    QElapsedTimer waited;
    waited.start();
    qint64 lastReportMs = 0;
    int failures = 0;
    while (true) {
        checkCancelled();
        const KnativeCli::ListResult list = m_kn.list();
        checkCancelled(); // a cancelled `kn` was killed: not an error
        if (!list.error.isEmpty()) {
            // A failing list may be a passing API server hiccup; a hang or garbage is not.
            if (list.fatal || ++failures >= 3)
                fail({}, list.error, false);
        } else {
            failures = 0;
            const bool all = updateStatus(list.services);
            const QStringList ready = m_record.readyServices();
            m_job.progress(Text::tr("waiting for services to be Ready"),
                           m_record.services.empty()
                               ? 1.0
                               : double(ready.size()) / double(m_record.services.size()));
            if (all)
                return;
            // Waiting may take minutes: say how far it got, every few seconds.
            if (waited.elapsed() - lastReportMs >= m_options.readyReportIntervalMs) {
                lastReportMs = waited.elapsed();
                reportReadiness(lastReportMs);
            }
        }
        if (deadline.hasExpired()) {
            const QStringList waiting = m_record.notReadyServices();
            QStringList shown;
            for (const DeployedService& s : m_record.services)
                if (!s.ready && shown.size() < 5)
                    shown << (s.reason.isEmpty() ? s.name
                                                 : QStringLiteral("%1 (%2)").arg(s.name, s.reason));
            if (waiting.size() > shown.size())
                shown << Text::tr("...");
            for (size_t i = 0; i < m_record.services.size(); ++i) {
                const DeployedService& s = m_record.services[i];
                if (!s.ready)
                    m_states.report(
                        i, ServiceState::Failed,
                        Text::tr("not Ready after %1 s (--ready-timeout)%2")
                            .arg(m_options.readyTimeoutSeconds)
                            .arg(s.reason.isEmpty() ? QString() : QStringLiteral(": ") + s.reason));
            }
            fail(waiting.value(0),
                 Text::tr("%1 of %2 services not Ready after %3 s (--ready-timeout): %4")
                     .arg(waiting.size())
                     .arg(m_record.services.size())
                     .arg(m_options.readyTimeoutSeconds)
                     .arg(shown.join(QStringLiteral(", "))),
                 false);
        }
        const QDeadlineTimer pause(m_options.pollIntervalMs);
        while (!pause.hasExpired() && !deadline.hasExpired() && !m_job.isCancelled())
            QThread::msleep(uint(std::min<qint64>(20, std::max<qint64>(1, pause.remainingTime()))));
    }
}

void KnativeDeployment::checkCancelled()
{
    if (!m_job.isCancelled())
        return;
    m_record.status = QStringLiteral("cancelled");
    m_record.error = Text::tr("cancelled");
    m_record.write(m_options.buildDir);
    m_log.note(Text::tr("cancelled; %1").arg(summary()));
    m_job.checkCancelled();
}

QString KnativeDeployment::summary() const
{
    int applied = 0;
    for (const DeployedService& s : m_record.services)
        applied += s.applied ? 1 : 0;
    return Text::tr("%1 of %2 services applied, %3 Ready")
        .arg(applied)
        .arg(m_record.services.size())
        .arg(m_record.readyServices().size());
}

void KnativeDeployment::fail(const QString& service, const QString& what, bool snapshot)
{
    // One more look at the cluster so the report says which services are really up.
    if (snapshot) {
        const KnativeCli::ListResult list = m_kn.list();
        if (list.error.isEmpty())
            updateStatus(list.services);
    }
    m_record.status = QStringLiteral("failed");
    m_record.error = what;
    m_record.write(m_options.buildDir);
    const QString message =
        Text::tr(
            "%1\n%2 (report: %3, commands: %4; `traceload --batch teardown -b %5` removes them)")
            .arg(what, summary(), DeploymentRecord::pathIn(m_options.buildDir), m_log.path(),
                 m_options.buildDir);
    m_log.note(QStringLiteral("FAILED: ") + message);
    throw DeploymentError(service, message, m_record);
}

Deployment KnativeDeployment::run()
{
    startRecord();
    try {
        writeManifests();
    } catch (...) {
        m_record.status = QStringLiteral("failed");
        m_record.write(m_options.buildDir); // lists the files written so far
        throw;
    }
    m_record.write(m_options.buildDir);
    m_log.message(Text::tr("deploying %1 Knative services from %2")
                      .arg(m_plan.services.size())
                      .arg(QDir(m_options.buildDir).absolutePath()));
    if (m_options.deleteExisting)
        deleteExisting();
    runPreDeploymentCommands();
    applyAll();
    m_record.write(m_options.buildDir);
    waitUntilReady();

    m_record.status = QStringLiteral("ready");
    m_record.write(m_options.buildDir);
    m_log.note(Text::tr("every service is Ready"));

    Deployment deployment;
    deployment.backend = QStringLiteral("knative");
    deployment.plan = m_plan;
    for (const DeployedService& s : m_record.services)
        deployment.serviceEndpoints.push_back(s.endpoint);
    return deployment;
}

} // namespace

KnativeWorkPlan KnativeBackend::workPlan(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                         const ProxyConfig* config, const QString& buildDir)
{
    const QDir build(buildDir);
    KnativeWorkPlan work;
    work.commandFolder = config ? config->directory : QString();
    if (config && work.commandFolder.startsWith(u':')) {
        work.extractFrom = work.commandFolder;
        work.commandFolder = build.absoluteFilePath(extractedConfigFolder());
    }
    // Distinct commands in plan order: a database YAML shared by 20 services is applied once.
    std::set<QString> seen;
    for (size_t i = 0; i < plan.services.size(); ++i) {
        const ServiceSpec& spec = plan.services[i];
        const ProxyFunction& proxy = catalogue.proxies.at(size_t(spec.proxyIndex));
        KnativeWorkPlan::Service w;
        w.yamlSource = spec.traceFunction ? QString::fromLatin1(kTraceFunctionYaml)
                                          : proxyYamlPath(catalogue, proxy);
        if (w.yamlSource.isEmpty())
            throw InputError(
                catalogue.sourceFile, 0, proxy.name + QStringLiteral(".yaml"),
                Text::tr("proxy '%1' has no YAML; the knative backend needs one").arg(proxy.name));
        if (config)
            w.entry = config->findByYaml(w.yamlSource);
        w.manifest = build.absoluteFilePath(spec.name + QStringLiteral(".yaml"));
        if (w.entry)
            for (const QString& c : w.entry->preDeploymentCommands)
                if (seen.insert(c).second)
                    work.preDeploymentCommands.emplace_back(c, i);
        work.services.push_back(std::move(w));
    }
    return work;
}

QString KnativeBackend::proxyYamlPath(const ProxyCatalogue& catalogue, const ProxyFunction& proxy)
{
    if (!proxy.yamlPath.isEmpty() && QDir::isAbsolutePath(proxy.yamlPath))
        return QDir::cleanPath(proxy.yamlPath);
    if (proxy.yaml.isEmpty())
        return {};
    if (QDir::isAbsolutePath(proxy.yaml))
        return QDir::cleanPath(proxy.yaml);
    return QDir::cleanPath(QFileInfo(catalogue.sourceFile).absolutePath() + u'/' + proxy.yaml);
}

Deployment KnativeBackend::deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                  const ProxyConfig* config, const JobControl& job)
{
    QStringList programs{QStringLiteral("kubectl"), QStringLiteral("kn")};
    if (config)
        for (const ProxyConfigEntry& e : config->entries)
            if (!e.preDeploymentCommands.isEmpty() || !e.postDeploymentCommands.isEmpty()) {
                programs << QStringLiteral("bash");
                break;
            }
    KnativeCli::requirePrograms(programs);
    build_folder::checkNotCMakeBuild(m_options.buildDir);
    if (!QDir().mkpath(m_options.buildDir))
        throw InputError(m_options.buildDir, 0, {}, Text::tr("cannot create the build folder"));
    DeploymentLog log(QDir(m_options.buildDir).filePath(QStringLiteral("deploy.log")), false,
                      m_options.message);
    build_folder::prepare(m_options, log);
    KnativeDeployment deployment(m_options, plan, catalogue, config, job, log);
    return deployment.run();
}

} // namespace traceload

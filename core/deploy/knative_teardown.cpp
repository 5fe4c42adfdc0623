// KnativeBackend::teardown: deletes exactly the services a deployment record lists.
#include "command_runner.h"
#include "common/text.h"
#include "deployment_log.h"
#include "knative_backend.h"
#include "knative_cli.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <set>

namespace traceload {

int KnativeBackend::teardown(DeploymentRecord& record, const DeployOptions& options,
                             DeploymentLog& log)
{
    KnativeCli::requirePrograms({QStringLiteral("kn")});
    CommandRunner runner(log, options.commandTimeoutMs);
    KnativeCli kn(runner);
    const auto fail = [&](const QString& what, const QString& service = {}) {
        record.status = QStringLiteral("failed");
        record.error = what;
        record.write(options.buildDir);
        throw DeploymentError(service, what, record);
    };
    const auto ours = [&](const KnativeCli::ListResult& list) {
        std::set<QString> names;
        for (const DeployedService& s : record.services)
            names.insert(s.name);
        QStringList present;
        for (const KnativeServiceStatus& s : list.services)
            if (names.count(s.name))
                present << s.name;
        return present;
    };

    KnativeCli::ListResult list = kn.list();
    if (!list.error.isEmpty())
        fail(list.error);
    const QStringList existing = ours(list);
    log.message(Text::tr("deleting %1 Knative services").arg(existing.size()));
    // Only names that exist: kn fails on unknown names, and a failed deployment records
    // services it may not have created.
    constexpr int kBatch = 50;
    for (qsizetype i = 0; i < existing.size(); i += kBatch) {
        const CommandResult r = kn.remove(existing.mid(i, kBatch));
        if (!r.ok())
            log.note(Text::tr("`%1` failed (%2); checking what is left")
                         .arg(r.commandLine, r.failureText()));
    }
    const QDeadlineTimer deadline(qint64(std::min(options.readyTimeoutSeconds, 300)) * 1000);
    QStringList left = existing;
    while (!left.isEmpty()) {
        list = kn.list();
        if (!list.error.isEmpty())
            fail(list.error);
        left = ours(list);
        if (left.isEmpty())
            break;
        if (deadline.hasExpired()) {
            std::erase_if(record.services,
                          [&left](const DeployedService& s) { return !left.contains(s.name); });
            fail(Text::tr("%1 services still exist after `kn service delete`: %2")
                     .arg(left.size())
                     .arg(left.mid(0, 5).join(QStringLiteral(", "))),
                 left.value(0));
        }
        QThread::msleep(uint(options.pollIntervalMs));
    }
    if (!record.preDeploymentCommands.isEmpty())
        log.message(Text::tr("note: what the pre-deployment commands created is not removed:\n  %1")
                        .arg(record.preDeploymentCommands.join(QStringLiteral("\n  "))));
    return int(existing.size());
}

} // namespace traceload

#include "local_backend.h"

#include "build_folder.h"
#include "common/atomic_file.h"
#include "common/text.h"
#include "deployment_log.h"
#include "emulator_process.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

namespace traceload {

namespace {

const QString kServicesFile = QStringLiteral("services.json");
const QString kStdoutFile = QStringLiteral("emulator-stdout.log");
const QString kStderrFile = QStringLiteral("emulator-stderr.log");

QJsonObject percentiles(const PercentileMap& map)
{
    QJsonObject o;
    for (const auto& [percentile, value] : map)
        o.insert(QStringLiteral("%1-percentile").arg(percentile), value);
    return o;
}

QByteArray readTail(const QString& path, int maxBytes = 2000)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > maxBytes)
        f.seek(f.size() - maxBytes);
    return f.readAll().trimmed();
}

// The port from the emulator's `listening on 127.0.0.1:<port>` line; 0 until it appears.
int listeningPort(const QString& stdoutPath)
{
    static const QRegularExpression line(QStringLiteral("listening on [^\\s:]+:(\\d+)"));
    QFile f(stdoutPath);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(f.read(64 * 1024)));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QString LocalBackend::defaultEmulatorProgram()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("traceload-function"));
}

CommandLine LocalBackend::emulatorCommand(const DeploySettings& settings)
{
    const QDir build(settings.buildDir);
    const QString program =
        settings.emulatorProgram.isEmpty() ? defaultEmulatorProgram() : settings.emulatorProgram;
    return {QFileInfo(program).absoluteFilePath(),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--services"), build.absoluteFilePath(kServicesFile),
             QStringLiteral("--work"), settings.work, QStringLiteral("--cold-start-ms"),
             QString::number(settings.coldStartMs), QStringLiteral("--idle-timeout"),
             QString::number(settings.idleTimeoutSeconds), QStringLiteral("--exit-after-idle"),
             QString::number(settings.exitAfterIdleSeconds)},
            build.absolutePath()};
}

QByteArray LocalBackend::servicesJson(const ServicePlan& plan, const ProxyCatalogue& catalogue)
{
    QJsonObject services;
    for (const ServiceSpec& spec : plan.services) {
        const ProxyFunction& proxy = catalogue.proxies.at(size_t(spec.proxyIndex));
        QJsonObject entry;
        if (proxy.durationMs.empty())
            entry.insert(QStringLiteral("duration_ms"), 0);
        else
            entry.insert(QStringLiteral("duration"), percentiles(proxy.durationMs));
        if (proxy.memoryMb.empty())
            entry.insert(QStringLiteral("memory_mb"), 0);
        else
            entry.insert(QStringLiteral("memory"), percentiles(proxy.memoryMb));
        services.insert(endpointOf(spec.name), entry);
    }
    return QJsonDocument(services).toJson(QJsonDocument::Indented);
}

Deployment LocalBackend::deploy(const ServicePlan& plan, const ProxyCatalogue& catalogue,
                                const ProxyConfig*, const JobControl& job)
{
    const CommandLine command = emulatorCommand(m_options);
    const QString& program = command.program;
    if (!QFileInfo(program).isExecutable())
        throw InputError(
            program, 0, {},
            Text::tr("the local backend runs the emulator traceload-function, which is "
                     "not there (build it: cmake --build build --target "
                     "traceload-function)"));
    const QDir build(m_options.buildDir);
    build_folder::checkNotCMakeBuild(m_options.buildDir);
    if (!QDir().mkpath(m_options.buildDir))
        throw InputError(m_options.buildDir, 0, {}, Text::tr("cannot create the build folder"));
    DeploymentLog log(build.filePath(QStringLiteral("deploy.log")), false, m_options.message);
    build_folder::prepare(m_options, log);

    DeploymentRecord record;
    record.backend = QStringLiteral("local");
    record.status = QStringLiteral("deploying");
    record.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    record.files = {QStringLiteral("deploy.log"), kServicesFile, kStdoutFile, kStderrFile};
    record.emulatorProgram = program;
    Deployment deployment;
    deployment.backend = QStringLiteral("local");
    deployment.plan = plan;
    for (const ServiceSpec& spec : plan.services) {
        DeployedService s;
        s.name = spec.name;
        s.proxy = catalogue.proxies.at(size_t(spec.proxyIndex)).name;
        s.endpoint = endpointOf(spec.name);
        s.traceFunctions = int(spec.traceFunctions.size());
        record.services.push_back(s);
        deployment.serviceEndpoints.push_back(s.endpoint);
    }
    ServiceStateReporter states(m_options.serviceState, plan, catalogue);
    states.reportAll(ServiceState::Pending);
    writeFileAtomically(build.filePath(kServicesFile), servicesJson(plan, catalogue));
    record.write(m_options.buildDir);

    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setWorkingDirectory(command.workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(build.absoluteFilePath(kStdoutFile), QIODevice::Truncate);
    process.setStandardErrorFile(build.absoluteFilePath(kStderrFile), QIODevice::Truncate);
    log.message(Text::tr("starting the emulator: %1").arg(command.display()));
    states.reportAll(ServiceState::Applying);
    qint64 pid = 0;
    if (!process.startDetached(&pid) || pid <= 0) {
        record.status = QStringLiteral("failed");
        record.error = Text::tr("could not start %1: %2").arg(program, process.errorString());
        record.write(m_options.buildDir);
        log.message(Text::tr("%1 → failed: %2").arg(command.display(), record.error));
        states.reportAll(ServiceState::Failed, record.error);
        throw DeploymentError({}, record.error, record);
    }
    // The command line was shown just before it ran: not again.
    log.message(Text::tr("the emulator started, pid %1").arg(pid));
    record.emulatorPid = pid;
    record.emulatorStartTicks = emulator_process::startTicks(pid);
    for (DeployedService& s : record.services)
        s.applied = true;
    record.write(m_options.buildDir);

    const auto fail = [&](const QString& what) {
        emulator_process::stop(pid, m_options.stopTimeoutMs);
        const QByteArray errors = readTail(build.filePath(kStderrFile));
        record.status = QStringLiteral("failed");
        record.error = errors.isEmpty()
                           ? what
                           : QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(errors));
        record.emulatorPid = 0;
        record.write(m_options.buildDir);
        log.note(QStringLiteral("FAILED: ") + record.error);
        states.reportAll(ServiceState::Failed, record.error);
        throw DeploymentError({}, Text::tr("%1 (log: %2)").arg(record.error, log.path()), record);
    };

    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    int port = 0;
    while ((port = listeningPort(build.filePath(kStdoutFile))) == 0) {
        if (job.isCancelled()) {
            emulator_process::stop(pid, m_options.stopTimeoutMs);
            record.status = QStringLiteral("cancelled");
            record.emulatorPid = 0;
            record.write(m_options.buildDir);
            job.checkCancelled();
        }
        if (!emulator_process::isRunning(pid))
            fail(Text::tr("the emulator (pid %1) exited before it was listening").arg(pid));
        if (deadline.hasExpired())
            fail(Text::tr("the emulator (pid %1) did not print `listening on` within %2 ms")
                     .arg(pid)
                     .arg(m_options.startTimeoutMs));
        job.progress(Text::tr("starting the emulator"), 0.5);
        QThread::msleep(10);
    }
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!probe.waitForConnected(5000))
        fail(Text::tr("the emulator (pid %1) does not accept connections on 127.0.0.1:%2: %3")
                 .arg(pid)
                 .arg(port)
                 .arg(probe.errorString()));
    probe.abort();

    record.emulatorPort = port;
    record.connectTo = QStringLiteral("127.0.0.1:%1").arg(port);
    record.status = QStringLiteral("ready");
    for (DeployedService& s : record.services)
        s.ready = true;
    record.write(m_options.buildDir);
    states.reportAll(ServiceState::Ready);
    log.message(Text::tr("the emulator (pid %1) serves %2 services on %3")
                    .arg(pid)
                    .arg(record.services.size())
                    .arg(record.connectTo));
    job.progress(Text::tr("starting the emulator"), 1.0);
    deployment.connectTo = record.connectTo;
    return deployment;
}

int LocalBackend::teardown(DeploymentRecord& record, const DeployOptions& options,
                           DeploymentLog& log)
{
    const qint64 pid = record.emulatorPid;
    if (pid <= 0 || !emulator_process::isRunning(pid)) {
        if (pid > 0)
            log.note(Text::tr("the emulator (pid %1) is not running any more").arg(pid));
        return 0;
    }
    // The record names the program; it must also be the emulator this tool starts, or a
    // record naming any program's pid (and that program) would have it signalled.
    const bool emulatorProgram = QFileInfo(record.emulatorProgram).fileName() ==
                                 QFileInfo(emulatorCommand(options).program).fileName();
    if (!emulatorProgram ||
        !emulator_process::isSameProcess(pid, record.emulatorStartTicks, record.emulatorProgram)) {
        log.message(Text::tr("pid %1 now belongs to another program; it is left alone").arg(pid));
        return 0;
    }
    log.message(Text::tr("stopping the emulator (pid %1)").arg(pid));
    if (!emulator_process::stop(pid, options.stopTimeoutMs)) {
        record.status = QStringLiteral("failed");
        record.error =
            Text::tr("the emulator (pid %1) did not stop after SIGTERM and SIGKILL").arg(pid);
        record.write(options.buildDir);
        throw DeploymentError({}, record.error, record);
    }
    log.note(Text::tr("the emulator (pid %1) stopped").arg(pid));
    return int(record.services.size());
}

} // namespace traceload

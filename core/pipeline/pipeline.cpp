#include "pipeline.h"

#include "common/input_error.h"
#include "common/text.h"
#include "load/load_file.h"

namespace traceload {

namespace {

template <typename T> std::shared_ptr<const T> valueAs(const StageValue& value)
{
    const auto* p = std::get_if<std::shared_ptr<const T>>(&value);
    return p ? *p : nullptr;
}

QByteArray field(const QString& text)
{
    // Length-prefixed, so that no two different inputs ever concatenate to one key.
    const QByteArray utf8 = text.toUtf8();
    return QByteArray::number(utf8.size()) + ':' + utf8;
}

QByteArray field(double value)
{
    return field(QString::number(value, 'g', 17));
}

} // namespace

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Trace:
        return Text::tr("Trace");
    case Stage::Proxies:
        return Text::tr("Proxies");
    case Stage::Mapping:
        return Text::tr("Mapping");
    case Stage::Load:
        return Text::tr("Load");
    case Stage::Deployment:
        return Text::tr("Deploy");
    case Stage::Run:
        return Text::tr("Run");
    }
    return {};
}

QString stageNoun(Stage stage)
{
    switch (stage) {
    case Stage::Trace:
        return Text::tr("trace");
    case Stage::Proxies:
        return Text::tr("profile");
    case Stage::Mapping:
        return Text::tr("mapping");
    case Stage::Load:
        return Text::tr("load");
    case Stage::Deployment:
        return Text::tr("deployment");
    case Stage::Run:
        return Text::tr("run");
    }
    return {};
}

Pipeline::Pipeline(Workspace workspace, TraceWindow window, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_window(window)
{
    qRegisterMetaType<traceload::Stage>();
}

void Pipeline::setWorkspace(Workspace workspace)
{
    if (workspace == m_workspace)
        return;
    const auto before = statuses();
    m_workspace = std::move(workspace);
    emit workspaceChanged();
    emitChanges(before);
}

// The stages a stage is computed from.
static std::vector<Stage> upstreamOf(Stage stage, const Workspace& w)
{
    switch (stage) {
    case Stage::Trace:
    case Stage::Proxies:
        return {};
    case Stage::Mapping:
        return {Stage::Trace, Stage::Proxies};
    case Stage::Load:
        if (!w.loadIn.isEmpty())
            return {}; // replayed as the file says
        // Knative endpoints are the service URLs, known only once deployed.
        if (w.backend == u"knative")
            return {Stage::Trace, Stage::Proxies, Stage::Mapping, Stage::Deployment};
        return {Stage::Trace, Stage::Proxies, Stage::Mapping};
    case Stage::Deployment:
        return {Stage::Proxies, Stage::Mapping};
    case Stage::Run:
        return {Stage::Load, Stage::Deployment};
    }
    return {};
}

QByteArray Pipeline::inputKey(Stage stage) const
{
    const Workspace& w = m_workspace;
    QByteArray key = QByteArray::number(int(stage)) + '|';
    for (Stage up : upstreamOf(stage, w)) {
        const Slot& s = slot(up);
        const bool current = s.value.index() != 0 && s.valueKey == inputKey(up);
        key += QByteArray::number(qulonglong(s.revision)) + (current ? "," : "!,");
    }
    key += '|';
    switch (stage) {
    case Stage::Trace:
        key += field(w.tracePath) + field(double(int(w.granularity))) + field(double(w.strict)) +
               field(double(w.traceDay)) + field(double(int(w.appMemory)));
        if (m_window == TraceWindow::Replayed)
            key += field(double(w.load.offset)) +
                   field(double(w.load.warmupSlots + w.load.durationSlots));
        break;
    case Stage::Proxies:
        key += field(w.profilePath) + field(w.configPath) + field(double(w.mapping.percentile));
        break;
    case Stage::Mapping:
        key += field(double(int(w.mapping.method))) + field(double(w.mapping.percentile)) +
               field(w.mappingIn) + field(w.mapping.fallbackTolerance);
        for (const auto& [id, proxy] : w.overrides)
            key += field(id) + field(proxy);
        break;
    case Stage::Load:
        key += field(double(int(w.load.distribution))) + field(QString::number(w.load.seed)) +
               field(double(w.load.shift)) + field(double(w.load.offset)) +
               field(double(w.load.warmupSlots)) + field(double(w.load.durationSlots)) +
               field(w.backend) + field(double(w.shareProxies)) + field(w.loadIn) +
               field(double(int(w.granularity)));
        break;
    case Stage::Deployment:
        key += field(w.backend) + field(double(w.shareProxies)) + field(w.deploy.buildDir) +
               field(double(w.deploy.jobs)) + field(double(w.deploy.commandTimeoutMs)) +
               field(double(w.deploy.deleteExisting)) +
               field(double(w.deploy.readyTimeoutSeconds)) +
               field(double(w.deploy.pollIntervalMs)) + field(w.deploy.emulatorProgram) +
               field(w.deploy.work) + field(double(w.deploy.coldStartMs)) +
               field(double(w.deploy.idleTimeoutSeconds));
        break;
    case Stage::Run:
        key += field(w.speedup) + field(double(w.grpcTimeoutMs)) + field(w.outDir);
        for (const QString& t : w.thresholds)
            key += field(t);
        break;
    }
    return key;
}

StageStatus Pipeline::status(Stage stage) const
{
    const Slot& s = slot(stage);
    const QByteArray key = inputKey(stage);
    if (!s.runningKey.isEmpty() && s.runningKey == key)
        return StageStatus::Running;
    if (!s.failedKey.isEmpty() && s.failedKey == key)
        return StageStatus::Failed;
    if (s.value.index() == 0)
        return StageStatus::Empty;
    return s.valueKey == key ? StageStatus::Ready : StageStatus::Stale;
}

QString Pipeline::error(Stage stage) const
{
    return status(stage) == StageStatus::Failed ? slot(stage).error : QString();
}

std::shared_ptr<const Trace> Pipeline::trace() const
{
    return valueAs<Trace>(slot(Stage::Trace).value);
}
std::shared_ptr<const ProxyInputs> Pipeline::proxies() const
{
    return valueAs<ProxyInputs>(slot(Stage::Proxies).value);
}
std::shared_ptr<const Mapping> Pipeline::mapping() const
{
    return valueAs<Mapping>(slot(Stage::Mapping).value);
}
std::shared_ptr<const Load> Pipeline::load() const
{
    return valueAs<Load>(slot(Stage::Load).value);
}
std::shared_ptr<const Deployment> Pipeline::deployment() const
{
    return valueAs<Deployment>(slot(Stage::Deployment).value);
}
std::shared_ptr<const RunResult> Pipeline::run() const
{
    return valueAs<RunResult>(slot(Stage::Run).value);
}

bool Pipeline::canRun(Stage stage, QString* why) const
{
    for (Stage up : upstreamOf(stage, m_workspace)) {
        if (status(up) != StageStatus::Ready) {
            if (why)
                *why = Text::tr("%1 needs a current %2").arg(stageName(stage), stageNoun(up));
            return false;
        }
    }
    return true;
}

StageTask Pipeline::task(Stage stage, std::function<void(const QString&)> message,
                         ServiceStateSink serviceState) const
{
    QString why;
    if (!canRun(stage, &why))
        throw InputError(why);
    StageTask t;
    t.stage = stage;
    t.key = inputKey(stage);
    const Workspace w = m_workspace;
    const TraceWindow window = m_window;
    switch (stage) {
    case Stage::Trace:
        t.work = [w, window](const JobControl& job) -> StageValue {
            return std::make_shared<const Trace>(readTrace(w, window, job));
        };
        break;
    case Stage::Proxies:
        t.work = [w](const JobControl&) -> StageValue {
            return std::make_shared<const ProxyInputs>(readProxies(w));
        };
        break;
    case Stage::Mapping:
        t.work = [w, trace = trace(), proxies = proxies()](const JobControl& job) -> StageValue {
            return std::make_shared<const Mapping>(mapFunctions(w, *trace, *proxies, job));
        };
        break;
    case Stage::Load:
        if (!w.loadIn.isEmpty()) {
            t.work = [w](const JobControl& job) -> StageValue {
                return std::make_shared<const Load>(
                    LoadFile::read(w.loadIn, slotLengthUs(w.granularity), job));
            };
            break;
        }
        t.work = [w, trace = trace(), proxies = proxies(), mapping = mapping(),
                  deployment = deployment()](const JobControl& job) -> StageValue {
            std::optional<std::vector<QString>> endpoints =
                w.backend == u"knative" ? std::optional(deployment->endpointOfFunction())
                                        : plannedEndpoints(w, *mapping, *proxies);
            checkTraceWindow(*trace, loadOptions(w, *trace));
            return std::make_shared<const Load>(generateLoad(w, *trace, *mapping, *endpoints, job));
        };
        break;
    case Stage::Deployment:
        t.work = [w, proxies = proxies(), mapping = mapping(), message = std::move(message),
                  serviceState = std::move(serviceState)](const JobControl& job) -> StageValue {
            return std::make_shared<const Deployment>(deployServices(
                w, *mapping, *proxies, deployOptions(w, message, serviceState), job));
        };
        break;
    case Stage::Run:
        throw InputError(Text::tr("a run is started through the invoker, not as a task"));
    }
    return t;
}

void Pipeline::markRunning(Stage stage, const QByteArray& key)
{
    const auto before = statuses();
    slot(stage).runningKey = key;
    emitChanges(before);
}

bool Pipeline::accept(Stage stage, const QByteArray& key, StageValue value)
{
    Slot& s = slot(stage);
    if (s.runningKey == key)
        s.runningKey.clear();
    if (key != inputKey(stage))
        return false;
    const auto before = statuses();
    s.value = std::move(value);
    s.valueKey = key;
    s.revision = m_nextRevision++;
    s.failedKey.clear();
    s.error.clear();
    emitChanges(before);
    emit stageChanged(stage); // a new value, even if the status stayed Ready
    return true;
}

void Pipeline::fail(Stage stage, const QByteArray& key, const QString& message)
{
    const auto before = statuses();
    Slot& s = slot(stage);
    if (s.runningKey == key)
        s.runningKey.clear();
    if (key == inputKey(stage)) {
        s.failedKey = key;
        s.error = message;
    }
    emitChanges(before);
}

void Pipeline::abandon(Stage stage, const QByteArray& key)
{
    const auto before = statuses();
    if (slot(stage).runningKey == key)
        slot(stage).runningKey.clear();
    emitChanges(before);
}

void Pipeline::discard(Stage stage)
{
    Slot& s = slot(stage);
    if (s.value.index() == 0)
        return;
    const auto before = statuses();
    s.value = {};
    s.valueKey.clear();
    s.revision = m_nextRevision++; // downstream keys change: their values become stale
    s.failedKey.clear();
    s.error.clear();
    emitChanges(before);
    emit stageChanged(stage);
}

void Pipeline::runThrough(Stage stage, const JobControl& job,
                          std::function<void(const QString&)> message)
{
    for (Stage up : upstreamOf(stage, m_workspace))
        if (status(up) != StageStatus::Ready)
            runThrough(up, job, message);
    if (status(stage) == StageStatus::Ready)
        return;
    const StageTask t = task(stage, message);
    try {
        accept(stage, t.key, t.work(job));
    } catch (const InputError& e) {
        fail(stage, t.key, e.toString());
        throw;
    } catch (const Cancelled&) {
        abandon(stage, t.key);
        throw;
    }
}

std::array<StageStatus, kStageCount> Pipeline::statuses() const
{
    std::array<StageStatus, kStageCount> result{};
    for (int i = 0; i < kStageCount; ++i)
        result[std::size_t(i)] = status(Stage(i));
    return result;
}

void Pipeline::emitChanges(const std::array<StageStatus, kStageCount>& before)
{
    const auto after = statuses();
    for (int i = 0; i < kStageCount; ++i)
        if (before[std::size_t(i)] != after[std::size_t(i)])
            emit stageChanged(Stage(i));
}

} // namespace traceload

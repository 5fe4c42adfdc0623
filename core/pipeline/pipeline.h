#pragma once

#include "invoke/run_result.h"
#include "pipeline_stages.h"
#include "workspace.h"

#include <QByteArray>
#include <QObject>
#include <array>
#include <functional>
#include <memory>
#include <variant>

namespace traceload {

// The pipeline's stages, in order; each depends only on stages before it.
enum class Stage
{
    Trace,
    Proxies,
    Mapping,
    Load,
    Deployment,
    Run
};
inline constexpr int kStageCount = 6;
QString stageName(Stage stage); // translated page title: "Trace", …, "Deploy", "Run"
QString stageNoun(Stage stage); // translated, inside sentences: "trace", …, "deployment"

enum class StageStatus
{
    Empty,   // never computed, or its inputs are missing
    Running, // a task for the current inputs is running
    Ready,   // computed from the current inputs
    Stale,   // computed, but an input changed since: shown, never as current
    Failed   // the last attempt for the current inputs failed (error())
};

using StageValue =
    std::variant<std::monostate, std::shared_ptr<const Trace>, std::shared_ptr<const ProxyInputs>,
                 std::shared_ptr<const Mapping>, std::shared_ptr<const Load>,
                 std::shared_ptr<const Deployment>, std::shared_ptr<const RunResult>>;

// One stage's computation, detached from the Pipeline: it holds its immutable inputs, so it
// may run on any thread while the user goes on editing. `key` names the inputs it was made
// from; Pipeline::accept() takes the result only while that key is still current.
struct StageTask
{
    Stage stage = Stage::Trace;
    QByteArray key;
    std::function<StageValue(const JobControl&)> work;
};

// The one owner of the pipeline's state: the workspace (every input and option) and the
// latest value of every stage, with stale-marking when an upstream input changes. The
// window and the batch commands drive it alike: the batch commands run tasks synchronously
// (runThrough), the window runs the same tasks off the GUI thread and accepts their results.
// Lives in one thread (the GUI thread in the window); tasks never touch it.
class Pipeline : public QObject
{
    Q_OBJECT
public:
    explicit Pipeline(Workspace workspace = {}, TraceWindow window = TraceWindow::Whole,
                      QObject* parent = nullptr);

    const Workspace& workspace() const { return m_workspace; }
    // Stages whose inputs changed become Stale (their values stay readable).
    void setWorkspace(Workspace workspace);
    TraceWindow traceWindow() const { return m_window; }

    StageStatus status(Stage stage) const;
    QString error(Stage stage) const; // of the last failure for the current inputs
    // The inputs `stage` is computed from, as one comparable key.
    QByteArray inputKey(Stage stage) const;

    // The latest values (possibly stale; null when never computed).
    std::shared_ptr<const Trace> trace() const;
    std::shared_ptr<const ProxyInputs> proxies() const;
    std::shared_ptr<const Mapping> mapping() const;
    std::shared_ptr<const Load> load() const;
    std::shared_ptr<const Deployment> deployment() const;
    std::shared_ptr<const RunResult> run() const;

    // Whether the stage's upstream values are current, so that task() can be made; `why`
    // says what is missing otherwise.
    bool canRun(Stage stage, QString* why = nullptr) const;
    // Throws InputError (why) when !canRun. Trace, Proxies, Mapping, Load and Deployment
    // have tasks; a Run's value comes from the invoker through accept(). The Deployment task
    // passes `message` (commands, exit statuses) and `serviceState` (each service's state)
    // to the backend; both are called from the task's threads.
    StageTask task(Stage stage, std::function<void(const QString&)> message = {},
                   ServiceStateSink serviceState = {}) const;

    void markRunning(Stage stage, const QByteArray& key);
    // Stores `value` when `key` is still the stage's input key; false (value dropped) when
    // an input changed meanwhile.
    bool accept(Stage stage, const QByteArray& key, StageValue value);
    void fail(Stage stage, const QByteArray& key, const QString& message);
    // A task that ended without a result (cancelled): the stage shows its earlier state.
    void abandon(Stage stage, const QByteArray& key);
    // Drops the stage's value because what it describes is gone (a deployment torn down):
    // the stage becomes Empty and what was computed from it stale.
    void discard(Stage stage);

    // Runs every stage up to and including `stage` that is not Ready, in this thread.
    // Throws what the tasks throw (the failure is recorded first).
    void runThrough(Stage stage, const JobControl& job = {},
                    std::function<void(const QString&)> message = {});

signals:
    void workspaceChanged();
    void stageChanged(traceload::Stage stage);

private:
    struct Slot
    {
        StageValue value;
        QByteArray valueKey;
        std::uint64_t revision = 0;
        QByteArray failedKey;
        QString error;
        QByteArray runningKey;
    };
    Slot& slot(Stage stage) { return m_slots[std::size_t(stage)]; }
    const Slot& slot(Stage stage) const { return m_slots[std::size_t(stage)]; }
    std::array<StageStatus, kStageCount> statuses() const;
    void emitChanges(const std::array<StageStatus, kStageCount>& before);

    Workspace m_workspace;
    TraceWindow m_window;
    std::array<Slot, kStageCount> m_slots;
    std::uint64_t m_nextRevision = 1;
};

} // namespace traceload

Q_DECLARE_METATYPE(traceload::Stage)

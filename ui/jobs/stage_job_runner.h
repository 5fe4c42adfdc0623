#pragma once

#include "pipeline/pipeline.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace traceload {

// Runs the Pipeline's stage tasks off the GUI thread (QtConcurrent), one cancel token per
// job, and hands the results back to the Pipeline in the GUI thread. Progress arrives as
// queued signals, throttled by JobControl (at most every 100 ms per job). Starting a stage
// again cancels its running job: the older result would be stale and is dropped anyway.
// Destroying the runner cancels every job and waits for it.
class StageJobRunner : public QObject
{
    Q_OBJECT
public:
    explicit StageJobRunner(Pipeline* pipeline, QObject* parent = nullptr);
    ~StageJobRunner() override;

    // Starts the stage's task; false (and failed()) when its inputs are not ready.
    bool start(Stage stage);
    void cancel(Stage stage);
    void cancelAll();
    bool isRunning(Stage stage) const;
    bool isBusy() const;

    // How a job shares the CPU with the GUI thread: analysis work (the Trace, Proxies,
    // Mapping and Load stages, tables and figures of their results) runs below it;
    // deployments, runs and their files at the GUI's own priority.
    enum class Priority
    {
        Normal,
        Background
    };

    // What a caller of runFileJob may also want to see of its job's progress (besides the
    // progress() signal every job reports through); called in the GUI thread.
    using ProgressListener = std::function<void(const QString& what, double fraction)>;

    // Runs any other long job (writing a file, reading a mapping, downloading a trace) the
    // same way: off the GUI thread, cancellable, with progress; `done` runs in the GUI thread
    // with the error text (empty on success, "cancelled" when cancelled). Returns the job's
    // cancel token, so that its owner can cancel it alone.
    std::shared_ptr<CancelToken> runFileJob(const QString& title,
                                            std::function<void(const JobControl&)> work,
                                            std::function<void(const QString& error)> done,
                                            Priority priority = Priority::Normal,
                                            ProgressListener listener = {});

signals:
    void started(traceload::Stage stage);
    void progress(const QString& what, double fraction);
    // A line the job wants the user to see (the commands a deployment runs, their exit
    // status).
    void message(const QString& text);
    // A service of a running deployment changed state.
    void serviceState(const traceload::ServiceProgress& progress);
    void finished(traceload::Stage stage);
    void failed(traceload::Stage stage, const QString& message);
    void cancelled(traceload::Stage stage);
    // The task finished, but an input changed while it ran: the Pipeline dropped its result.
    void dropped(traceload::Stage stage);
    void busyChanged(bool busy);

private:
    // What a task ended with, carried from the worker to the GUI thread.
    struct Outcome
    {
        StageValue value;
        QString error;
        bool cancelled = false;
    };
    // A job still running (a cancelled one too, until its thread returns).
    struct Job
    {
        int stage = -1; // -1: a file job
        std::shared_ptr<CancelToken> cancel;
        QFuture<Outcome> worker; // not the continuation: that one runs in this thread
    };
    JobControl jobControl(const std::shared_ptr<CancelToken>& cancel,
                          ProgressListener listener = {});
    void forget(const std::shared_ptr<CancelToken>& cancel);
    void updateBusy();

    QThreadPool* poolFor(Priority priority);

    Pipeline* m_pipeline;
    QThreadPool* m_background; // threads lowered by lowerThisThreadPriority()
    std::vector<Job> m_jobs;
    bool m_busy = false;
};

} // namespace traceload

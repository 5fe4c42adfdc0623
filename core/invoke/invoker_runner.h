#pragma once

#include "invoker.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <thread>

namespace traceload {

// The invoker for a Qt front end (the window and the batch commands alike): builds an
// Invoker and runs it on its own scheduler thread, and publishes LiveSnapshots every
// interval through (queued) signals, never one per invocation. Lives in the thread that
// started it, which only receives signals; never touches a widget.
class InvokerRunner : public QObject
{
    Q_OBJECT
public:
    explicit InvokerRunner(QObject* parent = nullptr);
    ~InvokerRunner() override; // cancels a running run and waits for it

    // Snapshot period (default 250 ms).
    void setInterval(int milliseconds);
    // Where bad input is reported: the cheap checks of Invoker::checkOptions (too few
    // slots, an option out of range) throw InputError here, before anything starts;
    // building the records and channels takes time for a large load, so it happens on the
    // scheduler thread and what fails there (e.g. a slot whose endpoints do not match its
    // timestamps) arrives as failed(message, true).
    void start(std::shared_ptr<const Load> load, RunOptions options, RunInputs inputs = {});
    // Stops scheduling; calls in flight get RunOptions::cancelGrace. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // The Invoker is built and the run begins (before the pre-connect).
    void started(quint64 scheduledCount, const QStringList& dialTargets);
    void snapshot(const traceload::LiveSnapshot& snapshot);
    // The last snapshot has been emitted; the result holds every record.
    void finished(std::shared_ptr<traceload::RunResult> result);
    // badInput: the load or the options were rejected (InputError); otherwise an internal
    // error. No result.
    void failed(const QString& message, bool badInput);

private:
    void publish();
    void onReady(std::shared_ptr<Invoker> invoker);
    void onRunEnded(std::shared_ptr<RunResult> result, const QString& error, bool badInput);

    QTimer m_timer;
    std::unique_ptr<CancelToken> m_cancel = std::make_unique<CancelToken>();
    // Declared before m_invoker, which refers to it, so that it is destroyed after it.
    std::shared_ptr<const Load> m_load;
    // Set in this object's thread once the scheduler thread has built it.
    std::shared_ptr<Invoker> m_invoker;
    std::thread m_thread;
    std::thread m_reaper; // destroys the last run's Invoker
    bool m_running = false;
};

} // namespace traceload

Q_DECLARE_METATYPE(traceload::LiveSnapshot)
Q_DECLARE_METATYPE(std::shared_ptr<traceload::RunResult>)

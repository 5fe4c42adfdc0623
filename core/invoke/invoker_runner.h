#pragma once

#include "invoker.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <thread>

namespace traceload {

// The invoker for a Qt front end: runs an Invoker on its own scheduler thread and
// publishes LiveSnapshots a few times a second through (queued) signals, never one per
// invocation. Lives in the GUI thread; never touches a widget.
class InvokerRunner : public QObject
{
    Q_OBJECT
public:
    explicit InvokerRunner(QObject* parent = nullptr);
    ~InvokerRunner() override; // cancels a running run and waits for it

    // Snapshot period (default 250 ms).
    void setInterval(int milliseconds);
    // Throws InputError when the load does not fit the options (see Invoker).
    void start(std::shared_ptr<const Load> load, RunOptions options, RunInputs inputs = {});
    void cancel();
    bool isRunning() const { return m_invoker != nullptr; }

signals:
    void snapshot(const traceload::LiveSnapshot& snapshot);
    // The last snapshot has been emitted; the result holds every record.
    void finished(std::shared_ptr<traceload::RunResult> result);
    void failed(const QString& message);

private:
    void publish();
    void onRunEnded(std::shared_ptr<RunResult> result, const QString& error);

    QTimer m_timer;
    std::unique_ptr<CancelToken> m_cancel = std::make_unique<CancelToken>();
    std::shared_ptr<const Load> m_load;
    std::unique_ptr<Invoker> m_invoker;
    std::thread m_thread;
};

} // namespace traceload

Q_DECLARE_METATYPE(traceload::LiveSnapshot)
Q_DECLARE_METATYPE(std::shared_ptr<traceload::RunResult>)

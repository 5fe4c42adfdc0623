#include "invoker_runner.h"

#include "common/input_error.h"
#include "common/post_to.h"

namespace traceload {

InvokerRunner::InvokerRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<traceload::LiveSnapshot>();
    qRegisterMetaType<std::shared_ptr<traceload::RunResult>>();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &InvokerRunner::publish);
}

InvokerRunner::~InvokerRunner()
{
    m_cancel->cancel();
    if (m_thread.joinable())
        m_thread.join();
    if (m_reaper.joinable())
        m_reaper.join();
}

void InvokerRunner::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void InvokerRunner::start(std::shared_ptr<const Load> load, RunOptions options, RunInputs inputs)
{
    if (m_running)
        throw std::logic_error("InvokerRunner::start() while running");
    Invoker::checkOptions(*load, options);
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_load = load;
    m_cancel = std::make_unique<CancelToken>(); // a fresh token for this run
    const CancelToken* cancel = m_cancel.get();
    // Building the Invoker (records for every invocation, channels) can take seconds for a
    // large load, so the caller's thread, a GUI's for instance, does not do it.
    m_thread = std::thread([this, load = std::move(load), options = std::move(options),
                            inputs = std::move(inputs), cancel]() mutable {
        std::shared_ptr<RunResult> result;
        QString error;
        bool badInput = false;
        try {
            auto invoker = std::make_shared<Invoker>(*load, std::move(options), std::move(inputs));
            postTo(this, [this, invoker] { onReady(invoker); });
            result = std::make_shared<RunResult>(invoker->run(cancel));
        } catch (const InputError& e) {
            error = e.toString();
            badInput = true;
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        postTo(this, [this, result, error, badInput] { onRunEnded(result, error, badInput); });
    });
    m_timer.start();
}

void InvokerRunner::cancel()
{
    m_cancel->cancel();
}

void InvokerRunner::publish()
{
    if (m_invoker)
        emit snapshot(m_invoker->liveStats().snapshot());
}

void InvokerRunner::onReady(std::shared_ptr<Invoker> invoker)
{
    m_invoker = std::move(invoker);
    QStringList targets;
    for (const std::string& target : m_invoker->dialTargets())
        targets << QString::fromStdString(target);
    emit started(m_invoker->scheduledCount(), targets);
}

void InvokerRunner::onRunEnded(std::shared_ptr<RunResult> result, const QString& error,
                               bool badInput)
{
    m_timer.stop();
    if (m_thread.joinable())
        m_thread.join();
    publish();
    // The last reference: destroying an Invoker shuts its channels down and frees a record
    // per call, tens of milliseconds for a large run, so not in the caller's (GUI) thread.
    if (m_reaper.joinable())
        m_reaper.join();
    m_reaper = std::thread([invoker = std::move(m_invoker)]() mutable { invoker.reset(); });
    m_load.reset();
    m_running = false;
    if (result)
        emit finished(std::move(result));
    else
        emit failed(error, badInput);
}

} // namespace traceload

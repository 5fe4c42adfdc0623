#include "invoker_runner.h"

#include "common/input_error.h"

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
}

void InvokerRunner::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void InvokerRunner::start(std::shared_ptr<const Load> load, RunOptions options, RunInputs inputs)
{
    if (m_invoker)
        throw std::logic_error("InvokerRunner::start() while running");
    m_load = std::move(load);
    m_invoker = std::make_unique<Invoker>(*m_load, std::move(options), std::move(inputs));
    if (m_thread.joinable())
        m_thread.join();
    m_cancel = std::make_unique<CancelToken>(); // a fresh token for this run
    Invoker* invoker = m_invoker.get();
    const CancelToken* cancel = m_cancel.get();
    m_thread = std::thread([this, invoker, cancel] {
        std::shared_ptr<RunResult> result;
        QString error;
        try {
            result = std::make_shared<RunResult>(invoker->run(cancel));
        } catch (const InputError& e) {
            error = e.toString();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, result, error] { onRunEnded(result, error); }, Qt::QueuedConnection);
    });
    m_timer.start();
    publish();
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

void InvokerRunner::onRunEnded(std::shared_ptr<RunResult> result, const QString& error)
{
    m_timer.stop();
    if (m_thread.joinable())
        m_thread.join();
    publish();
    m_invoker.reset();
    m_load.reset();
    if (result)
        emit finished(std::move(result));
    else
        emit failed(error);
}

} // namespace traceload

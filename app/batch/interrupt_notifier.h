#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <functional>
#include <memory>

namespace traceload::batch {

// While it lives, the first SIGINT or SIGTERM calls `onInterrupt` from the event loop
// (a run is cancelled and still writes its files); a second one kills the process as
// usual. The handler only writes to a pipe, the one thing a signal handler may safely do.
class InterruptNotifier : public QObject
{
public:
    explicit InterruptNotifier(std::function<void()> onInterrupt);
    ~InterruptNotifier() override;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::function<void()> m_onInterrupt;
};

} // namespace traceload::batch

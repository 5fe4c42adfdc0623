#pragma once

#include "common/thread_annotations.h"

#include <QMetaObject>
#include <QObject>
#include <utility>

namespace traceload {

// Runs `f` in `receiver`'s thread through its event queue (a worker's report to the GUI
// thread), with the hand-off marked for ThreadSanitizer: what this thread wrote before the
// call is visible to `f`.
template <typename F> void postTo(QObject* receiver, F&& f)
{
    published(receiver);
    const UncheckedScope queueing; // Qt copies the functor into the event it queues
    QMetaObject::invokeMethod(
        receiver,
        [receiver, f = std::forward<F>(f)]() mutable {
            received(receiver);
            f();
        },
        Qt::QueuedConnection);
}

} // namespace traceload

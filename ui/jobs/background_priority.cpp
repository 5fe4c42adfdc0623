#include "jobs/background_priority.h"

#include <QtGlobal>
#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace traceload {

void lowerThisThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux, PRIO_PROCESS with a thread id sets that thread's nice value alone.
    const auto tid = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, current + kBackgroundNiceStep));
#endif
}

} // namespace traceload

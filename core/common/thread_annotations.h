#pragma once
// Happens-before edges for ThreadSanitizer where the synchronisation lives in a library it
// cannot see. Debian's Qt and gRPC are not instrumented (Qt 6's QMutex waits on futexes
// directly, gRPC's completion queues on abseil's), so TSan reports every hand-off through
// them — a QtConcurrent join, a queued signal, a completion-queue tag — as a race. Marking
// the two ends of such a hand-off tells TSan what the library guarantees; a race that is
// not one of these hand-offs still shows. Without -fsanitize=thread these compile to nothing.
//
//   published(p) in the thread that hands work over, received(p) in the thread that takes it.
//
// `ctest --preset tsan` runs the threaded suites this way (README, *Sanitizers*).

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace traceload {

inline void published([[maybe_unused]] const void* handOff)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void*>(handOff));
#endif
}

inline void received([[maybe_unused]] const void* handOff)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void*>(handOff));
#endif
}

// While it lives, this thread's reads and writes are not checked: for the copies a library
// makes of data already published (Qt copying a functor into the event it queues).
class UncheckedScope
{
public:
    UncheckedScope()
    {
#if defined(__SANITIZE_THREAD__)
        __tsan_ignore_thread_begin();
#endif
    }
    ~UncheckedScope()
    {
#if defined(__SANITIZE_THREAD__)
        __tsan_ignore_thread_end();
#endif
    }
    UncheckedScope(const UncheckedScope&) = delete;
    UncheckedScope& operator=(const UncheckedScope&) = delete;
};

} // namespace traceload

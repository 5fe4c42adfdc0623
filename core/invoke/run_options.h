#pragma once

#include <QString>
#include <chrono>
#include <cstdint>
#include <optional>

namespace traceload {

// The call metadata key that carries RunOptions::executionScale to traceload-function.
inline constexpr char kExecutionScaleKey[] = "traceload-exec-scale";

// How calls go on the wire. Grpc: gRPC's C++ stack (the reference, and what a TLS endpoint
// would need). H2: TraceLoad's own lean HTTP/2 client (nghttp2, core/invoke/h2/), which
// frames gRPC unary calls itself over plaintext h2c, with one event loop per sender thread.
// Auto: H2 for plaintext endpoints, which every endpoint of a load is today.
enum class Transport : std::uint8_t
{
    Auto = 0,
    Grpc,
    H2
};

// "auto" | "grpc" | "h2" (the flag's and summary.json's forms); nullopt for anything else.
std::optional<Transport> transportFromString(const QString& text);
QString toString(Transport transport);

// How to replay a load. Defaults are the seed invoker's.
struct RunOptions
{
    int warmupSlots = 2;   // -warmup: the first slots, phase "warmup"
    int durationSlots = 8; // -duration: the measured slots after the warm-up
    double speedup = 1.0;  // replay this many times faster
    // Emulated execution times are divided by this (the local backend's traceload-function
    // reads it from each call's `traceload-exec-scale` metadata, which real functions
    // ignore). 1: not sent. `invoke` and `run` set it to the speed-up on the local backend.
    double executionScale = 1.0;
    // What rps_<latf> lists: the measured phase's ok calls (default), or, as the seed
    // does, every measured call that completed, failed ones too.
    bool latencyOfAllCalls = false;
    std::chrono::milliseconds grpcTimeout{30'000}; // per-call deadline
    int port = 80;                                 // dial endpoint:port ...
    QString connectTo; // ... or this HOST:PORT for every endpoint (endpoint -> :authority)
    // Tuning (the defaults are what the benchmark found best on 2 cores).
    // HTTP/2 connections per dial target; 0 = auto: 4 connections shared out over the
    // targets (at least one each). One connection serialises the scheduler's writes and
    // the completion thread's reads on one transport lock.
    int channelsPerTarget = 0;
    int completionThreads = 2; // CompletionQueue threads (gRPC transport)
    Transport transport = Transport::Auto;
    // HTTP/2 transport: event-loop threads, each sending its share of the calls on its own
    // connections and reading their replies; 0 = auto (one per two cores).
    int senderThreads = 0;
    // Spin this long before each deadline (see README): 50 µs takes the lateness p50 from
    // about the timer's wake-up latency to ~0 at roughly 20 µs of CPU per call.
    std::chrono::microseconds spin{0};
    // A call may go out up to this long after its time, so that the calls due within it share
    // one wake-up of the sender (and their replies another): less CPU per call at the cost of
    // up to this much lateness. 0 = every call at its own time (see the README's table).
    std::chrono::microseconds sendSlack{0};
    // A call that could only be sent more than this after its scheduled time is not sent but
    // recorded as not_sent (reason late), so that a run that cannot keep up neither queues
    // without bound nor drifts behind its schedule. 0 = send every call however late.
    std::chrono::milliseconds maxLateness{1000};
    std::chrono::milliseconds connectWait{2000}; // pre-connect every channel before start
    // After a cancel, wait this long for in-flight calls (then cancel them, CANCELLED).
    std::chrono::milliseconds cancelGrace{5000};
    // Delay between the end of the pre-connect and the first slot.
    std::chrono::milliseconds startDelay{20};
};

// The rule every front end follows: on the local backend (the emulator) a sped-up replay
// also shortens the emulated execution times by the same factor, unless told not to;
// real functions run as long as they run.
// The transport a run uses for `requested` (Auto resolved) and the sender threads of the
// HTTP/2 transport for `requested` (0 = auto: one per two cores, at least one).
Transport resolveTransport(Transport requested);
int senderThreadsFor(int requested);

inline double executionScaleFor(double speedup, bool localBackend, bool scaleExecution = true)
{
    return localBackend && scaleExecution ? speedup : 1.0;
}

// What the run was made from, for summary.json.
struct RunInputs
{
    QString loadPath;
    QString loadSha256;
    std::optional<std::uint64_t> seed;
};

} // namespace traceload

#pragma once

#include <QString>
#include <chrono>
#include <cstdint>
#include <optional>

namespace traceload {

// How to replay a load. Defaults are the seed invoker's.
struct RunOptions
{
    int warmupSlots = 2;   // -warmup: the first slots, phase "warmup"
    int durationSlots = 8; // -duration: the measured slots after the warm-up
    double speedup = 1.0;  // replay this many times faster
    std::chrono::milliseconds grpcTimeout{30'000}; // per-call deadline
    int port = 80;                                 // dial endpoint:port ...
    QString connectTo; // ... or this HOST:PORT for every endpoint (endpoint -> :authority)
    // Tuning (the defaults are what the benchmark found best on 2 cores).
    // HTTP/2 connections per dial target; 0 = auto: 4 connections shared out over the
    // targets (at least one each). One connection serialises the scheduler's writes and
    // the completion thread's reads on one transport lock.
    int channelsPerTarget = 0;
    int completionThreads = 2;                   // CompletionQueue threads
    std::chrono::microseconds spin{50};          // spin this long before each deadline (see README)
    std::chrono::milliseconds connectWait{2000}; // pre-connect every channel before start
    // After a cancel, wait this long for in-flight calls (then cancel them, CANCELLED).
    std::chrono::milliseconds cancelGrace{5000};
    // Delay between the end of the pre-connect and the first slot.
    std::chrono::milliseconds startDelay{20};
};

// What the run was made from, for summary.json.
struct RunInputs
{
    QString loadPath;
    QString loadSha256;
    std::optional<std::uint64_t> seed;
};

} // namespace traceload

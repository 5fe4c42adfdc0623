#pragma once

#include <QString>
#include <cstdint>

namespace traceload {

// How one scheduled invocation ended. Every scheduled invocation ends as exactly one of
// these; NotSent is also the state of a record the scheduler has not reached yet.
enum class InvocationStatus : std::uint8_t
{
    NotSent = 0,
    Ok,
    Error,
    Timeout
};

// Why a NotSent record was not sent: the run was cancelled (or ended) before its time, or
// it could only have been sent more than RunOptions::maxLateness after its scheduled time.
enum class NotSentReason : std::uint8_t
{
    Cancelled = 0,
    Late
};

enum class InvocationPhase : std::uint8_t
{
    Warmup = 0,
    Measured
};

// "ok" | "error" | "timeout" | "not_sent" and "warmup" | "measured" (the file forms).
QString toString(InvocationStatus status);
QString toString(InvocationPhase phase);
QString toString(NotSentReason reason); // "cancelled" | "late"

// One scheduled invocation. Times are microseconds relative to the run start on the
// monotonic clock. Kept small (records for a whole load are preallocated: 10 M of them
// must fit in memory), so names are interned: endpoint indexes Load::endpoints, instance
// indexes RunResult::instances (0 = no instance reported).
struct InvocationRecord
{
    std::int64_t scheduledUs = 0;
    std::int64_t sentUs = -1;    // -1 while not sent
    std::int64_t latencyUs = -1; // send -> completion (any final status); -1 while pending
    std::uint32_t slot = 0;
    std::uint32_t endpoint = 0;
    std::uint32_t instance = 0;
    InvocationStatus status = InvocationStatus::NotSent;
    InvocationPhase phase = InvocationPhase::Warmup;
    // grpc::StatusCode of a sent call; the NotSentReason of a NotSent one (one byte for both
    // keeps the record at 40 bytes).
    std::uint8_t grpcCode = 0;
    std::int8_t cold = -1; // -1 unknown (no emulator reply), 0 warm, 1 cold

    bool isSent() const { return sentUs >= 0; }
    bool isCompleted() const { return latencyUs >= 0; }
    NotSentReason notSentReason() const { return NotSentReason(grpcCode); }
    void markLate()
    {
        status = InvocationStatus::NotSent;
        grpcCode = std::uint8_t(NotSentReason::Late);
    }
    std::int64_t latenessUs() const { return sentUs - scheduledUs; }
    // From the scheduled instant to the reply: free of coordinated omission.
    std::int64_t responseUs() const { return sentUs + latencyUs - scheduledUs; }
    std::int64_t completedAtUs() const { return sentUs + latencyUs; }
};

static_assert(sizeof(InvocationRecord) <= 64, "records must stay compact");

} // namespace traceload

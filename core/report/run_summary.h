#pragma once

#include "invoke/run_result.h"
#include "percentile_summary.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace traceload {

struct StatusCounts
{
    std::uint64_t scheduled = 0;
    std::uint64_t ok = 0;
    std::uint64_t error = 0;
    std::uint64_t timeout = 0;
    std::uint64_t notSent = 0;
    std::uint64_t notSentLate = 0; // of notSent: later than RunOptions::maxLateness

    std::uint64_t failed() const { return error + timeout + notSent; }
};

// One second of the run (by wall time since the start): calls sent in it, calls that
// completed in it (errors = error + timeout among them), latency percentiles of the ok
// calls that completed in it and the lateness p99 of the calls sent in it.
struct TimelinePoint
{
    int tS = 0;
    std::uint64_t issued = 0;
    std::uint64_t completed = 0;
    std::uint64_t errors = 0;
    std::int64_t p50Us = -1; // -1: no ok call completed in this second
    std::int64_t p99Us = -1;
    std::int64_t latenessP99Us = -1;
};

// The failed calls of one gRPC status code (errors and timeouts, all phases).
struct ErrorGroup
{
    int code = 0;
    std::uint64_t count = 0;
    std::uint64_t measured = 0; // of them in the measured phase
    QString firstMessage;       // the first message seen with this code

    bool operator==(const ErrorGroup&) const = default;
};

// What summary.json reports about a run: counts by status for all phases and the
// measured phase, rates, exact percentiles over the measured phase, cold starts and the
// per-second timeline.
struct RunSummary
{
    StatusCounts all;
    StatusCounts measured;
    double measuredWindowS = 0; // duration slots * slot length / speedup
    double targetRate = 0;      // measured scheduled / window
    double achievedRate = 0;    // measured sent / window
    double okRate = 0;          // measured ok / window
    PercentileSummary latency;  // measured ok calls, from send
    PercentileSummary response; // measured ok calls, from the scheduled instant
    PercentileSummary lateness; // measured sent calls, send - scheduled
    // Cold starts are known only from the endpoint's reply (the emulator says); when no ok
    // reply said cold or warm they are unknown, never 0.
    bool coldStartsKnown = false;
    std::uint64_t coldStarts = 0;
    std::uint64_t coldStartsMeasured = 0;
    std::uint64_t instances = 0; // distinct instance ids seen
    // Calls of any phase sent more than kVeryLateUs after their scheduled time.
    static constexpr std::int64_t kVeryLateUs = 5000;
    std::uint64_t sentVeryLate = 0;
    std::uint64_t peakIssueRate = 0; // the most calls sent in one second of the timeline
    std::vector<TimelinePoint> timeline;
    std::vector<ErrorGroup> errorsByCode; // most frequent first, then by code

    // A run in which calls were scheduled and not one of them succeeded.
    bool noCallSucceeded() const { return all.scheduled > 0 && all.ok == 0; }

    static RunSummary compute(const RunResult& result);
};

} // namespace traceload

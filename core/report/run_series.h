#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace traceload {

// A run's behaviour over time in equal buckets (1 s unless the run is long), from its
// invocations.csv: what the run charts draw. Rates are per second whatever the bucket;
// percentiles are NaN in buckets without a value.
struct RunTimeline
{
    double bucketS = 1;
    std::vector<double> startS;        // bucket start, seconds since the run start
    std::vector<double> targetPerS;    // calls scheduled (by schedule time): what the load asked
    std::vector<double> issuedPerS;    // calls sent (by send time)
    std::vector<double> completedPerS; // ok calls (by completion time)
    std::vector<double> failedPerS;    // errors and timeouts (by send time)
    std::vector<double> latencyP50Ms;  // service time of ok calls sent in the bucket
    std::vector<double> latencyP90Ms;
    std::vector<double> latencyP99Ms;
    std::vector<double> latenessP50Ms; // send - schedule, calls scheduled in the bucket
    std::vector<double> latenessP99Ms;
    std::vector<double> latenessMaxMs;
    std::vector<double> coldStarts; // cold replies of calls sent in the bucket (a count)

    int size() const { return int(startS.size()); }
};

// What the run figures draw: read from a run folder (RunFolderReader; its files are
// described in result_writer.h) or taken from a run in memory (runSeriesOf).
struct RunSeries
{
    QString folder;
    // Ascending (RunSeriesBuilder sorts them):
    std::vector<double> latencyMs;  // service time (send -> reply) of ok measured calls
    std::vector<double> responseMs; // response time (schedule -> reply) of ok measured calls
    double measuredStartS = 0;      // scheduled time of the first measured call
    double lastScheduledS = 0;      // scheduled time of the last call; after it, the drain
    bool hasWarmup = false;
    double targetRatePerS = -1; // summary.json rate.target, -1 if unknown
    std::uint64_t scheduled = 0, ok = 0, errors = 0, timeouts = 0, notSent = 0;
    std::uint64_t coldStarts = 0;
    bool coldKnown = false; // some reply said cold or warm
    RunTimeline timeline;
    QStringList warnings; // e.g. a summary.json that could not be read
};

// Picks the bucket of a timeline: the smallest of 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10,
// 15, 30, 60 min that keeps the run within maxBuckets buckets.
double timelineBucketS(double durationS, int maxBuckets = 1200);

} // namespace traceload

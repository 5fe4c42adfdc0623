#pragma once

#include "common/percentile_map.h"

#include <QtGlobal>
#include <optional>
#include <random>
#include <string>

namespace traceload {

// How one emulated service behaves on each call: its execution time and the memory it
// uses, given as percentile maps (as in vSwarm's profile.json) or as fixed values.
struct ServiceBehaviour
{
    std::string name; // the :authority host name that selects the service
    PercentileMap durationMs;
    std::optional<double> fixedDurationMs; // when set, wins over durationMs
    PercentileMap memoryMb;
    std::optional<double> fixedMemoryMb; // when set, wins over memoryMb; neither: 0 MB
};

// What one call does: how long it executes and how much memory it touches.
struct ExecutionDraw
{
    qint64 execUs = 0;
    double memoryMb = 0;
};

using DrawEngine = std::mt19937_64;

// Draws one value of a distribution known only by some of its percentiles, the way
// invitro samples runtime and memory: a quantile q uniform in [0, 1) selects the pair of
// consecutive given percentiles around 100·q, then the value is uniform between theirs.
// (So a bucket is picked with the probability it covers — 0–1 is picked 1% of the time,
// 25–50 is picked 25% — and the draws follow the piecewise-linear CDF through the given
// points.) Below the smallest or above the largest given percentile the value is that
// percentile's value. An empty map gives 0.
double drawFromPercentiles(const PercentileMap& percentiles, DrawEngine& engine);

// Execution time (ms → µs, rounded) and memory of one call. Fixed values are exact and
// consume no randomness; otherwise the duration is drawn first, then the memory.
ExecutionDraw drawExecution(const ServiceBehaviour& service, DrawEngine& engine);

} // namespace traceload

#pragma once

#include "common/job_control.h"
#include "trace/trace.h"

#include <cstdint>
#include <vector>

namespace traceload {

// The invitro sampler's criterion: per minute, the 1-Wasserstein distance between the
// sample's and the full trace's distribution (over functions) of invocations, and of
// resources (invocations x mean duration in ms x mean memory in MB / 10^6, invitro's
// normalisation for the Azure 2019 trace), each averaged over the minutes.
struct SampleDistance
{
    double invocations = 0;
    double resources = 0;
    double average() const { return (invocations + resources) / 2; }
};

struct SampleOptions
{
    std::vector<int> sizes; // ascending, distinct, each from 1 to the trace's functions
    int trials = 16;        // uniform random draws per size to compare against
    std::uint64_t seed = 42;
    int swapRounds = 4;          // improvement rounds: every member tries candidatesPerMember swaps
    int candidatesPerMember = 4; // per round
    // Scaled up (x functions / sample size), the sample's invocations stay within this
    // fraction of the trace's.
    double invocationTolerance = 0.05;
};

struct SampleResult
{
    int size = 0;
    std::vector<std::size_t> members; // indices into Trace::functions, ascending
    SampleDistance distance;          // the chosen sample
    SampleDistance stratified;        // its stratified start
    int startDraw = -1; // the random draw the swaps started from; -1: the stratified start
    std::vector<SampleDistance> randomDraws; // SampleOptions::trials uniform draws
    int swaps = 0;                           // swaps accepted
    // The sample's invocations x (trace functions / size) / the trace's invocations.
    double invocationRatio = 0;

    const SampleDistance& bestRandom() const;
    double medianRandom() const; // of the draws' average distances
};

// Chooses samples of a trace's functions that keep its per-minute invocation and resource
// distributions: a stratified start (one function per stratum of the functions ordered by
// total invocations; within strata, positions in the order of total resources spread
// evenly by a low-discrepancy sequence), then swaps of members for functions of similar
// rate that lower the distance itself, under the invocation tolerance. Deterministic by
// seed (threads only split work whose results are combined in a fixed order). Samples of
// several sizes are nested: each larger one keeps the smaller one and adds to it.
// Throws InputError for sizes out of range.
class Sampler
{
public:
    static std::vector<SampleResult> sample(const Trace& trace, const SampleOptions& options,
                                            const JobControl& job = {});
};

// Mean duration (ms) x mean memory (MB) of a function: the trace's averages, or the
// medians where a file has no average column.
double resourcePerInvocation(const TraceFunction& function);

} // namespace traceload

#pragma once

#include "load_generator.h"
#include "random_stream.h"

#include <cstdint>
#include <vector>

namespace traceload {

// Where the n invocations of one function fall inside one slot of length L (µs), written
// as sort keys (timestamp << functionBits | function) so that one sort of a slot's keys
// orders it by time, ties by function.
//
// - equidistant: t_k = floor(k L / n)
// - uniform:     n independent uniform integers in [0, L)
// - exponential: n i.i.d. Exp(1) gaps g_0..g_{n-1} rescaled to sum to L, arrivals at
//                t_0 = 0 and t_k = L (g_0 + ... + g_{k-1}) / sum(g): the last gap carries
//                over the slot boundary, as invitro does
//
// then every timestamp becomes (t + phase) mod L. Timestamps may repeat (n > L forces it);
// every invocation keeps its own key.
struct ArrivalPlacement
{
    IatDistribution distribution = IatDistribution::Uniform;
    std::int64_t slotLengthUs = 0;
    int functionBits = 0;

    // `rng` is only drawn from by the random distributions. `gaps` is scratch space reused
    // between calls (no allocation per invocation).
    void place(std::uint32_t n, std::uint64_t function, std::int64_t phaseUs, RandomStream& rng,
               std::vector<double>& gaps, std::uint64_t* out) const;
};

// Number of bits needed to store values in [0, count), at least 1.
int bitsFor(std::uint64_t count);

} // namespace traceload

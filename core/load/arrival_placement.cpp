#include "arrival_placement.h"

#include <algorithm>
#include <bit>

namespace traceload {

int bitsFor(std::uint64_t count)
{
    return count <= 2 ? 1 : int(std::bit_width(count - 1));
}

void ArrivalPlacement::place(std::uint32_t n, std::uint64_t function, std::int64_t phaseUs,
                             RandomStream& rng, std::vector<double>& gaps, std::uint64_t* out) const
{
    const auto length = std::uint64_t(slotLengthUs);
    const auto phase = std::uint64_t(phaseUs);
    const auto key = [this, function, length, phase](std::uint64_t t) {
        t += phase;
        if (t >= length)
            t -= length;
        return (t << functionBits) | function;
    };

    switch (distribution) {
    case IatDistribution::Equidistant:
        for (std::uint64_t k = 0; k < n; ++k)
            out[k] = key(k * length / n);
        break;
    case IatDistribution::Uniform:
        for (std::uint64_t k = 0; k < n; ++k)
            out[k] = key(rng.nextBelow(length));
        break;
    case IatDistribution::Exponential: {
        gaps.resize(n);
        double sum = 0;
        for (auto& gap : gaps) {
            gap = rng.nextExponential();
            sum += gap;
        }
        // All gaps zero is possible only in theory (every draw exactly u = 0).
        const double scale = sum > 0 ? double(length) / sum : 0.0;
        double before = 0; // sum of the gaps before arrival k
        for (std::uint32_t k = 0; k < n; ++k) {
            const auto t = std::uint64_t(before * scale);
            out[k] = key(std::min(t, length - 1));
            before += gaps[k];
        }
        break;
    }
    }
}

} // namespace traceload

#pragma once

#include <cmath>
#include <cstdint>

namespace traceload {

// A reproducible random stream: xoshiro256** seeded through splitmix64. Both generators
// are fully specified, and the conversions below are ours, so the same seed gives the
// same numbers with every compiler and standard library (unlike std::*_distribution,
// whose algorithms are implementation-defined).
//
// Streams are derived from a key (seed, function, slot), so every function draws from its
// own stream in every slot: what one function gets does not depend on the others, on the
// order of work, on threads, or on which window of the trace was read.
class RandomStream
{
public:
    // Tag for the stream of per-function values that do not belong to a slot (the phase).
    static constexpr std::uint64_t kPhaseTag = ~std::uint64_t(0);

    RandomStream(std::uint64_t seed, std::uint64_t function, std::uint64_t slotOrTag)
    {
        std::uint64_t key = mix(seed ^ 0x6a09e667f3bcc909ULL);
        key = mix(key ^ (function * 0x9e3779b97f4a7c15ULL + 0xbb67ae8584caa73bULL));
        key = mix(key ^ (slotOrTag * 0xd1b54a32d192ed03ULL + 0x3c6ef372fe94f82bULL));
        for (auto& word : m_state)
            word = splitmix64(key);
    }

    std::uint64_t nextU64()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform integer in [0, bound) by multiply-shift (bias below bound / 2^64).
    std::uint64_t nextBelow(std::uint64_t bound)
    {
        return std::uint64_t((static_cast<unsigned __int128>(nextU64()) * bound) >> 64);
    }

    // Uniform double in [0, 1) with a full 53-bit mantissa.
    double nextDouble() { return double(nextU64() >> 11) * 0x1.0p-53; }

    // Exp(1) by inversion: -ln(1 - u), u in [0, 1), so the result is finite and >= 0.
    double nextExponential() { return -std::log1p(-nextDouble()); }

    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& state)
    {
        state += 0x9e3779b97f4a7c15ULL;
        return mix(state);
    }

    std::uint64_t m_state[4];
};

} // namespace traceload

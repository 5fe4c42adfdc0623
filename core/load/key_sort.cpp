#include "key_sort.h"

#include <algorithm>
#include <array>

namespace traceload {

namespace {
constexpr int kDigitBits = 11;
constexpr std::size_t kBuckets = std::size_t(1) << kDigitBits;
constexpr std::size_t kSmall = 256;
} // namespace

void sortKeys(std::vector<std::uint64_t>& keys, std::vector<std::uint64_t>& scratch, int keyBits)
{
    if (keys.size() < kSmall) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    scratch.resize(keys.size());
    std::uint64_t* from = keys.data();
    std::uint64_t* to = scratch.data();
    const std::size_t n = keys.size();
    std::array<std::size_t, kBuckets> count;
    for (int shift = 0; shift < keyBits; shift += kDigitBits) {
        count.fill(0);
        for (std::size_t i = 0; i < n; ++i)
            ++count[(from[i] >> shift) & (kBuckets - 1)];
        // A digit that is the same in every key (e.g. few functions) needs no pass.
        if (std::find(count.begin(), count.end(), n) != count.end())
            continue;
        std::size_t offset = 0;
        for (auto& c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (std::size_t i = 0; i < n; ++i)
            to[count[(from[i] >> shift) & (kBuckets - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (from != keys.data())
        std::copy(from, from + n, keys.data());
}

} // namespace traceload

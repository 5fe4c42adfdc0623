#pragma once

#include <cstdint>
#include <vector>

namespace traceload {

// Sorts 64-bit keys whose values fit in `keyBits` bits, ascending: an LSD radix sort for
// large inputs (a slot holds up to millions of invocations), std::sort for small ones.
// `scratch` is reused between calls to avoid allocating per slot.
void sortKeys(std::vector<std::uint64_t>& keys, std::vector<std::uint64_t>& scratch, int keyBits);

} // namespace traceload

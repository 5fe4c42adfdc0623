#include "load.h"

#include <algorithm>

namespace traceload {

std::uint64_t Load::invocationCount() const
{
    std::uint64_t total = 0;
    for (const auto& slot : timeSlots)
        total += slot.timestampsUs.size();
    return total;
}

std::uint32_t Load::internEndpoint(const QString& endpoint)
{
    const auto it = std::find(endpoints.begin(), endpoints.end(), endpoint);
    if (it != endpoints.end())
        return std::uint32_t(it - endpoints.begin());
    endpoints.push_back(endpoint);
    return std::uint32_t(endpoints.size() - 1);
}

} // namespace traceload

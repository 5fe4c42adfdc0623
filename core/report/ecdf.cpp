#include "ecdf.h"

#include <algorithm>
#include <cmath>

namespace traceload {

double quantileOfSorted(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return std::nan("");
    const double n = double(sorted.size());
    const double rank = std::ceil(std::clamp(q, 0.0, 1.0) * n - 1e-9);
    const std::size_t index = rank < 1 ? 0 : std::size_t(rank) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

Ecdf Ecdf::of(std::vector<double> values, std::size_t maxPoints)
{
    std::erase_if(values, [](double v) { return std::isnan(v); });
    if (!std::is_sorted(values.begin(), values.end()))
        std::sort(values.begin(), values.end());
    Ecdf e;
    e.sampleSize = values.size();
    if (values.empty())
        return e;
    const std::size_t n = values.size();
    maxPoints = std::max<std::size_t>(maxPoints, 2);
    if (n <= maxPoints) {
        // One point per distinct value at the top of its step.
        for (std::size_t i = 0; i < n; ++i) {
            if (i + 1 < n && values[i + 1] == values[i])
                continue;
            e.x.push_back(values[i]);
            e.y.push_back(double(i + 1) / double(n));
        }
        return e;
    }
    // Evenly spaced ranks from the first to the last value.
    for (std::size_t k = 0; k < maxPoints; ++k) {
        const std::size_t i = (n - 1) * k / (maxPoints - 1);
        if (!e.x.empty() && values[i] == e.x.back()) {
            e.y.back() = double(i + 1) / double(n);
            continue;
        }
        e.x.push_back(values[i]);
        e.y.push_back(double(i + 1) / double(n));
    }
    return e;
}

} // namespace traceload

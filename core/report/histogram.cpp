#include "histogram.h"

#include "log_decade_bins.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

bool Histogram::isEmpty() const
{
    return total() == 0;
}

std::uint64_t Histogram::total() const
{
    return std::accumulate(counts.begin(), counts.end(), std::uint64_t(0));
}

std::uint64_t Histogram::maxCount() const
{
    return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

int Histogram::binOf(double value) const
{
    if (edges.size() < 2 || !(value >= edges.front()) || value > edges.back())
        return -1;
    if (value == edges.back())
        return int(edges.size()) - 2;
    // First edge greater than value; the bin starts one before it.
    const auto it = std::upper_bound(edges.begin(), edges.end(), value);
    return int(it - edges.begin()) - 1;
}

Histogram Histogram::withEdges(std::vector<double> edges, std::span<const double> values)
{
    Histogram h;
    h.edges = std::move(edges);
    h.counts.assign(h.edges.size() >= 2 ? h.edges.size() - 1 : 0, 0);
    return h.recount(values);
}

Histogram Histogram::recount(std::span<const double> values) const
{
    Histogram h;
    h.edges = edges;
    h.labels = labels;
    h.counts.assign(counts.size(), 0);
    for (double v : values) {
        if (std::isnan(v)) {
            ++h.dropped;
            continue;
        }
        const int bin = h.binOf(v);
        if (bin < 0)
            ++h.outside;
        else
            ++h.counts[std::size_t(bin)];
    }
    return h;
}

namespace {

bool binnableOnLogScale(double v)
{
    return v >= LogDecadeBins::minValue && v <= LogDecadeBins::maxValue;
}

// The value as the log-decade histogram sees it: zeros become 0.01, unusable values NaN.
double logValue(double v)
{
    if (v == 0)
        return LogDecadeBins::zeroReplacement;
    return binnableOnLogScale(v) ? v : std::nan("");
}

} // namespace

Histogram logDecadeHistogram(std::span<const double> values)
{
    double smallest = HUGE_VAL;
    double largest = -HUGE_VAL;
    for (double v : values) {
        const double x = logValue(v);
        if (std::isnan(x))
            continue;
        smallest = std::min(smallest, x);
        largest = std::max(largest, x);
    }
    Histogram h;
    if (smallest > largest) { // nothing binnable
        h.dropped = values.size();
        return h;
    }
    h.edges = LogDecadeBins::edgesCovering(smallest, largest);
    h.counts.assign(h.edges.size() - 1, 0);
    for (std::size_t i = 0; i + 1 < h.edges.size(); ++i)
        h.labels << LogDecadeBins::label(h.edges[i], h.edges[i + 1]);
    return recountLogDecade(h, values);
}

Histogram recountLogDecade(const Histogram& bins, std::span<const double> values)
{
    Histogram h;
    h.edges = bins.edges;
    h.labels = bins.labels;
    h.counts.assign(bins.counts.size(), 0);
    for (double v : values) {
        const double x = logValue(v);
        if (std::isnan(x)) {
            ++h.dropped;
            continue;
        }
        if (v == 0)
            ++h.zerosReplaced;
        const int bin = h.binOf(x);
        if (bin < 0)
            ++h.outside;
        else
            ++h.counts[std::size_t(bin)];
    }
    return h;
}

double niceBinWidth(double span, int maxBins)
{
    maxBins = std::max(maxBins, 1);
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / maxBins;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double width = step * power;
        if (width * maxBins >= span * (1 - 1e-12))
            return width;
    }
    return 10.0 * power;
}

Histogram linearHistogram(std::span<const double> values, int maxBins)
{
    maxBins = std::max(maxBins, 1);
    double smallest = HUGE_VAL;
    double largest = -HUGE_VAL;
    std::uint64_t dropped = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            ++dropped;
            continue;
        }
        smallest = std::min(smallest, v);
        largest = std::max(largest, v);
    }
    Histogram h;
    h.dropped = dropped;
    if (smallest > largest)
        return h;
    const double low = std::min(0.0, smallest);
    double width = niceBinWidth(largest - low, maxBins);
    double firstEdge = std::floor(low / width) * width;
    if (std::ceil((largest - firstEdge) / width) > maxBins) { // flooring the start cost a bin
        width = niceBinWidth(largest - firstEdge, maxBins - 1);
        firstEdge = std::floor(low / width) * width;
    }
    h.edges.push_back(firstEdge);
    // The last edge is the first multiple of the width above the largest value (or equal
    // to it: the last bin is closed).
    while (h.edges.back() < largest || h.edges.size() < 2)
        h.edges.push_back(firstEdge + double(h.edges.size()) * width);
    h.counts.assign(h.edges.size() - 1, 0);
    for (double v : values)
        if (std::isfinite(v))
            ++h.counts[std::size_t(h.binOf(v))];
    for (int i = 0; i < h.binCount(); ++i)
        h.labels << QString::number(h.edges[i]) + QChar(0x2013) +
                        QString::number(h.edges[std::size_t(i) + 1]);
    return h;
}

} // namespace traceload

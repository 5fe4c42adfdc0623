#include "log_decade_bins.h"

#include <cmath>

namespace traceload {

namespace {

// 10^k for |k| <= 22 is exact as a double, so dividing or multiplying by it rounds once.
double powerOfTen(int exponent)
{
    return std::pow(10.0, std::abs(exponent));
}

} // namespace

int LogDecadeBins::decadeOf(double value)
{
    int decade = static_cast<int>(std::floor(std::log10(value)));
    // log10 may be off by one ulp next to exact powers of ten; settle on the exact edges.
    while (decade > -400 && edge(1, decade) > value)
        --decade;
    while (decade < 400 && edge(1, decade + 1) <= value)
        ++decade;
    return decade;
}

double LogDecadeBins::edge(int multiplier, int decade)
{
    if (decade >= 0)
        return multiplier * powerOfTen(decade);
    return multiplier / powerOfTen(decade);
}

std::vector<double> LogDecadeBins::edges(int firstDecade, int lastDecade)
{
    if (lastDecade <= firstDecade)
        lastDecade = firstDecade + 1;
    std::vector<double> result;
    result.reserve(std::size_t(lastDecade - firstDecade) * 9 + 1);
    for (int decade = firstDecade; decade < lastDecade; ++decade)
        for (int multiplier = 1; multiplier <= 9; ++multiplier)
            result.push_back(edge(multiplier, decade));
    result.push_back(edge(1, lastDecade));
    return result;
}

std::vector<double> LogDecadeBins::edgesCovering(double smallest, double largest)
{
    const int first = decadeOf(smallest);
    const int top = decadeOf(largest);
    // ceil(log10(largest)): the decade boundary at or above the largest value.
    const int last = edge(1, top) == largest ? top : top + 1;
    return edges(first, last);
}

QString LogDecadeBins::formatEdge(double edge)
{
    if (edge <= 0 || !std::isfinite(edge))
        return QString::number(edge);
    const int decade = decadeOf(edge);
    // Thousands and up with an SI suffix, so that every label of a decade (and the one that
    // crosses into the next) reads alike: 800k–900k, 900k–1M, 1M–2M.
    static const char* const suffixes[] = {"k", "M", "G", "T"};
    if (decade >= 3 && decade < 15) {
        const int group = decade / 3;
        const double scaled = edge / LogDecadeBins::edge(1, group * 3);
        return QString::number(std::llround(scaled)) + QLatin1String(suffixes[group - 1]);
    }
    if (decade >= 15 || decade <= -6) {
        const long long mantissa = std::llround(edge / LogDecadeBins::edge(1, decade));
        return QStringLiteral("%1e%2").arg(mantissa).arg(decade);
    }
    if (decade >= 0)
        return QString::number(std::llround(edge));
    return QString::number(edge, 'f', -decade);
}

QString LogDecadeBins::label(double lower, double upper)
{
    return formatEdge(lower) + QChar(0x2013) + formatEdge(upper);
}

} // namespace traceload

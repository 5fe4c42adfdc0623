#include "charts/readable_log_ticker.h"

#include <cmath>
#include <vector>

namespace traceload {

QVector<double> ReadableLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    const double decades = std::log10(range.upper / range.lower);
    m_dense = range.lower > 0 && decades < 2.2;
    if (!m_dense)
        return QCPAxisTickerLog::createTickVector(tickStep, range);
    const std::vector<int> multipliers =
        decades < 0.8 ? std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9} : std::vector<int>{1, 2, 5};
    QVector<double> ticks;
    const int first = int(std::floor(std::log10(range.lower)));
    const int last = int(std::ceil(std::log10(range.upper)));
    for (int k = first; k <= last; ++k)
        for (int m : multipliers) {
            const double v = m * std::pow(10.0, k);
            if (v >= range.lower && v <= range.upper)
                ticks << v;
        }
    return ticks;
}

int ReadableLogTicker::getSubTickCount(double tickStep)
{
    return m_dense ? 0 : QCPAxisTickerLog::getSubTickCount(tickStep);
}

} // namespace traceload

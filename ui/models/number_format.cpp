#include "models/number_format.h"

#include <QLocale>
#include <cmath>

namespace traceload {

QString formatCount(std::uint64_t count)
{
    return QLocale().toString(qulonglong(count));
}

QString formatMeasure(double value)
{
    if (!std::isfinite(value))
        return {};
    const double magnitude = std::abs(value);
    if (magnitude > 0 && magnitude < 0.001)
        return QLocale().toString(value, 'g', 2);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QLocale().toString(value, 'f', decimals);
}

QString formatExact(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace traceload

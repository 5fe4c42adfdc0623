#pragma once

#include <QString>
#include <cstdint>

namespace traceload {

// How the models show numbers (in the current QLocale): counts with digit grouping,
// measurements with about three significant digits but never in exponent form
// (0.747, 13.3, 139, 3674), since the columns compare values across orders of magnitude.
QString formatCount(std::uint64_t count);
QString formatMeasure(double value);
// Every digit a double has, for tooltips of abbreviated values.
QString formatExact(double value);

} // namespace traceload

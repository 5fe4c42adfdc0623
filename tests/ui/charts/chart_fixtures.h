#pragma once
// Point sets for the figure tests (header-only, test code only).

#include "report/function_points.h"

#include <cmath>

namespace traceload::test {

// n functions named f0, f1, … spread over memory (scale × 1–50) and duration (scale ×
// 1.3^0–39), CPU 1.
inline FunctionPoints spreadPoints(int n, double scale)
{
    FunctionPoints p;
    for (int i = 0; i < n; ++i) {
        p.names << QStringLiteral("f%1").arg(i);
        p.memoryMb.push_back(scale * (1 + i % 50));
        p.durationMs.push_back(scale * std::pow(1.3, i % 40));
        p.cpu.push_back(1);
    }
    return p;
}

} // namespace traceload::test

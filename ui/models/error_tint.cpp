#include "models/error_tint.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace traceload {

QColor errorTint(double error, double badError)
{
    if (std::isnan(error))
        return {};
    // RdYlGn, good to bad.
    static const QColor ramp[] = {QColor(0x1a, 0x98, 0x50), QColor(0x91, 0xcf, 0x60),
                                  QColor(0xd9, 0xef, 0x8b), QColor(0xfe, 0xe0, 0x8b),
                                  QColor(0xfc, 0x8d, 0x59), QColor(0xd7, 0x30, 0x27)};
    constexpr int last = int(std::size(ramp)) - 1;
    const double t = std::clamp(badError > 0 ? error / badError : 1.0, 0.0, 1.0) * last;
    const int i = std::min(int(t), last - 1);
    const double f = t - i;
    const QColor& a = ramp[i];
    const QColor& b = ramp[i + 1];
    QColor c = QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                                float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                float(a.blueF() + (b.blueF() - a.blueF()) * f));
    c.setAlphaF(0.35f);
    return c;
}

} // namespace traceload

#pragma once

#include <QColor>

namespace traceload {

// The colours of every figure (matplotlib's tab10, which readers of papers know).
namespace palette {
QColor color(int index);
inline QColor blue()
{
    return color(0);
}
inline QColor orange()
{
    return color(1);
}
inline QColor green()
{
    return color(2);
}
inline QColor red()
{
    return color(3);
}
inline QColor purple()
{
    return color(4);
}
inline QColor grey()
{
    return color(7);
}
// Functions that fell back to a trace function, in the figures and the mapping table alike:
// a colour outside the red-yellow-green error tints and the green of the proxy markers.
inline QColor fallback()
{
    return purple();
}
} // namespace palette

} // namespace traceload

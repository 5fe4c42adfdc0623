#include "charts/palette.h"

#include <cstdlib>
#include <iterator>

namespace traceload {

QColor palette::color(int index)
{
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                  0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colors[std::size_t(std::abs(index)) % std::size(colors)]);
}

} // namespace traceload

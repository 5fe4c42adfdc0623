#pragma once

#include <QSize>
#include <QString>
#include <optional>

namespace traceload {

enum class FigureFormat
{
    Png,
    Pdf,
    Svg
};

// How a figure is written: pixel size, resolution (pixels per inch: fonts are in points,
// so a higher dpi at the same pixel size makes text and lines larger, as in matplotlib;
// PDF and SVG get the physical size size/dpi inches) and format.
struct FigureExport
{
    QSize size{1200, 800};
    double dpi = 100;
    FigureFormat format = FigureFormat::Png;
};

std::optional<FigureFormat> figureFormatFromName(const QString& name); // "png", "pdf", "svg"
QString figureSuffix(FigureFormat format);                             // "png", ...
// "1200x800" -> size; nullopt unless both are within [64, 10000] (a PNG of 10000x10000 takes 400 MB
// to render).
std::optional<QSize> parseFigureSize(const QString& text);

} // namespace traceload

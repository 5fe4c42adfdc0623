#include "charts/figure_export.h"

#include <QRegularExpression>

namespace traceload {

std::optional<FigureFormat> figureFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"png")
        return FigureFormat::Png;
    if (n == u"pdf")
        return FigureFormat::Pdf;
    if (n == u"svg")
        return FigureFormat::Svg;
    return std::nullopt;
}

QString figureSuffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return QStringLiteral("png");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<QSize> parseFigureSize(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 64 || size.height() < 64 || size.width() > 10000 || size.height() > 10000)
        return std::nullopt;
    return size;
}

} // namespace traceload

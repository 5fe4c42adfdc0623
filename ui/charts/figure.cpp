#include "charts/figure.h"

#include "charts/readable_log_ticker.h"
#include "common/atomic_file.h"
#include "common/input_error.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

namespace traceload {

namespace {

constexpr double titlePt = 15;
constexpr double subtitlePt = 10.5;
constexpr double axisLabelPt = 12.5;
constexpr double tickLabelPt = 10.5;
constexpr double legendPt = 10.5;
constexpr double noDataPt = 18;

} // namespace

// Points the figure at an export device (pixels per point, size) for its lifetime and
// restyles it; the destructor restores the screen settings.
class FigureTarget
{
public:
    FigureTarget(Figure& figure, double dpi, QSize size)
        : m_figure(figure), m_savedScale(figure.m_pixelsPerPoint), m_savedSize(figure.m_targetSize)
    {
        m_figure.m_pixelsPerPoint = dpi / 72.0;
        m_figure.m_targetSize = size;
        m_figure.restyle();
    }
    ~FigureTarget()
    {
        m_figure.m_pixelsPerPoint = m_savedScale;
        m_figure.m_targetSize = m_savedSize;
        m_figure.restyle();
    }
    FigureTarget(const FigureTarget&) = delete;
    FigureTarget& operator=(const FigureTarget&) = delete;

private:
    Figure& m_figure;
    double m_savedScale;
    QSize m_savedSize;
};

Figure::Figure(QWidget* parent) : QCustomPlot(parent)
{
    m_pixelsPerPoint = logicalDpiY() / 72.0;
    setBackground(Qt::white);
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems | QCP::aeScatters |
                           QCP::aeFills);
    setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeSubGrid);

    plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(this);
    plotLayout()->addElement(0, 0, m_titleElement);
    m_subtitleElement = new QCPTextElement(this);
    m_subtitleElement->setTextColor(QColor(0x55, 0x55, 0x55));

    legend->setVisible(false);
    legend->setBrush(QColor(255, 255, 255, 225));
    legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    setLegendCorner(Qt::AlignTop | Qt::AlignRight);

    m_noDataText = new QCPItemText(this);
    m_noDataText->setClipToAxisRect(false);
    m_noDataText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_noDataText->position->setCoords(0.5, 0.5);
    m_noDataText->setPositionAlignment(Qt::AlignCenter);
    m_noDataText->setColor(QColor(0x88, 0x88, 0x88));
    m_noDataText->setText(tr("No data"));
    m_noDataText->setVisible(false);
    restyle();
}

void Figure::setTitle(const QString& title)
{
    m_title = title;
    updateTitle();
}

void Figure::setSubtitle(const QString& subtitle)
{
    m_subtitle = subtitle;
    const bool inLayout =
        plotLayout()->hasElement(1, 0) && plotLayout()->element(1, 0) == m_subtitleElement;
    if (!subtitle.isEmpty() && !inLayout) {
        plotLayout()->insertRow(1);
        plotLayout()->addElement(1, 0, m_subtitleElement);
    } else if (subtitle.isEmpty() && inLayout) {
        plotLayout()->take(m_subtitleElement);
        plotLayout()->simplify();
    }
    m_subtitleElement->setText(subtitle);
}

void Figure::setNoData(bool noData)
{
    m_noData = noData;
    m_noDataText->setVisible(noData);
    // An empty frame says "No data" better than ticks and grid around nothing.
    if (QCPLayer* grid = layer(QStringLiteral("grid")))
        grid->setVisible(!noData);
    for (QCPAxisRect* rect : axisRects())
        for (QCPAxis* axis : rect->axes(QCPAxis::atLeft | QCPAxis::atBottom)) {
            axis->setTicks(!noData);
            axis->setTickLabels(!noData);
        }
    updateTitle();
}

void Figure::setLegendCorner(Qt::Alignment corner)
{
    axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

void Figure::updateTitle()
{
    m_titleElement->setText(m_noData ? tr("%1 (no data)").arg(m_title) : m_title);
}

QFont Figure::font(double points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(px(points)))));
    f.setBold(bold);
    return f;
}

QPen Figure::pen(const QColor& color, double widthPoints, Qt::PenStyle style) const
{
    QPen p(color, std::max(0.5, px(widthPoints)), style);
    p.setCosmetic(false);
    p.setCapStyle(Qt::FlatCap);
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}

void Figure::restyle()
{
    m_titleElement->setFont(font(titlePt, true));
    m_titleElement->setMargins(QMargins(int(px(6)), int(px(6)), int(px(6)), int(px(2))));
    m_subtitleElement->setFont(font(subtitlePt));
    m_subtitleElement->setMargins(QMargins(int(px(6)), 0, int(px(6)), int(px(4))));
    m_noDataText->setFont(font(noDataPt));
    legend->setFont(font(legendPt));
    legend->setIconSize(QSize(int(px(18)), int(px(9))));
    legend->setIconTextPadding(int(px(5)));
    legend->setRowSpacing(int(px(2)));
    legend->setMargins(QMargins(int(px(6)), int(px(4)), int(px(6)), int(px(2))));
    // Legend items are exactly one text line high and clip to that, but QCustomPlot draws
    // the text a little lower than the metrics say: without room below, descenders are cut.
    for (int i = 0; i < legend->itemCount(); ++i)
        legend->item(i)->setMargins(QMargins(0, 0, 0, int(std::ceil(px(legendPt * 0.25)))));
    legend->setBorderPen(pen(QColor(0xbb, 0xbb, 0xbb), 0.6));
    axisRect()->insetLayout()->setMargins(QMargins(int(px(8)), int(px(8)), int(px(8)), int(px(8))));
    for (QCPAxisRect* rect : axisRects()) {
        rect->setMinimumMargins(QMargins(int(px(6)), int(px(4)), int(px(14)), int(px(6))));
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis);
    }
}

void Figure::styleAxis(QCPAxis* axis)
{
    const QColor ink(0x33, 0x33, 0x33);
    axis->setLabelFont(font(axisLabelPt));
    axis->setLabelColor(ink);
    axis->setTickLabelFont(font(tickLabelPt));
    axis->setTickLabelColor(ink);
    axis->setBasePen(pen(ink, 0.8));
    axis->setTickPen(pen(ink, 0.8));
    axis->setSubTickPen(pen(ink, 0.6));
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(int(px(4)));
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(int(px(2)));
    axis->setTickLabelPadding(int(px(3)));
    axis->setLabelPadding(int(px(5)));
    axis->grid()->setPen(pen(QColor(0xdd, 0xdd, 0xdd), 0.6));
    axis->grid()->setSubGridPen(pen(QColor(0xee, 0xee, 0xee), 0.5));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void Figure::useIntegerTicks(QCPAxis* axis, int tickCount)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(tickCount);
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
}

void Figure::makeLogAxis(QCPAxis* axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new ReadableLogTicker);
    ticker->setSubTickCount(8);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("g"));
    axis->setNumberPrecision(6);
    axis->grid()->setSubGridVisible(true);
}

void Figure::setLogRange(QCPAxis* axis, double lower, double upper)
{
    axis->setRange(lower, upper);
    const bool plain = lower >= 0.0009 && upper <= 110000;
    axis->setNumberFormat(plain ? QStringLiteral("g") : QStringLiteral("eb"));
    axis->setNumberPrecision(plain ? 6 : 0);
}

QCPRange Figure::paddedLogRange(QCPRange data, double padDecades, double minDecades)
{
    double lo = std::log10(data.lower) - padDecades;
    double hi = std::log10(data.upper) + padDecades;
    if (hi - lo < minDecades) {
        const double mid = (hi + lo) / 2;
        lo = mid - minDecades / 2;
        hi = mid + minDecades / 2;
    }
    return QCPRange(std::pow(10.0, lo), std::pow(10.0, hi));
}

void Figure::showEvent(QShowEvent* event)
{
    m_pixelsPerPoint = logicalDpiY() / 72.0;
    restyle();
    QCustomPlot::showEvent(event);
}

void Figure::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    restyle();
}

void Figure::renderTo(QCPPainter& painter, QSize size)
{
    painter.setRenderHint(QPainter::TextAntialiasing);
    toPainter(&painter, size.width(), size.height());
}

QImage Figure::toImage(QSize size, double dpi)
{
    const FigureTarget target(*this, dpi, size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    renderTo(painter, size);
    painter.end();
    // Only now: the layout measures text on the default device, and the image must draw
    // it with the same metrics (a different image dpi clips descenders in the legend).
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void Figure::save(const QString& path, const FigureExport& options)
{
    const QSize size = options.size;
    const double dpi = options.dpi;
    if (options.format == FigureFormat::Png) {
        // Figures are opaque: a 24-bit PNG is a quarter smaller than one with alpha.
        const QImage image = toImage(size, dpi).convertToFormat(QImage::Format_RGB888);
        writeFileAtomically(path, [&](QIODevice& device) {
            if (!image.save(&device, "PNG"))
                throw InputError(path, 0, {}, tr("cannot write the PNG image"));
        });
        return;
    }
    const FigureTarget target(*this, dpi, size);
    writeFileAtomically(path, [&](QIODevice& device) {
        if (options.format == FigureFormat::Pdf) {
            QPdfWriter writer(&device);
            writer.setResolution(int(std::lround(dpi)));
            writer.setPageSize(QPageSize(QSizeF(size.width() / dpi, size.height() / dpi),
                                         QPageSize::Inch, QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setCreator(QStringLiteral("TraceLoad"));
            writer.setTitle(m_title);
            QCPPainter painter(&writer);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setWindow(QRect(QPoint(0, 0), size));
            renderTo(painter, size);
            painter.end();
        } else {
            QSvgGenerator generator;
            generator.setOutputDevice(&device);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            generator.setResolution(int(std::lround(dpi)));
            generator.setTitle(m_title);
            generator.setDescription(QStringLiteral("TraceLoad"));
            QCPPainter painter(&generator);
            painter.setMode(QCPPainter::pmVectorized);
            renderTo(painter, size);
            painter.end();
        }
    });
}

} // namespace traceload

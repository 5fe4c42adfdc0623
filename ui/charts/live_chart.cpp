#include "charts/live_chart.h"

#include "charts/export_dialog.h"
#include "common/atomic_file.h"
#include "common/input_error.h"

#include <QBuffer>
#include <QChart>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace traceload {

namespace {

// 1, 2 or 5 times a power of ten, about span / ticks.
double niceInterval(double span, int ticks)
{
    const double raw = std::max(span / ticks, 1e-9);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0})
        if (step * power >= raw)
            return step * power;
    return 10 * power;
}

void setZeroBasedRange(QValueAxis* axis, double top, int ticks)
{
    const double interval = niceInterval(top, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, std::ceil(top / interval) * interval);
}

} // namespace

LiveChart::LiveChart(const QString& title, const QString& yLabel, QWidget* parent)
    : QChartView(parent)
{
    // QChartView made a chart of its own; replacing it would only release (leak) it.
    QChart* chart = this->chart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 180);

    m_time = new QValueAxis;
    m_time->setTitleText(tr("Elapsed (s)"));
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_value = new QValueAxis;
    m_value->setTitleText(yLabel);
    m_value->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    applyTheme();
    updateAxes();
}

int LiveChart::addLine(const QString& name, const QColor& color, Qt::PenStyle style, Merge merge)
{
    Line line;
    line.series = new QLineSeries;
    line.series->setName(name);
    line.series->setUseOpenGL(false);
    line.color = color;
    line.style = style;
    line.merge = merge;
    chart()->addSeries(line.series);
    line.series->attachAxis(m_time);
    if (m_log)
        line.series->attachAxis(m_log);
    else
        line.series->attachAxis(m_value);
    m_lines.push_back(line);
    applyTheme();
    return int(m_lines.size()) - 1;
}

void LiveChart::setLogScale(double floor)
{
    if (m_log)
        return;
    m_floor = floor;
    m_log = new QLogValueAxis;
    m_log->setBase(10);
    m_log->setTitleText(m_value->titleText());
    m_log->setLabelFormat(QStringLiteral("%g"));
    m_log->setMinorTickCount(-1);
    chart()->addAxis(m_log, Qt::AlignLeft);
    for (Line& line : m_lines) {
        line.series->detachAxis(m_value);
        line.series->attachAxis(m_log);
    }
    chart()->removeAxis(m_value);
    delete m_value;
    m_value = nullptr;
    applyTheme();
    updateAxes();
}

void LiveChart::setMaxPoints(int points)
{
    m_maxPoints = std::max(points, 16);
    for (Line& line : m_lines) {
        while (line.points.size() > m_maxPoints)
            decimate(line);
        line.series->replace(line.points);
    }
}

int LiveChart::pointCount() const
{
    qsizetype n = 0;
    for (const Line& line : m_lines)
        n = std::max(n, line.points.size());
    return int(n);
}

QString LiveChart::title() const
{
    return chart()->title();
}

void LiveChart::setTitle(const QString& title)
{
    chart()->setTitle(title);
}

void LiveChart::clear()
{
    for (Line& line : m_lines) {
        line.points.clear();
        line.series->clear();
    }
    updateAxes();
}

void LiveChart::append(double tS, const std::vector<double>& values)
{
    for (std::size_t i = 0; i < m_lines.size() && i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        Line& line = m_lines[i];
        line.points.append(QPointF(tS, m_log ? std::max(values[i], m_floor) : values[i]));
        if (line.points.size() > m_maxPoints)
            decimate(line);
        line.series->replace(line.points);
    }
    updateAxes();
}

void LiveChart::decimate(Line& line)
{
    // Merge pairs in the older part; the newest point stays as it is.
    QList<QPointF> merged;
    merged.reserve(line.points.size() / 2 + 1);
    const qsizetype n = line.points.size();
    qsizetype i = 0;
    for (; i + 1 < n - 1; i += 2) {
        const QPointF a = line.points[i];
        const QPointF b = line.points[i + 1];
        const double y =
            line.merge == Merge::Average ? (a.y() + b.y()) / 2 : std::max(a.y(), b.y());
        merged.append(QPointF(b.x(), y));
    }
    for (; i < n; ++i)
        merged.append(line.points[i]);
    line.points = std::move(merged);
}

void LiveChart::updateAxes()
{
    double end = 10, top = 0, bottom = HUGE_VAL;
    for (const Line& line : m_lines)
        for (const QPointF& p : line.points) {
            end = std::max(end, p.x());
            top = std::max(top, p.y());
            bottom = std::min(bottom, p.y());
        }
    setZeroBasedRange(m_time, end, 6);
    if (!m_log) {
        setZeroBasedRange(m_value, top > 0 ? top * 1.1 : 1.0, 4);
        return;
    }
    // Whole decades around the data, at least one.
    const double lo = std::pow(10.0, std::floor(std::log10(std::isfinite(bottom) ? bottom : 1.0)));
    const double hi = std::pow(10.0, std::ceil(std::log10(std::max(top, m_floor) * 1.05)));
    m_log->setRange(lo, std::max(hi, lo * 10));
}

void LiveChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    // Themes paint a gradient; a flat background matches the analysis figures and gives
    // exported images one known colour.
    QBrush background = chart()->backgroundBrush();
    if (const QGradient* gradient = background.gradient(); gradient && !gradient->stops().isEmpty())
        chart()->setBackgroundBrush(gradient->stops().first().second);
    QFont title = chart()->titleFont();
    title.setBold(true);
    chart()->setTitleFont(title);
    // The theme resets pens: one colour per meaning, as in the analysis figures.
    for (Line& line : m_lines)
        line.series->setPen(QPen(line.color, 2, line.style));
}

void LiveChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void LiveChart::renderInto(QPainter& painter, QSize size)
{
    const QRectF old = chart()->geometry();
    chart()->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart()->layout())
        chart()->layout()->activate();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                    QRectF(QPointF(0, 0), QSizeF(size)));
    chart()->setGeometry(old);
}

QImage LiveChart::renderImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart()->backgroundBrush().color()); // solid, see applyTheme()
    QPainter painter(&image);
    renderInto(painter, size);
    return image;
}

void LiveChart::save(const QString& path, const FigureExport& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case FigureFormat::Png:
        if (!renderImage(options.size).save(&buffer, "PNG"))
            throw InputError(path, 0, {}, tr("cannot write the PNG image"));
        break;
    case FigureFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(options.dpi));
        pdf.setPageSize(QPageSize(QSizeF(options.size) / options.dpi, QPageSize::Inch));
        pdf.setPageMargins(QMarginsF());
        QPainter painter(&pdf);
        painter.scale(double(pdf.width()) / options.size.width(),
                      double(pdf.height()) / options.size.height());
        renderInto(painter, options.size);
        break;
    }
    case FigureFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(int(options.dpi));
        svg.setTitle(title());
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), options.size), chart()->backgroundBrush());
        renderInto(painter, options.size);
        break;
    }
    }
    buffer.close();
    writeFileAtomically(path, bytes);
}

void LiveChart::exportChart()
{
    askForExportPath(
        window(), tr("Export chart"),
        [self = QPointer<LiveChart>(this)](const QString& path, const FigureExport& options) {
            if (!self)
                return tr("the chart was closed meanwhile");
            try {
                self->save(path, options);
                return QString();
            } catch (const InputError& e) {
                return e.toString();
            }
        },
        [self = QPointer<LiveChart>(this)](const QString& path, const QString& error) {
            if (!self)
                return;
            if (error.isEmpty())
                emit self->exported(path);
            else
                emit self->exportFailed(error);
        });
}

void LiveChart::contextMenuEvent(QContextMenuEvent* event)
{
    auto* menu = new QMenu(this); // popup(), not exec(): no nested event loop
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Export chart…"), this, &LiveChart::exportChart);
    menu->popup(event->globalPos());
}

} // namespace traceload

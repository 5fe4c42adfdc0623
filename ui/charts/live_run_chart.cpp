#include "charts/live_run_chart.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "invoke/live_stats.h"

#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace traceload {

LiveRunChart::LiveRunChart(QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Live run"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    m_time = new QValueAxis;
    m_time->setTitleText(tr("Elapsed (s)"));
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_rate = new QValueAxis;
    m_rate->setTitleText(tr("Calls per second"));
    m_rate->setLabelFormat(QStringLiteral("%.0f"));
    m_latency = new QValueAxis;
    m_latency->setTitleText(tr("Latency (ms)"));
    m_latency->setLabelFormat(QStringLiteral("%.3g"));
    m_latency->setGridLineVisible(false); // one grid, the rate axis's
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    chart->addAxis(m_latency, Qt::AlignRight);

    const auto make = [&](Buffer& b, const QString& name, QValueAxis* y, Merge merge) {
        b.series = new QLineSeries;
        b.series->setName(name);
        b.series->setUseOpenGL(false);
        b.merge = merge;
        chart->addSeries(b.series);
        b.series->attachAxis(m_time);
        b.series->attachAxis(y);
    };
    make(m_issued, tr("issued/s"), m_rate, Merge::Average);
    make(m_completed, tr("completed/s"), m_rate, Merge::Average);
    make(m_p50, tr("p50 latency"), m_latency, Merge::Maximum);
    make(m_p99, tr("p99 latency"), m_latency, Merge::Maximum);
    applyTheme();
    updateAxes();
}

void LiveRunChart::setMaxPoints(int points)
{
    m_maxPoints = std::max(points, 16);
    for (Buffer* b : {&m_issued, &m_completed, &m_p50, &m_p99}) {
        while (b->points.size() > m_maxPoints)
            decimate(*b);
        b->series->replace(b->points);
    }
}

void LiveRunChart::clear()
{
    for (Buffer* b : {&m_issued, &m_completed, &m_p50, &m_p99}) {
        b->points.clear();
        b->series->clear();
    }
    updateAxes();
}

void LiveRunChart::addSnapshot(const LiveSnapshot& s)
{
    const double t = s.elapsedS;
    append(m_issued, {t, s.issueRate});
    append(m_completed, {t, s.completionRate});
    // A window without replies has no percentile: repeat nothing, leave a gap in time.
    if (s.latencyWindow.p50 >= 0)
        append(m_p50, {t, double(s.latencyWindow.p50) / 1e3});
    if (s.latencyWindow.p99 >= 0)
        append(m_p99, {t, double(s.latencyWindow.p99) / 1e3});
    for (Buffer* b : {&m_issued, &m_completed, &m_p50, &m_p99})
        b->series->replace(b->points);
    updateAxes();
}

void LiveRunChart::append(Buffer& buffer, QPointF point)
{
    buffer.points.append(point);
    if (buffer.points.size() > m_maxPoints)
        decimate(buffer);
}

void LiveRunChart::decimate(Buffer& buffer)
{
    // Merge pairs in the older part; the newest point stays as it is.
    QList<QPointF> merged;
    merged.reserve(buffer.points.size() / 2 + 1);
    const qsizetype n = buffer.points.size();
    qsizetype i = 0;
    for (; i + 1 < n - 1; i += 2) {
        const QPointF a = buffer.points[i];
        const QPointF b = buffer.points[i + 1];
        const double y =
            buffer.merge == Merge::Average ? (a.y() + b.y()) / 2 : std::max(a.y(), b.y());
        merged.append(QPointF(b.x(), y));
    }
    for (; i < n; ++i)
        merged.append(buffer.points[i]);
    buffer.points = std::move(merged);
}

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

// Range [0, top] with a round top and ticks every round interval; no "nice numbers"
// rounding that would double the range.
void setZeroBasedRange(QValueAxis* axis, double top, int ticks)
{
    const double interval = niceInterval(top, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, std::ceil(top / interval) * interval);
}

} // namespace

void LiveRunChart::updateAxes()
{
    double end = 10, rate = 10, latency = 1;
    for (const Buffer* b : {&m_issued, &m_completed})
        for (const QPointF& p : b->points) {
            end = std::max(end, p.x());
            rate = std::max(rate, p.y());
        }
    for (const Buffer* b : {&m_p50, &m_p99})
        for (const QPointF& p : b->points)
            latency = std::max(latency, p.y());
    setZeroBasedRange(m_time, end, 8);
    setZeroBasedRange(m_rate, rate * 1.1, 5);
    setZeroBasedRange(m_latency, latency * 1.1, 5);
}

void LiveRunChart::applyTheme()
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
    title.setPointSizeF(std::max(title.pointSizeF(), 11.0));
    chart()->setTitleFont(title);
    // The theme resets pens; keep one colour per meaning, as in the analysis figures.
    const std::pair<Buffer*, QColor> colors[] = {{&m_issued, QColor(0x1f77b4)},
                                                 {&m_completed, QColor(0x2ca02c)},
                                                 {&m_p50, QColor(0xff7f0e)},
                                                 {&m_p99, QColor(0xd62728)}};
    for (const auto& [buffer, color] : colors) {
        QPen pen(color, 2);
        if (buffer == &m_p50 || buffer == &m_p99)
            pen.setStyle(Qt::DashLine);
        buffer->series->setPen(pen);
    }
}

void LiveRunChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

QImage LiveRunChart::renderImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart()->backgroundBrush().color()); // solid, see applyTheme()
    const QRectF old = chart()->geometry();
    chart()->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart()->layout())
        chart()->layout()->activate();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                        QRectF(QPointF(0, 0), QSizeF(size)));
    }
    chart()->setGeometry(old);
    return image;
}

void LiveRunChart::savePng(const QString& path, QSize size)
{
    const QImage image = renderImage(size);
    writeFileAtomically(path, [&](QIODevice& device) {
        if (!image.save(&device, "PNG"))
            throw InputError(path, 0, {}, tr("cannot write the PNG image"));
    });
}

} // namespace traceload

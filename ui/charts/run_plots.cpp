#include "charts/run_plots.h"

#include "common/text.h"
#include "report/ecdf.h"
#include "report/run_series.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace traceload {

namespace {

QString timeLabel()
{
    return Text::tr("Time since the run started (s)");
}

QString perBucket(double bucketS)
{
    return bucketS == 1 ? Text::tr("per second") : Text::tr("per %1 s").arg(bucketS);
}

// Decade-aligned log range around the positive finite values of some plottables.
QCPRange logRangeOf(const QList<QCPGraph*>& graphs)
{
    bool found = false;
    QCPRange r(1, 10);
    for (QCPGraph* g : graphs) {
        bool ok = false;
        const QCPRange v = g->getValueRange(ok, QCP::sdPositive);
        if (!ok)
            continue;
        r = found ? QCPRange(std::min(r.lower, v.lower), std::max(r.upper, v.upper)) : v;
        found = true;
    }
    const double lo = std::pow(10.0, std::floor(std::log10(r.lower)));
    const double hi = std::pow(10.0, std::ceil(std::log10(r.upper) + 0.05));
    return QCPRange(lo, std::max(hi, lo * 10));
}

} // namespace

QString RunPlot::formatMs(double ms)
{
    if (!std::isfinite(ms))
        return QStringLiteral("–");
    if (ms < 1)
        return Text::tr("%1 ms").arg(ms, 0, 'f', 3);
    if (ms < 100)
        return Text::tr("%1 ms").arg(ms, 0, 'f', 1);
    return Text::tr("%1 ms").arg(std::llround(ms));
}

RunPlot::RunPlot(RunFigure kind, QWidget* parent)
    : Figure(parent), m_kind(kind), m_warmup(this, Text::tr("warm-up"), 18),
      m_drain(this, Text::tr("drain"), 10, false)
{
    legend->setVisible(true);
    setLegendCorner(kind == RunFigure::LatencyCdf ? (Qt::AlignBottom | Qt::AlignRight)
                                                  : (Qt::AlignTop | Qt::AlignRight));
    restyle();
}

void RunPlot::clear()
{
    for (const Line& line : m_lines)
        removePlottable(line.plottable);
    m_lines.clear();
    m_warmup.hide();
    m_drain.hide();
}

QCPGraph* RunPlot::addLine(const QString& name, const std::vector<double>& x,
                           const std::vector<double>& y, const QColor& color, double widthPt,
                           Qt::PenStyle style, double floor)
{
    auto* graph = new QCPGraph(xAxis, yAxis);
    graph->setName(name);
    QVector<double> keys(x.begin(), x.end());
    QVector<double> values;
    values.reserve(qsizetype(y.size()) + 1);
    for (double v : y)
        values << (floor > 0 && v < floor ? floor : v); // NaN stays NaN: a gap
    // A step line ends where its last bucket ends.
    if (m_stepEndS > 0 && !keys.isEmpty() && keys.back() < m_stepEndS) {
        keys << m_stepEndS;
        values << values.back();
    }
    graph->setData(keys, values, true);
    m_lines.push_back({graph, color, widthPt, style});
    return graph;
}

void RunPlot::setRun(const RunSeries& run)
{
    clear();
    const RunTimeline& t = run.timeline;
    m_stepEndS = m_kind == RunFigure::LatencyCdf || t.size() == 0 ? 0 : t.startS.back() + t.bucketS;
    switch (m_kind) {
    case RunFigure::LatencyCdf:
        showLatencyCdf(run);
        break;
    case RunFigure::LatencyPercentiles:
        showLatencyPercentiles(run);
        break;
    case RunFigure::Rates:
        showRates(run);
        break;
    case RunFigure::Lateness:
        showLateness(run);
        break;
    case RunFigure::ColdStarts:
        showColdStarts(run);
        break;
    }
    restyle();
}

void RunPlot::shadeWarmup(const RunSeries& run)
{
    if (!run.hasWarmup || run.measuredStartS <= 0)
        return;
    m_warmup.show(0, run.measuredStartS);
}

// After the last scheduled call the run only waits for replies; when that takes longer
// than a bucket, the stretch is marked so that it does not read as part of the replay.
void RunPlot::shadeDrain(const RunSeries& run, double endS)
{
    // From the end of the bucket that holds the last scheduled call.
    const double bucket = run.timeline.bucketS;
    const double start = (std::floor(run.lastScheduledS / bucket) + 1) * bucket;
    if (endS - start < bucket / 2)
        return;
    m_drain.show(start, endS);
}

void RunPlot::fitTimeAxis(const RunSeries& run)
{
    const RunTimeline& t = run.timeline;
    const double end = t.size() > 0 ? t.startS.back() + t.bucketS : 1;
    xAxis->setRange(0, end);
    xAxis->setLabel(timeLabel());
    shadeWarmup(run);
    shadeDrain(run, end);
}

void RunPlot::showLatencyCdf(const RunSeries& run)
{
    setTitle(Text::tr("Latency distribution (measured phase)"));
    makeLogAxis(xAxis);
    xAxis->setLabel(Text::tr("Latency (ms, log scale)"));
    yAxis->setLabel(Text::tr("Fraction of ok calls"));
    yAxis->setRange(0, 1.02);
    const auto add = [&](const std::vector<double>& values, const QString& what, const QColor& c) {
        std::vector<double> sorted(values);
        if (!std::is_sorted(sorted.begin(), sorted.end())) // sorted already when from a run
            std::sort(sorted.begin(), sorted.end());
        if (sorted.empty())
            return;
        const QString name = Text::tr("%1 (p50 %2, p99 %3)")
                                 .arg(what, formatMs(quantileOfSorted(sorted, 0.5)),
                                      formatMs(quantileOfSorted(sorted, 0.99)));
        Ecdf e = Ecdf::of(std::move(sorted));
        // Start the staircase from 0 at the smallest value.
        e.x.insert(e.x.begin(), e.x.front());
        e.y.insert(e.y.begin(), 0.0);
        addLine(name, e.x, e.y, c, 1.8, Qt::SolidLine, 0.001)->setLineStyle(QCPGraph::lsStepLeft);
    };
    add(run.latencyMs, Text::tr("service time: send → reply"), palette::blue());
    add(run.responseMs, Text::tr("response time: schedule → reply"), palette::orange());
    QList<QCPGraph*> graphs;
    for (const Line& l : m_lines)
        graphs << static_cast<QCPGraph*>(l.plottable);
    // The x axis carries the values: fit it from the keys.
    bool found = false;
    QCPRange r(0.1, 10);
    for (QCPGraph* g : graphs) {
        bool ok = false;
        const QCPRange k = g->getKeyRange(ok, QCP::sdPositive);
        if (ok) {
            r = found ? QCPRange(std::min(r.lower, k.lower), std::max(r.upper, k.upper)) : k;
            found = true;
        }
    }
    const QCPRange padded = paddedLogRange(r, 0.08);
    setLogRange(xAxis, padded.lower, padded.upper);
    setSubtitle(
        found ? Text::tr("%1 ok calls of %2 scheduled").arg(run.latencyMs.size()).arg(run.scheduled)
              : QString());
    setNoData(!found);
}

bool RunPlot::showLogSteps(const RunSeries& run, const QString& yLabel,
                           std::initializer_list<StepSeries> series,
                           const std::vector<double>& presence)
{
    makeLogAxis(yAxis);
    yAxis->setLabel(yLabel);
    QList<QCPGraph*> graphs;
    for (const StepSeries& s : series) {
        QCPGraph* g = addLine(s.name, run.timeline.startS, *s.valuesMs, s.color, s.widthPt,
                              Qt::SolidLine, 0.001);
        g->setLineStyle(QCPGraph::lsStepLeft);
        graphs << g;
    }
    const QCPRange range = logRangeOf(graphs);
    setLogRange(yAxis, range.lower, range.upper);
    fitTimeAxis(run);
    return std::any_of(presence.begin(), presence.end(), [](double v) { return std::isfinite(v); });
}

void RunPlot::showLatencyPercentiles(const RunSeries& run)
{
    setTitle(Text::tr("Latency over time (service time of ok calls)"));
    const RunTimeline& t = run.timeline;
    const bool any = showLogSteps(run, Text::tr("Latency (ms, log scale)"),
                                  {{Text::tr("p50"), &t.latencyP50Ms, palette::blue(), 1.8},
                                   {Text::tr("p90"), &t.latencyP90Ms, palette::orange(), 1.5},
                                   {Text::tr("p99"), &t.latencyP99Ms, palette::red(), 1.5}},
                                  t.latencyP50Ms);
    setSubtitle(any ? Text::tr("%1, by send time").arg(perBucket(t.bucketS)) : QString());
    setNoData(!any);
}

void RunPlot::showRates(const RunSeries& run)
{
    setTitle(Text::tr("Issued vs completed calls"));
    const RunTimeline& t = run.timeline;
    yAxis->setLabel(Text::tr("Calls per second"));
    yAxis->setNumberFormat(QStringLiteral("g"));
    double top = 1;
    for (const auto* v : {&t.issuedPerS, &t.completedPerS, &t.failedPerS})
        for (double x : *v)
            top = std::max(top, x);
    // The target is what the load asked for, bucket by bucket (by schedule time), not the
    // run's average rate.
    if (std::any_of(t.targetPerS.begin(), t.targetPerS.end(), [](double v) { return v > 0; })) {
        for (double x : t.targetPerS)
            top = std::max(top, x);
        addLine(Text::tr("target (the load)"), t.startS, t.targetPerS, palette::grey(), 1.2,
                Qt::DashLine)
            ->setLineStyle(QCPGraph::lsStepLeft);
    }
    addLine(Text::tr("issued"), t.startS, t.issuedPerS, palette::blue(), 1.8)
        ->setLineStyle(QCPGraph::lsStepLeft);
    addLine(Text::tr("completed ok"), t.startS, t.completedPerS, palette::green(), 1.6,
            Qt::SolidLine)
        ->setLineStyle(QCPGraph::lsStepLeft);
    if (run.errors + run.timeouts > 0)
        addLine(Text::tr("errors + timeouts"), t.startS, t.failedPerS, palette::red(), 1.4)
            ->setLineStyle(QCPGraph::lsStepLeft);
    yAxis->setRange(0, top * 1.3); // room for the legend above the lines
    fitTimeAxis(run);
    const bool any = run.scheduled - run.notSent > 0;
    setSubtitle(Text::tr("scheduled %1 · ok %2 · errors %3 · timeouts %4 · not sent %5")
                    .arg(run.scheduled)
                    .arg(run.ok)
                    .arg(run.errors)
                    .arg(run.timeouts)
                    .arg(run.notSent));
    setNoData(!any);
}

void RunPlot::showLateness(const RunSeries& run)
{
    setTitle(Text::tr("Lateness over time (send − schedule)"));
    const RunTimeline& t = run.timeline;
    const bool any =
        showLogSteps(run, Text::tr("Lateness (ms, log scale)"),
                     {{Text::tr("max"), &t.latenessMaxMs, QColor(0xaa, 0xaa, 0xaa), 1.0},
                      {Text::tr("p99"), &t.latenessP99Ms, palette::red(), 1.6},
                      {Text::tr("p50"), &t.latenessP50Ms, palette::blue(), 1.8}},
                     t.latenessP50Ms);
    setSubtitle(
        any ? Text::tr("%1, by schedule time; below 1 µs drawn at 1 µs").arg(perBucket(t.bucketS))
            : QString());
    setNoData(!any);
}

void RunPlot::showColdStarts(const RunSeries& run)
{
    setTitle(Text::tr("Cold starts over time"));
    const RunTimeline& t = run.timeline;
    yAxis->setLabel(t.bucketS == 1 ? Text::tr("Cold starts per second")
                                   : Text::tr("Cold starts per %1 s").arg(t.bucketS));
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    auto* bars = new QCPBars(xAxis, yAxis);
    bars->setName(Text::tr("cold replies"));
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(t.bucketS);
    QVector<double> keys, values;
    double top = 1;
    for (int i = 0; i < t.size(); ++i) {
        keys << t.startS[std::size_t(i)] + t.bucketS / 2;
        values << t.coldStarts[std::size_t(i)];
        top = std::max(top, t.coldStarts[std::size_t(i)]);
    }
    bars->setData(keys, values, true);
    m_lines.push_back({bars, palette::purple(), 0.4, Qt::SolidLine});
    useIntegerTicks(yAxis);
    yAxis->setRange(0, top * 1.15);
    fitTimeAxis(run);
    setSubtitle(run.coldKnown
                    ? Text::tr("%1 cold starts among %2 replies").arg(run.coldStarts).arg(run.ok)
                    : Text::tr("unknown: the endpoints do not report cold starts (only the "
                               "emulator does)"));
    setNoData(!run.coldKnown);
}

void RunPlot::restyle()
{
    Figure::restyle();
    m_warmup.setFont(font(10));
    m_drain.setFont(font(10));
    for (const Line& l : m_lines) {
        if (auto* bars = qobject_cast<QCPBars*>(l.plottable)) {
            bars->setBrush(l.color);
            bars->setPen(pen(l.color.darker(140), l.widthPt));
        } else {
            l.plottable->setPen(pen(l.color, l.widthPt, l.style));
        }
    }
}

} // namespace traceload

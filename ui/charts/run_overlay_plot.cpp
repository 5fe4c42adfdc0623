#include "charts/run_overlay_plot.h"

#include "charts/run_plots.h"
#include "report/ecdf.h"
#include "report/run_series.h"

#include <algorithm>
#include <cmath>

namespace traceload {

RunOverlayPlot::RunOverlayPlot(Kind kind, QWidget* parent) : Figure(parent), m_kind(kind)
{
    legend->setVisible(true);
    setLegendCorner(kind == Kind::LatencyCdf ? (Qt::AlignBottom | Qt::AlignRight)
                                             : (Qt::AlignTop | Qt::AlignRight));
    setRuns({});
}

QCPGraph* RunOverlayPlot::addLine(const QString& name, const QVector<double>& x,
                                  const QVector<double>& y, const QColor& color, Qt::PenStyle style)
{
    auto* graph = new QCPGraph(xAxis, yAxis);
    graph->setName(name);
    graph->setData(x, y, true);
    graph->setLineStyle(QCPGraph::lsStepLeft);
    m_lines.push_back({graph, color, style});
    return graph;
}

void RunOverlayPlot::setRuns(const std::vector<Run>& runs)
{
    for (const Line& l : m_lines)
        removePlottable(l.graph);
    m_lines.clear();
    bool any = false;
    if (m_kind == Kind::LatencyCdf) {
        setTitle(tr("Latency distributions compared (measured phase)"));
        makeLogAxis(xAxis);
        xAxis->setLabel(tr("Service time: send → reply (ms, log scale)"));
        yAxis->setLabel(tr("Fraction of ok calls"));
        yAxis->setRange(0, 1.02);
        QCPRange range(0.1, 10);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            std::vector<double> sorted(runs[i].series->latencyMs);
            std::sort(sorted.begin(), sorted.end());
            if (sorted.empty())
                continue;
            const QString name =
                tr("%1 (p50 %2, p99 %3)")
                    .arg(runs[i].label, RunPlot::formatMs(quantileOfSorted(sorted, 0.5)),
                         RunPlot::formatMs(quantileOfSorted(sorted, 0.99)));
            const Ecdf e = Ecdf::of(std::move(sorted));
            QVector<double> x{std::max(e.x.front(), 0.001)}, y{0.0};
            for (std::size_t k = 0; k < e.x.size(); ++k) {
                x << std::max(e.x[k], 0.001);
                y << e.y[k];
            }
            const QCPRange r(x.front(), x.back());
            range =
                any ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            any = true;
            addLine(name, x, y, palette::color(int(i)), Qt::SolidLine);
        }
        const QCPRange padded = paddedLogRange(range, 0.08);
        setLogRange(xAxis, padded.lower, padded.upper);
    } else {
        setTitle(tr("Rates compared"));
        xAxis->setLabel(tr("Time since the run started (s)"));
        yAxis->setLabel(tr("Calls per second"));
        double top = 1, end = 1;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const RunTimeline& t = runs[i].series->timeline;
            if (t.size() == 0)
                continue;
            any = true;
            QVector<double> x(t.startS.begin(), t.startS.end());
            x << t.startS.back() + t.bucketS;
            end = std::max(end, x.back());
            for (const auto& [values, what, style] :
                 {std::tuple{&t.issuedPerS, tr("issued"), Qt::SolidLine},
                  std::tuple{&t.completedPerS, tr("completed ok"), Qt::DashLine}}) {
                QVector<double> y(values->begin(), values->end());
                y << y.back();
                for (double v : y)
                    top = std::max(top, v);
                addLine(tr("%1: %2").arg(runs[i].label, what), x, y, palette::color(int(i)), style);
            }
        }
        xAxis->setRange(0, end);
        yAxis->setRange(0, top * 1.3);
    }
    QStringList labels;
    for (const Run& r : runs)
        labels << r.label;
    setSubtitle(labels.size() >= 2 ? labels.join(tr(" vs ")) : tr("open two runs to compare"));
    setNoData(!any);
    restyle();
    replot();
}

void RunOverlayPlot::restyle()
{
    Figure::restyle();
    for (const Line& l : m_lines)
        l.graph->setPen(pen(l.color, 1.8, l.style));
}

} // namespace traceload

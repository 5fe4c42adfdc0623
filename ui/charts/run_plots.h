#pragma once

#include "charts/figure.h"
#include "charts/phase_shade.h"

namespace traceload {

struct RunSeries;

// The charts of a finished run (from its folder, see RunFolderReader).
enum class RunFigure
{
    LatencyCdf,         // service and response time distributions (measured phase)
    LatencyPercentiles, // p50/p90/p99 of service time over time
    Rates,              // issued vs completed (and failed) calls per second over time
    Lateness,           // p50/p99/max of send - schedule over time
    ColdStarts,         // cold replies over time
};

// One of the run charts; the kind is fixed at construction, the data set by setRun().
// The warm-up phase and the drain (replies after the last scheduled call) are shaded on
// the time charts.
class RunPlot : public Figure
{
    Q_OBJECT

public:
    explicit RunPlot(RunFigure kind, QWidget* parent = nullptr);

    RunFigure kind() const { return m_kind; }
    void setRun(const RunSeries& run);

    // "0.42 ms", "12.3 ms", "1530 ms".
    static QString formatMs(double ms);

protected:
    void restyle() override;

private:
    struct Line
    {
        QCPAbstractPlottable* plottable;
        QColor color;
        double widthPt;
        Qt::PenStyle style;
    };

    void clear();
    QCPGraph* addLine(const QString& name, const std::vector<double>& x,
                      const std::vector<double>& y, const QColor& color, double widthPt = 1.6,
                      Qt::PenStyle style = Qt::SolidLine, double floor = -1);
    struct StepSeries
    {
        QString name;
        const std::vector<double>* valuesMs;
        QColor color;
        double widthPt;
    };
    // Millisecond series over the run's time as step lines on a log axis (values below
    // 1 µs drawn at 1 µs); returns whether `presence` has any finite value.
    bool showLogSteps(const RunSeries& run, const QString& yLabel,
                      std::initializer_list<StepSeries> series,
                      const std::vector<double>& presence);
    void shadeWarmup(const RunSeries& run);
    void shadeDrain(const RunSeries& run, double endS);
    void fitTimeAxis(const RunSeries& run);
    void showLatencyCdf(const RunSeries& run);
    void showLatencyPercentiles(const RunSeries& run);
    void showRates(const RunSeries& run);
    void showLateness(const RunSeries& run);
    void showColdStarts(const RunSeries& run);

    RunFigure m_kind;
    double m_stepEndS = 0; // time series: the end of the last bucket
    std::vector<Line> m_lines;
    PhaseShade m_warmup;
    PhaseShade m_drain;
};

} // namespace traceload

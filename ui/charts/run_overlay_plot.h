#pragma once

#include "charts/figure.h"

#include <vector>

namespace traceload {

struct RunSeries;

// Two (or more) runs drawn over each other: their latency distributions, or their issued
// and completed rates over the time since each run started. Each run has one colour; the
// legend names it by its label (the run folder's name).
class RunOverlayPlot : public Figure
{
    Q_OBJECT

public:
    enum class Kind
    {
        LatencyCdf,
        Rates
    };
    struct Run
    {
        QString label;
        const RunSeries* series = nullptr; // only read inside setRuns()
    };

    explicit RunOverlayPlot(Kind kind, QWidget* parent = nullptr);
    Kind kind() const { return m_kind; }
    void setRuns(const std::vector<Run>& runs);

protected:
    void restyle() override;

private:
    struct Line
    {
        QCPGraph* graph;
        QColor color;
        Qt::PenStyle style;
    };
    QCPGraph* addLine(const QString& name, const QVector<double>& x, const QVector<double>& y,
                      const QColor& color, Qt::PenStyle style);

    Kind m_kind;
    std::vector<Line> m_lines;
};

} // namespace traceload

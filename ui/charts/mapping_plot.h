#pragma once

#include "charts/figure.h"
#include "charts/scatter_plot.h"

#include <span>

namespace traceload {

struct FunctionPoints;

// Trace functions and proxies by memory and duration (log–log) with a line from every
// trace function to the proxy it is mapped to; proxies nobody uses are drawn faint.
class MappingScatterPlot : public ScatterPlot
{
    Q_OBJECT

public:
    explicit MappingScatterPlot(QWidget* parent = nullptr);

    // proxyOfTrace[i]: index into `proxies` of trace function i, -1 if unmapped.
    void setMapping(const FunctionPoints& trace, const FunctionPoints& proxies,
                    std::span<const int> proxyOfTrace);
    // Emphasises trace function `traceIndex`, its proxy and the line between them, above
    // everything else and named in the legend; -1 (or an unmapped function) clears.
    void setHighlight(int traceIndex);
    int highlight() const { return m_highlight; }

protected:
    void restyle() override;

private:
    QCPCurve* m_lines = nullptr;
    int m_lineCount = 0;
    // What setHighlight needs, kept from setMapping.
    std::vector<QPointF> m_tracePoints;
    std::vector<QPointF> m_proxyPoints;
    QStringList m_traceNames;
    QStringList m_proxyNames;
    std::vector<int> m_proxyOfTrace;
    int m_highlight = -1;
    QCPCurve* m_highlightLine = nullptr;
    QCPGraph* m_highlightEnds = nullptr;
};

// The distribution of mapping errors (distance in (ln MB, ln ms) between a trace
// function and its proxy) with the median and the 90th percentile marked.
class MappingErrorPlot : public Figure
{
    Q_OBJECT

public:
    explicit MappingErrorPlot(QWidget* parent = nullptr);

    void setErrors(std::span<const double> errors);

protected:
    void restyle() override;

private:
    QCPBars* m_bars = nullptr;
    QCPGraph* m_median = nullptr;
    QCPGraph* m_p90 = nullptr;
};

} // namespace traceload

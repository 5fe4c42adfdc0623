#pragma once

#include "charts/figure.h"
#include "charts/scatter_plot.h"

#include <span>

namespace traceload {

struct FunctionPoints;

// Trace functions and proxies by memory and duration (log–log) with a line from every
// trace function to the proxy it is mapped to; proxies nobody uses are drawn faint.
// Functions that fell back to a trace function (the proxy was off by more than the fallback
// tolerance) are drawn apart, as purple triangles without a line, under their own legend
// entry; a proxy only they would have had counts as unused.
class MappingScatterPlot : public ScatterPlot
{
    Q_OBJECT

public:
    explicit MappingScatterPlot(QWidget* parent = nullptr);

    // proxyOfTrace[i]: index into `proxies` of trace function i, -1 if unmapped;
    // fallbackOfTrace[i] (may be empty): non-zero when function i fell back.
    void setMapping(const FunctionPoints& trace, const FunctionPoints& proxies,
                    std::span<const int> proxyOfTrace, std::span<const char> fallbackOfTrace = {});
    int fallbackCount() const { return m_fallbackCount; }
    // Emphasises trace function `traceIndex`, its proxy and the line between them (a
    // function that fell back: its point alone), above everything else and named in the
    // legend; -1 (or an unmapped function) clears.
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
    std::vector<char> m_fallbackOfTrace;
    int m_fallbackCount = 0;
    int m_highlight = -1;
    QCPCurve* m_highlightLine = nullptr;
    QCPGraph* m_highlightEnds = nullptr;
};

// The distribution of mapping errors (distance in (ln MB, ln ms) between a trace
// function and its proxy) with the median and the 90th percentile marked. The functions
// that fell back to a trace function are stacked above the others in their own colour.
class MappingErrorPlot : public Figure
{
    Q_OBJECT

public:
    explicit MappingErrorPlot(QWidget* parent = nullptr);

    // fallback (may be empty): one flag per error, non-zero when that function fell back.
    void setErrors(std::span<const double> errors, std::span<const char> fallback = {});
    int fallbackCount() const { return m_fallbackCount; }

protected:
    void restyle() override;

private:
    QCPBars* m_bars = nullptr;
    QCPBars* m_fallbackBars = nullptr;
    int m_fallbackCount = 0;
    QCPGraph* m_median = nullptr;
    QCPGraph* m_p90 = nullptr;
};

} // namespace traceload

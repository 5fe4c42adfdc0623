#pragma once

#include <qcustomplot.h>

namespace traceload {

// Decade ticks for wide ranges; 1-2-5 (or every integer multiple) ticks for ranges of a
// decade or two, where decade ticks alone would leave one label or none.
class ReadableLogTicker : public QCPAxisTickerLog
{
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;

private:
    bool m_dense = false;
};

} // namespace traceload

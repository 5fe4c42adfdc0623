#pragma once

#include "run_summary.h"

#include <QString>
#include <optional>

namespace traceload {

// A pass/fail condition on a run's measured phase, written `metric.stat OP value[unit]`:
//   latency|response|lateness . p50|p90|p99|p999|max|mean   value in us, ms or s (no unit = us)
//   errors|timeouts|not_sent|cold_starts . rate|count        rate as a fraction or a percent
//   rate . achieved|ok|target                                calls per second
// OP is <, <=, > or >=. "errors" counts every measured invocation that is not ok (error,
// timeout, not sent); rates are over the measured scheduled invocations.
struct Threshold
{
    enum class Op
    {
        Less,
        LessEqual,
        Greater,
        GreaterEqual
    };

    QString expr;
    QString metric;
    QString stat;
    Op op = Op::Less;
    double limit = 0; // µs for times, a fraction for rates, calls/s for rate.*

    // Throws InputError (field "--threshold") naming the expression and what is wrong.
    static Threshold parse(const QString& expr);
};

struct ThresholdResult
{
    QString expr;
    std::optional<double> value; // nullopt: nothing to measure (e.g. no ok call)
    bool passed = false;
};

ThresholdResult evaluate(const Threshold& threshold, const RunSummary& summary);
std::vector<ThresholdResult> evaluate(const std::vector<Threshold>& thresholds,
                                      const RunSummary& summary);

} // namespace traceload

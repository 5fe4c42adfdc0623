#include "threshold.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace traceload {

namespace {

bool isTimeMetric(const QString& m)
{
    return m == u"latency" || m == u"response" || m == u"lateness";
}

bool isCountMetric(const QString& m)
{
    return m == u"errors" || m == u"timeouts" || m == u"not_sent" || m == u"cold_starts";
}

[[noreturn]] void fail(const QString& expr, const QString& why)
{
    throw InputError({}, 0, QStringLiteral("--threshold"), Text::tr("'%1': %2").arg(expr, why));
}

const PercentileSummary& percentilesOf(const QString& metric, const RunSummary& s)
{
    if (metric == u"latency")
        return s.latency;
    if (metric == u"response")
        return s.response;
    return s.lateness;
}

} // namespace

Threshold Threshold::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*([a-z_]+)\.([a-z0-9_]+)\s*(<=|>=|<|>)\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(us|µs|ms|s|%)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        fail(text, Text::tr("expected metric.stat<value, e.g. latency.p99<500ms or "
                            "errors.rate<0.01"));
    Threshold t;
    t.expr = text.trimmed();
    t.metric = m.captured(1);
    t.stat = m.captured(2);
    const QString op = m.captured(3);
    t.op = op == u"<"    ? Op::Less
           : op == u"<=" ? Op::LessEqual
           : op == u">"  ? Op::Greater
                         : Op::GreaterEqual;
    const double value = m.captured(4).toDouble();
    const QString unit = m.captured(5);
    if (isTimeMetric(t.metric)) {
        static const QStringList stats = {QStringLiteral("p50"), QStringLiteral("p90"),
                                          QStringLiteral("p99"), QStringLiteral("p999"),
                                          QStringLiteral("max"), QStringLiteral("mean")};
        if (!stats.contains(t.stat))
            fail(text, Text::tr("unknown statistic '%1' (use p50, p90, p99, p999, max or mean)")
                           .arg(t.stat));
        if (unit == u"%")
            fail(text, Text::tr("a time needs the unit us, ms or s"));
        t.limit = unit == u"ms" ? value * 1e3 : unit == u"s" ? value * 1e6 : value;
    } else if (isCountMetric(t.metric)) {
        if (t.stat == u"rate")
            t.limit = unit == u"%" ? value / 100.0 : value;
        else if (t.stat == u"count")
            t.limit = value;
        else
            fail(text, Text::tr("unknown statistic '%1' (use rate or count)").arg(t.stat));
        if (!unit.isEmpty() && unit != u"%")
            fail(text, Text::tr("'%1' takes no time unit").arg(t.metric));
        if (unit == u"%" && t.stat != u"rate")
            fail(text, Text::tr("only a rate can be a percentage"));
    } else if (t.metric == u"rate") {
        if (t.stat != u"achieved" && t.stat != u"ok" && t.stat != u"target")
            fail(text, Text::tr("unknown statistic '%1' (use achieved, ok or target)").arg(t.stat));
        if (!unit.isEmpty())
            fail(text, Text::tr("a rate is in calls per second, without a unit"));
        t.limit = value;
    } else {
        fail(text, Text::tr("unknown metric '%1' (use latency, response, lateness, errors, "
                            "timeouts, not_sent, cold_starts or rate)")
                       .arg(t.metric));
    }
    return t;
}

ThresholdResult evaluate(const Threshold& t, const RunSummary& s)
{
    ThresholdResult r;
    r.expr = t.expr;
    if (isTimeMetric(t.metric)) {
        const PercentileSummary& p = percentilesOf(t.metric, s);
        if (!p.isEmpty()) {
            r.value = t.stat == u"p50"    ? double(p.p50)
                      : t.stat == u"p90"  ? double(p.p90)
                      : t.stat == u"p99"  ? double(p.p99)
                      : t.stat == u"p999" ? double(p.p999)
                      : t.stat == u"max"  ? double(p.max)
                                          : p.mean;
        }
    } else if (isCountMetric(t.metric)) {
        const StatusCounts& c = s.measured;
        const double n = t.metric == u"errors"     ? double(c.failed())
                         : t.metric == u"timeouts" ? double(c.timeout)
                         : t.metric == u"not_sent" ? double(c.notSent)
                                                   : double(s.coldStartsMeasured);
        if (t.metric == u"cold_starts" && !s.coldStartsKnown)
            return r; // unknown: the endpoints do not say; not passed
        if (t.stat == u"count")
            r.value = n;
        else if (c.scheduled > 0)
            r.value = n / double(c.scheduled);
    } else {
        r.value = t.stat == u"achieved" ? s.achievedRate
                  : t.stat == u"ok"     ? s.okRate
                                        : s.targetRate;
    }
    if (!r.value)
        return r; // nothing measured: not passed
    const double v = *r.value;
    switch (t.op) {
    case Threshold::Op::Less:
        r.passed = v < t.limit;
        break;
    case Threshold::Op::LessEqual:
        r.passed = v <= t.limit;
        break;
    case Threshold::Op::Greater:
        r.passed = v > t.limit;
        break;
    case Threshold::Op::GreaterEqual:
        r.passed = v >= t.limit;
        break;
    }
    return r;
}

std::vector<ThresholdResult> evaluate(const std::vector<Threshold>& thresholds,
                                      const RunSummary& summary)
{
    std::vector<ThresholdResult> out;
    for (const Threshold& t : thresholds)
        out.push_back(evaluate(t, summary));
    return out;
}

} // namespace traceload

#include "run_report.h"

#include "common/input_error.h"
#include "common/json_input.h"
#include "common/text.h"

#include <QCoreApplication>

namespace traceload {

namespace {

using nlohmann::json;

class Reader
{
public:
    explicit Reader(QString path) : m_path(std::move(path)) {}

    const json* find(const json& object, const char* key) const
    {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }
    template <typename T> T number(const json& object, const char* key, const QString& at) const
    {
        const json* v = find(object, key);
        if (!v)
            return T{};
        if (!v->is_number())
            throw InputError(m_path, 0, at + u'.' + QLatin1String(key), Text::tr("not a number"));
        return v->get<T>();
    }
    const json& object(const json& parent, const char* key) const
    {
        static const json empty = json::object();
        const json* v = find(parent, key);
        if (!v)
            return empty;
        if (!v->is_object())
            throw InputError(m_path, 0, QLatin1String(key), Text::tr("not an object"));
        return *v;
    }
    StatusCounts counts(const json& parent, const char* key) const
    {
        const json& o = object(parent, key);
        const QString at = QLatin1String(key);
        StatusCounts c;
        c.scheduled = number<std::uint64_t>(o, "scheduled", at);
        c.ok = number<std::uint64_t>(o, "ok", at);
        c.error = number<std::uint64_t>(o, "error", at);
        c.timeout = number<std::uint64_t>(o, "timeout", at);
        c.notSent = number<std::uint64_t>(o, "not_sent", at);
        // Files from before --max-lateness have no late count.
        if (find(o, "not_sent_late"))
            c.notSentLate = number<std::uint64_t>(o, "not_sent_late", at);
        return c;
    }
    PercentileSummary percentiles(const json& parent, const char* key) const
    {
        const json& o = object(parent, key);
        const QString at = QLatin1String(key);
        PercentileSummary p;
        p.p50 = number<std::int64_t>(o, "p50", at);
        p.p90 = number<std::int64_t>(o, "p90", at);
        p.p99 = number<std::int64_t>(o, "p99", at);
        p.p999 = number<std::int64_t>(o, "p999", at);
        p.max = number<std::int64_t>(o, "max", at);
        p.min = number<std::int64_t>(o, "min", at);
        p.mean = number<double>(o, "mean", at);
        // Older files have no count: any value means there was one.
        p.count = find(o, "count") ? number<std::uint64_t>(o, "count", at)
                                   : std::uint64_t(find(o, "p50") ? 1 : 0);
        return p;
    }

private:
    QString m_path;
};

} // namespace

RunReport RunReport::of(const RunOutcome& outcome, const RunResult& result)
{
    RunReport r;
    r.summary = outcome.summary;
    r.verdicts = outcome.verdicts;
    r.cancelled = outcome.cancelled;
    r.speedup = result.options.speedup;
    r.startUnixUs = result.startUnixUs;
    r.wallS = double(result.wallUs) / 1e6;
    return r;
}

RunReport RunReport::read(const QString& summaryPath)
{
    const json doc = parseJsonInputUnordered(readInputFile(summaryPath), summaryPath);
    if (!doc.is_object())
        throw InputError(summaryPath, 1, {}, Text::tr("not a JSON object"));
    const Reader in(summaryPath);
    RunReport r;
    RunSummary& s = r.summary;
    s.all = in.counts(doc, "counts");
    s.measured = in.counts(doc, "measured");
    s.measuredWindowS = in.number<double>(doc, "measured_window_s", {});
    const json& rate = in.object(doc, "rate");
    s.targetRate = in.number<double>(rate, "target", QStringLiteral("rate"));
    s.achievedRate = in.number<double>(rate, "achieved", QStringLiteral("rate"));
    s.okRate = in.number<double>(rate, "ok", QStringLiteral("rate"));
    s.latency = in.percentiles(doc, "latency_us");
    s.response = in.percentiles(doc, "response_us");
    s.lateness = in.percentiles(doc, "lateness_us");
    const json& cold = in.object(doc, "cold_starts");
    s.coldStartsKnown = in.find(cold, "all") != nullptr; // null: unknown
    s.coldStarts = in.number<std::uint64_t>(cold, "all", QStringLiteral("cold_starts"));
    s.coldStartsMeasured =
        in.number<std::uint64_t>(cold, "measured", QStringLiteral("cold_starts"));
    s.instances = in.number<std::uint64_t>(doc, "instances", {});
    if (const json* t = in.find(doc, "thresholds"); t && t->is_array()) {
        for (const json& v : *t) {
            if (!v.is_object())
                continue;
            ThresholdResult verdict;
            if (const json* e = in.find(v, "expr"); e && e->is_string())
                verdict.expr = QString::fromStdString(e->get<std::string>());
            if (const json* value = in.find(v, "value"); value && value->is_number())
                verdict.value = value->get<double>();
            if (const json* passed = in.find(v, "passed"); passed && passed->is_boolean())
                verdict.passed = passed->get<bool>();
            r.verdicts.push_back(verdict);
        }
    }
    if (const json* c = in.find(doc, "cancelled"); c && c->is_boolean())
        r.cancelled = c->get<bool>();
    r.speedup = in.number<double>(doc, "speedup", {});
    if (r.speedup <= 0)
        r.speedup = 1;
    r.startUnixUs = in.number<std::int64_t>(doc, "start_unix_us", {});
    r.wallS = in.number<double>(doc, "wall_s", {});
    return r;
}

} // namespace traceload

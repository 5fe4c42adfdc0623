#include "run_summary.h"

#include <algorithm>
#include <map>

namespace traceload {

namespace {

void count(StatusCounts& c, const InvocationRecord& r)
{
    ++c.scheduled;
    switch (r.status) {
    case InvocationStatus::Ok:
        ++c.ok;
        break;
    case InvocationStatus::Error:
        ++c.error;
        break;
    case InvocationStatus::Timeout:
        ++c.timeout;
        break;
    case InvocationStatus::NotSent:
        ++c.notSent;
        c.notSentLate += r.notSentReason() == NotSentReason::Late;
        break;
    }
}

// Values grouped by second with a counting sort, then percentiles per group.
class PerSecond
{
public:
    explicit PerSecond(std::size_t seconds) : m_offsets(seconds + 1, 0) {}
    void countOne(std::size_t second) { ++m_offsets[second + 1]; }
    void finishCounting()
    {
        for (std::size_t i = 1; i < m_offsets.size(); ++i)
            m_offsets[i] += m_offsets[i - 1];
        m_values.resize(m_offsets.back());
        m_fill.assign(m_offsets.begin(), m_offsets.end() - 1);
    }
    void add(std::size_t second, std::int64_t value) { m_values[m_fill[second]++] = value; }
    std::int64_t percentile(std::size_t second, double p)
    {
        const auto begin = m_values.begin() + std::ptrdiff_t(m_offsets[second]);
        const auto end = m_values.begin() + std::ptrdiff_t(m_offsets[second + 1]);
        if (begin == end)
            return -1;
        const auto k = begin + std::ptrdiff_t(nearestRankIndex(std::size_t(end - begin), p));
        std::nth_element(begin, k, end);
        return *k;
    }

private:
    std::vector<std::size_t> m_offsets;
    std::vector<std::size_t> m_fill;
    std::vector<std::int64_t> m_values;
};

std::vector<ErrorGroup> errorGroups(const RunResult& result)
{
    std::map<int, ErrorGroup> byCode;
    for (const InvocationRecord& r : result.records) {
        if (r.status != InvocationStatus::Error && r.status != InvocationStatus::Timeout)
            continue;
        ErrorGroup& g = byCode[r.grpcCode];
        g.code = r.grpcCode;
        ++g.count;
        if (r.phase == InvocationPhase::Measured)
            ++g.measured;
    }
    std::vector<ErrorGroup> groups;
    for (auto& [code, group] : byCode) {
        if (const auto m = result.firstErrorMessage.find(code); m != result.firstErrorMessage.end())
            group.firstMessage = m->second;
        groups.push_back(std::move(group));
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const ErrorGroup& a, const ErrorGroup& b) { return a.count > b.count; });
    return groups;
}

} // namespace

RunSummary RunSummary::compute(const RunResult& result)
{
    RunSummary s;
    std::vector<std::int64_t> latency, response, lateness;
    std::int64_t lastUs = std::max<std::int64_t>(result.wallUs, result.scheduleEndUs);
    for (const InvocationRecord& r : result.records) {
        count(s.all, r);
        if (r.status == InvocationStatus::Ok && r.cold >= 0)
            s.coldStartsKnown = true;
        if (r.status == InvocationStatus::Ok && r.cold == 1)
            ++s.coldStarts;
        if (r.isCompleted())
            lastUs = std::max(lastUs, r.completedAtUs());
        s.sentVeryLate += r.isSent() && r.latenessUs() > kVeryLateUs;
        if (r.phase != InvocationPhase::Measured)
            continue;
        count(s.measured, r);
        if (r.isSent())
            lateness.push_back(r.latenessUs());
        if (r.status == InvocationStatus::Ok) {
            latency.push_back(r.latencyUs);
            response.push_back(r.responseUs());
            if (r.cold == 1)
                ++s.coldStartsMeasured;
        }
    }
    s.latency = summarizePercentiles(latency);
    s.response = summarizePercentiles(response);
    s.lateness = summarizePercentiles(lateness);
    s.instances = result.instances.empty() ? 0 : result.instances.size() - 1;
    s.errorsByCode = errorGroups(result);

    s.measuredWindowS = result.options.speedup > 0
                            ? double(result.options.durationSlots) * double(result.slotLengthUs) /
                                  result.options.speedup / 1e6
                            : 0;
    if (s.measuredWindowS > 0) {
        s.targetRate = double(s.measured.scheduled) / s.measuredWindowS;
        s.achievedRate = double(s.measured.scheduled - s.measured.notSent) / s.measuredWindowS;
        s.okRate = double(s.measured.ok) / s.measuredWindowS;
    }

    // Timeline, one point per started second of the run.
    const std::size_t seconds = std::size_t(std::max<std::int64_t>(0, lastUs) / 1'000'000) + 1;
    s.timeline.resize(seconds);
    for (std::size_t t = 0; t < seconds; ++t)
        s.timeline[t].tS = int(t);
    auto secondOf = [seconds](std::int64_t us) {
        return std::min(seconds - 1, std::size_t(std::max<std::int64_t>(0, us) / 1'000'000));
    };
    PerSecond okLatency(seconds), sentLateness(seconds);
    for (const InvocationRecord& r : result.records) {
        if (!r.isSent())
            continue;
        const std::size_t sent = secondOf(r.sentUs);
        s.peakIssueRate = std::max(s.peakIssueRate, ++s.timeline[sent].issued);
        sentLateness.countOne(sent);
        if (!r.isCompleted())
            continue;
        const std::size_t done = secondOf(r.completedAtUs());
        ++s.timeline[done].completed;
        if (r.status == InvocationStatus::Ok)
            okLatency.countOne(done);
        else
            ++s.timeline[done].errors;
    }
    okLatency.finishCounting();
    sentLateness.finishCounting();
    for (const InvocationRecord& r : result.records) {
        if (!r.isSent())
            continue;
        sentLateness.add(secondOf(r.sentUs), r.latenessUs());
        if (r.status == InvocationStatus::Ok)
            okLatency.add(secondOf(r.completedAtUs()), r.latencyUs);
    }
    for (std::size_t t = 0; t < seconds; ++t) {
        s.timeline[t].p50Us = okLatency.percentile(t, 50);
        s.timeline[t].p99Us = okLatency.percentile(t, 99);
        s.timeline[t].latenessP99Us = sentLateness.percentile(t, 99);
    }
    return s;
}

} // namespace traceload

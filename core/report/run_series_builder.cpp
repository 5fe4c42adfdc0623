#include "run_series_builder.h"

#include "ecdf.h"

#include <algorithm>
#include <cmath>

namespace traceload {

namespace {

double quantileInPlace(std::vector<double>& v, double q)
{
    std::sort(v.begin(), v.end());
    return quantileOfSorted(v, q);
}

void buildTimeline(RunSeries& s, const std::vector<RunRow>& rows)
{
    double end = 0;
    for (const RunRow& r : rows) {
        end = std::max(end, r.scheduledS);
        if (r.sentS >= 0)
            end = std::max(end, r.sentS + std::max(0.0, double(r.latencyMs) / 1e3));
    }
    RunTimeline& t = s.timeline;
    t.bucketS = timelineBucketS(end);
    const int buckets = std::max(1, int(std::floor(end / t.bucketS)) + 1);
    const auto bucketOf = [&](double seconds) {
        return std::clamp(int(std::floor(seconds / t.bucketS)), 0, buckets - 1);
    };
    const double nan = std::nan("");
    t.startS.resize(std::size_t(buckets));
    for (int i = 0; i < buckets; ++i)
        t.startS[std::size_t(i)] = i * t.bucketS;
    for (auto* v : {&t.targetPerS, &t.issuedPerS, &t.completedPerS, &t.failedPerS, &t.coldStarts})
        v->assign(std::size_t(buckets), 0.0);
    for (auto* v : {&t.latencyP50Ms, &t.latencyP90Ms, &t.latencyP99Ms, &t.latenessP50Ms,
                    &t.latenessP99Ms, &t.latenessMaxMs})
        v->assign(std::size_t(buckets), nan);

    const auto bucketCount = std::size_t(buckets);
    std::vector<std::vector<double>> latency(bucketCount), lateness(bucketCount);
    for (const RunRow& r : rows) {
        t.targetPerS[std::size_t(bucketOf(r.scheduledS))] += 1;
        s.lastScheduledS = std::max(s.lastScheduledS, r.scheduledS);
        if (r.sentS < 0)
            continue;
        const auto sentBucket = std::size_t(bucketOf(r.sentS));
        t.issuedPerS[sentBucket] += 1;
        if (r.cold == 1)
            t.coldStarts[sentBucket] += 1;
        lateness[std::size_t(bucketOf(r.scheduledS))].push_back(r.latenessMs);
        if (r.status == InvocationStatus::Ok) {
            t.completedPerS[std::size_t(bucketOf(r.sentS + r.latencyMs / 1e3))] += 1;
            latency[sentBucket].push_back(r.latencyMs);
        } else if (r.status == InvocationStatus::Error || r.status == InvocationStatus::Timeout) {
            t.failedPerS[sentBucket] += 1;
        }
    }
    for (std::size_t i = 0; i < std::size_t(buckets); ++i) {
        t.targetPerS[i] /= t.bucketS;
        t.issuedPerS[i] /= t.bucketS;
        t.completedPerS[i] /= t.bucketS;
        t.failedPerS[i] /= t.bucketS;
        if (!latency[i].empty()) {
            t.latencyP50Ms[i] = quantileInPlace(latency[i], 0.50);
            t.latencyP90Ms[i] = quantileOfSorted(latency[i], 0.90);
            t.latencyP99Ms[i] = quantileOfSorted(latency[i], 0.99);
        }
        if (!lateness[i].empty()) {
            t.latenessP50Ms[i] = quantileInPlace(lateness[i], 0.50);
            t.latenessP99Ms[i] = quantileOfSorted(lateness[i], 0.99);
            t.latenessMaxMs[i] = lateness[i].back();
        }
    }
}

} // namespace

RunRow RunRow::of(InvocationStatus status, bool measured, std::int64_t scheduledUs,
                  std::optional<std::int64_t> sentUs, std::optional<std::int64_t> latenessUs,
                  std::optional<std::int64_t> latencyUs, std::optional<std::int64_t> responseUs,
                  std::int8_t cold)
{
    RunRow r;
    r.status = status;
    r.measured = measured;
    r.cold = cold;
    r.scheduledS = double(scheduledUs) / 1e6;
    if (sentUs && status != InvocationStatus::NotSent) {
        r.sentS = double(*sentUs) / 1e6;
        r.latenessMs = float(
            double(latenessUs ? *latenessUs : std::max<std::int64_t>(0, *sentUs - scheduledUs)) /
            1e3);
    }
    if (status == InvocationStatus::Ok && latencyUs && sentUs) {
        r.latencyMs = float(double(*latencyUs) / 1e3);
        r.responseMs =
            float(double(responseUs ? *responseUs : *sentUs + *latencyUs - scheduledUs) / 1e3);
    }
    return r;
}

void RunSeriesBuilder::add(const RunRow& r)
{
    RunSeries& s = m_series;
    m_rows.push_back(r);
    ++s.scheduled;
    switch (r.status) {
    case InvocationStatus::Ok:
        ++s.ok;
        break;
    case InvocationStatus::Error:
        ++s.errors;
        break;
    case InvocationStatus::Timeout:
        ++s.timeouts;
        break;
    case InvocationStatus::NotSent:
        ++s.notSent;
        break;
    }
    if (r.cold >= 0)
        s.coldKnown = true;
    if (r.cold == 1)
        ++s.coldStarts;
    if (!r.measured) {
        s.hasWarmup = true;
        return;
    }
    m_firstMeasuredS = std::min(m_firstMeasuredS, r.scheduledS);
    if (r.status == InvocationStatus::Ok) {
        s.latencyMs.push_back(r.latencyMs);
        s.responseMs.push_back(r.responseMs);
    }
}

RunSeries RunSeriesBuilder::finish(const QString& folder, double targetRatePerS)
{
    RunSeries s = std::move(m_series);
    // Sorted here, off the GUI thread, so that the CDF figure need not sort 10^5 values.
    std::sort(s.latencyMs.begin(), s.latencyMs.end());
    std::sort(s.responseMs.begin(), s.responseMs.end());
    s.folder = folder;
    s.targetRatePerS = targetRatePerS;
    s.measuredStartS = std::isfinite(m_firstMeasuredS) ? m_firstMeasuredS : 0;
    buildTimeline(s, m_rows);
    m_series = {};
    m_rows.clear();
    m_firstMeasuredS = HUGE_VAL;
    return s;
}

} // namespace traceload

#include "sample_search.h"

#include "common/text.h"
#include "load/random_stream.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace traceload {

namespace {

// invitro's RES_NORM_FACTOR_AZURE2019: brings resources near invocations in scale.
constexpr double kResourceNorm = 1000.0 * 10 * 100;

} // namespace

SampleSearch::SampleSearch(const Trace& trace, const SampleOptions& options, const JobControl& job)
    : m_trace(trace), m_options(options), m_job(job), m_count(trace.functions.size()),
      m_minutes(trace.slotCount), m_totals(m_count), m_resources(m_count), m_weights(m_count)
{
    for (std::size_t f = 0; f < m_count; ++f) {
        const TraceFunction& function = trace.functions[f];
        m_weights[f] = resourcePerInvocation(function) / kResourceNorm;
        m_totals[f] = std::accumulate(function.invocations.begin(), function.invocations.end(),
                                      std::uint64_t(0));
        m_resources[f] = double(m_totals[f]) * m_weights[f];
        m_traceTotal += m_totals[f];
    }
    m_byRate.resize(m_count);
    std::iota(m_byRate.begin(), m_byRate.end(), std::size_t(0));
    std::sort(m_byRate.begin(), m_byRate.end(), [this](std::size_t a, std::size_t b) {
        return std::tie(m_totals[a], m_resources[a], a) < std::tie(m_totals[b], m_resources[b], b);
    });
    m_rank.resize(m_count);
    for (std::size_t r = 0; r < m_count; ++r)
        m_rank[m_byRate[r]] = r;
    job.progress(Text::tr("Sampling: per-minute distributions"), 0.0);
    m_counts.reserve(m_count);
    for (const TraceFunction& function : trace.functions)
        m_counts.push_back(&function.invocations);
    m_ones.assign(m_count, 1.0);
    m_invocations = std::make_unique<MinuteColumns>(m_counts, m_ones, m_minutes);
    job.checkCancelled();
    m_resourceColumns = std::make_unique<MinuteColumns>(m_counts, m_weights, m_minutes);
    job.checkCancelled();
}

SampleResult SampleSearch::run(int size, const std::vector<std::size_t>& fixed, double fraction0,
                               double fraction1)
{
    SampleResult result;
    result.size = size;
    std::vector<std::vector<std::size_t>> draws;
    for (int t = 0; t < m_options.trials; ++t) {
        draws.push_back(randomDraw(size, t));
        result.randomDraws.push_back(distanceOf(draws.back()));
        m_job.checkCancelled();
    }
    m_job.progress(Text::tr("Sampling %1 functions").arg(size),
                   fraction0 + (fraction1 - fraction0) * 0.3);
    m_members = stratifiedStart(size, fixed);
    result.stratified = distanceOf(m_members);
    // The search starts from the closer of the stratified start and the best random draw
    // (on heavy-tailed traces a lucky draw can be closer); a sweep's larger samples must
    // keep the smaller one, so they start stratified.
    if (fixed.empty() && !draws.empty()) {
        const auto best = std::size_t(&result.bestRandom() - result.randomDraws.data());
        if (result.randomDraws[best].average() < result.stratified.average()) {
            m_members = draws[best];
            m_inSample.assign(m_count, false);
            for (const std::size_t f : m_members)
                m_inSample[f] = true;
            result.startDraw = int(best);
        }
    }
    m_invocations->setSample(m_members);
    m_resourceColumns->setSample(m_members);
    m_fixedCount = fixed.size(); // fixed members come first in m_members
    // First into the invocation tolerance at the least cost in distance, then swaps that
    // only lower the distance and keep the tolerance.
    result.swaps = repairInvocations(size);
    result.swaps += improve(size);
    std::sort(m_members.begin(), m_members.end());
    result.members = m_members;
    result.distance = currentDistance();
    result.invocationRatio = ratioOf(sumOf(m_members), size);
    return result;
}

std::vector<std::size_t> SampleSearch::randomDraw(int size, int trial) const
{
    RandomStream random(m_options.seed, std::uint64_t(size),
                        streamTag(kRandomDraw, std::uint64_t(trial)));
    std::vector<std::size_t> all(m_count);
    std::iota(all.begin(), all.end(), std::size_t(0));
    for (std::size_t i = 0; i < std::size_t(size); ++i)
        std::swap(all[i], all[i + random.nextBelow(m_count - i)]);
    all.resize(std::size_t(size));
    return all;
}

std::vector<std::size_t> SampleSearch::stratifiedStart(int size,
                                                       const std::vector<std::size_t>& fixed)
{
    std::vector<bool> occupied(std::size_t(size), false);
    for (const std::size_t f : fixed) {
        const std::size_t stratum =
            std::size_t((unsigned __int128)(m_rank[f]) * std::size_t(size) / m_count);
        occupied[std::min(stratum, std::size_t(size) - 1)] = true;
    }
    std::vector<std::size_t> empty;
    for (std::size_t i = 0; i < occupied.size(); ++i) {
        if (!occupied[i])
            empty.push_back(i);
    }
    // More empty strata than new members (fixed ones sharing strata): fill a random,
    // seeded choice of them.
    const std::size_t needed = std::size_t(size) - fixed.size();
    RandomStream pick(m_options.seed, std::uint64_t(size), streamTag(kEmptyStrata));
    for (std::size_t i = 0; i < needed; ++i)
        std::swap(empty[i], empty[i + pick.nextBelow(empty.size() - i)]);
    empty.resize(needed);
    std::sort(empty.begin(), empty.end());

    std::vector<bool> taken(m_count, false);
    for (const std::size_t f : fixed)
        taken[f] = true;
    std::vector<std::size_t> members = fixed;
    RandomStream offset(m_options.seed, std::uint64_t(size), streamTag(kStratifiedOffset));
    const double start = offset.nextDouble();
    constexpr double kGolden = 0.6180339887498949;
    std::vector<std::size_t> stratum;
    for (const std::size_t i : empty) {
        stratum.clear();
        for (std::size_t r = stratumStart(i, size); r < stratumStart(i + 1, size); ++r) {
            if (!taken[m_byRate[r]])
                stratum.push_back(m_byRate[r]);
        }
        if (stratum.empty())
            continue; // cannot happen: a stratum with no free function is occupied
        std::sort(stratum.begin(), stratum.end(), [this](std::size_t a, std::size_t b) {
            return std::tie(m_resources[a], a) < std::tie(m_resources[b], b);
        });
        const double u = std::fmod(start + double(i) * kGolden, 1.0);
        const std::size_t chosen =
            stratum[std::min(stratum.size() - 1, std::size_t(u * double(stratum.size())))];
        taken[chosen] = true;
        members.push_back(chosen);
    }
    m_inSample = std::move(taken);
    return members;
}

void SampleSearch::swapMember(std::size_t position, std::size_t in)
{
    const std::size_t out = m_members[position];
    m_invocations->applySwap(out, in);
    m_resourceColumns->applySwap(out, in);
    m_inSample[out] = false;
    m_inSample[in] = true;
    m_members[position] = in;
}

} // namespace traceload

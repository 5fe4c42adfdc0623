#include "common/parallel_map.h"
#include "load/random_stream.h"
#include "sample_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace traceload {

int SampleSearch::improve(int size)
{
    if (m_fixedCount >= m_members.size() || std::size_t(size) >= m_count)
        return 0;
    constexpr std::size_t kBatch = 32;
    const std::size_t width = std::max<std::size_t>(1, m_count / std::size_t(size));
    std::uint64_t sampleTotal = sumOf(m_members);
    int accepted = 0;
    const double threshold = -1e-9 * 2.0 * std::max(1, m_minutes);
    std::vector<Trial> batch;
    for (int round = 0; round < m_options.swapRounds; ++round) {
        RandomStream random(m_options.seed, std::uint64_t(size),
                            streamTag(kSwapCandidates, std::uint64_t(round)));
        for (std::size_t first = m_fixedCount; first < m_members.size(); first += kBatch) {
            batch.clear();
            for (std::size_t p = first; p < std::min(first + kBatch, m_members.size()); ++p)
                batch.push_back({p, drawCandidates(m_members[p], width, random)});
            parallelMap(batch, [this](Trial& trial) {
                if (trial.candidates.empty())
                    return;
                const std::size_t out = m_members[trial.position];
                const auto invocations = m_invocations->positionsOf(out);
                const auto resources = m_resourceColumns->positionsOf(out);
                for (Candidate& c : trial.candidates)
                    c.delta = m_invocations->swapDelta(invocations, c.in) +
                              m_resourceColumns->swapDelta(resources, c.in);
            });
            bool changed = false;
            for (Trial& trial : batch) {
                const std::size_t out = m_members[trial.position];
                const double oldRatio = ratioOf(sampleTotal, size);
                const Candidate* best = nullptr;
                for (Candidate& c : trial.candidates) {
                    if (c.delta >= threshold || m_inSample[c.in])
                        continue;
                    if (changed)
                        c.delta = swapDelta(out, c.in);
                    const double ratio =
                        ratioOf(sampleTotal - m_totals[out] + m_totals[c.in], size);
                    const bool ratioOk =
                        withinTolerance(ratio) || std::abs(ratio - 1.0) < std::abs(oldRatio - 1.0);
                    if (ratioOk && c.delta < threshold && (!best || c.delta < best->delta))
                        best = &c;
                }
                if (best) {
                    swapMember(trial.position, best->in);
                    sampleTotal = sampleTotal - m_totals[out] + m_totals[best->in];
                    changed = true;
                    ++accepted;
                }
            }
            m_job.checkCancelled();
        }
    }
    return accepted;
}

std::vector<SampleSearch::Candidate>
SampleSearch::drawCandidates(std::size_t out, std::size_t width, RandomStream& random) const
{
    std::vector<Candidate> candidates;
    for (int c = 0; c < m_options.candidatesPerMember; ++c) {
        const bool anywhere = c + 1 == m_options.candidatesPerMember;
        const std::int64_t shift =
            std::int64_t(random.nextBelow(4 * width + 1)) - std::int64_t(2 * width);
        const std::int64_t rank =
            anywhere ? std::int64_t(random.nextBelow(m_count)) : std::int64_t(m_rank[out]) + shift;
        if (rank < 0 || rank >= std::int64_t(m_count))
            continue;
        const std::size_t in = m_byRate[std::size_t(rank)];
        if (!m_inSample[in])
            candidates.push_back({in, 0.0});
    }
    return candidates;
}

int SampleSearch::repairInvocations(int size)
{
    constexpr std::size_t kPerMember = 4;
    int swaps = 0;
    std::uint64_t sampleTotal = sumOf(m_members);
    const double target = double(m_traceTotal) * double(size) / double(m_count);
    std::vector<Trial> trials;
    while (!withinTolerance(ratioOf(sampleTotal, size))) {
        trials.clear();
        const auto rankAt = [this](double total) {
            return std::size_t(std::lower_bound(m_byRate.begin(), m_byRate.end(), total,
                                                [this](std::size_t f, double value) {
                                                    return double(m_totals[f]) < value;
                                                }) -
                               m_byRate.begin());
        };
        for (std::size_t p = m_fixedCount; p < m_members.size(); ++p) {
            const double rest = double(sampleTotal) - double(m_totals[m_members[p]]);
            const std::size_t lo = rankAt(target * (1 - m_options.invocationTolerance) - rest);
            const std::size_t hi =
                rankAt(std::nextafter(target * (1 + m_options.invocationTolerance) - rest,
                                      std::numeric_limits<double>::infinity()));
            Trial trial{p, {}};
            for (std::size_t i = 0; lo < hi && i < kPerMember; ++i) {
                std::size_t r = lo + (hi - lo) * (2 * i + 1) / (2 * kPerMember);
                while (r < hi && m_inSample[m_byRate[r]])
                    ++r;
                if (r < hi &&
                    (trial.candidates.empty() || trial.candidates.back().in != m_byRate[r]))
                    trial.candidates.push_back({m_byRate[r], 0.0});
            }
            if (!trial.candidates.empty())
                trials.push_back(std::move(trial));
        }
        if (trials.empty())
            return swaps + closestRepair(size, sampleTotal);
        parallelMap(trials, [this](Trial& trial) {
            for (Candidate& c : trial.candidates)
                c.delta = swapDelta(m_members[trial.position], c.in);
        });
        const Trial* bestTrial = nullptr;
        const Candidate* best = nullptr;
        for (const Trial& trial : trials) {
            for (const Candidate& c : trial.candidates) {
                if (!best || c.delta < best->delta) {
                    best = &c;
                    bestTrial = &trial;
                }
            }
        }
        const std::size_t out = m_members[bestTrial->position];
        sampleTotal = sampleTotal - m_totals[out] + m_totals[best->in];
        swapMember(bestTrial->position, best->in);
        ++swaps;
        m_job.checkCancelled();
    }
    return swaps;
}

int SampleSearch::closestRepair(int size, std::uint64_t sampleTotal)
{
    int swaps = 0;
    while (!withinTolerance(ratioOf(sampleTotal, size))) {
        const double target = double(m_traceTotal) * double(size) / double(m_count);
        const double need = target - double(sampleTotal); // add this much
        double bestGap = std::abs(need);
        std::size_t bestPosition = 0;
        std::size_t bestIn = m_count;
        for (std::size_t p = m_fixedCount; p < m_members.size(); ++p) {
            const std::size_t out = m_members[p];
            // The free function whose total is closest to out's total + need.
            const double want = double(m_totals[out]) + need;
            auto it = std::lower_bound(
                m_byRate.begin(), m_byRate.end(), want,
                [this](std::size_t f, double value) { return double(m_totals[f]) < value; });
            // The nearest free function at or above want, and below it.
            auto up = it;
            while (up != m_byRate.end() && m_inSample[*up])
                ++up;
            auto down = it;
            while (down != m_byRate.begin() && m_inSample[*std::prev(down)])
                --down;
            for (const auto probe :
                 {up, down == m_byRate.begin() ? m_byRate.end() : std::prev(down)}) {
                if (probe == m_byRate.end())
                    continue;
                const double gap = std::abs(want - double(m_totals[*probe]));
                if (gap < bestGap) {
                    bestGap = gap;
                    bestPosition = p;
                    bestIn = *probe;
                }
            }
        }
        if (bestIn == m_count)
            break;
        const std::size_t out = m_members[bestPosition];
        sampleTotal = sampleTotal - m_totals[out] + m_totals[bestIn];
        swapMember(bestPosition, bestIn);
        ++swaps;
        m_job.checkCancelled();
    }
    return swaps;
}

} // namespace traceload

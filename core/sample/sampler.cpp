#include "sampler.h"

#include "common/input_error.h"
#include "common/text.h"
#include "load/random_stream.h"
#include "minute_columns.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace traceload {

namespace {

// invitro's RES_NORM_FACTOR_AZURE2019: brings resources near invocations in scale.
constexpr double kResourceNorm = 1000.0 * 10 * 100;

// Purposes of the random streams, so each draws independently of the others: the purpose
// in the high 32 bits, the round or trial in the low ones (no two ever share a tag).
enum StreamTag : std::uint64_t
{
    kStratifiedOffset = 1,
    kEmptyStrata = 2,
    kSwapCandidates = 3,
    kRandomDraw = 4
};

std::uint64_t streamTag(StreamTag purpose, std::uint64_t index = 0)
{
    return (std::uint64_t(purpose) << 32) | (index & 0xffffffffULL);
}

double averageOr(double average, const PercentileMap& map)
{
    if (std::isfinite(average))
        return average;
    return percentileValue(map, 50).value_or(0.0);
}

class SampleSearch
{
public:
    SampleSearch(const Trace& trace, const SampleOptions& options, const JobControl& job)
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
            return std::tie(m_totals[a], m_resources[a], a) <
                   std::tie(m_totals[b], m_resources[b], b);
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

    SampleResult run(int size, const std::vector<std::size_t>& fixed, double fraction0,
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

private:
    // The distances of any sample, and of the one the columns hold (after setSample and swaps).
    SampleDistance distanceOf(const std::vector<std::size_t>& members) const
    {
        const double minutes = std::max(1, m_minutes);
        return {m_invocations->distanceSum(members) / minutes,
                m_resourceColumns->distanceSum(members) / minutes};
    }
    SampleDistance currentDistance() const
    {
        const double minutes = std::max(1, m_minutes);
        return {m_invocations->distanceSum() / minutes, m_resourceColumns->distanceSum() / minutes};
    }

    std::uint64_t sumOf(const std::vector<std::size_t>& members) const
    {
        std::uint64_t sum = 0;
        for (const std::size_t f : members)
            sum += m_totals[f];
        return sum;
    }

    double ratioOf(std::uint64_t sampleTotal, int size) const
    {
        if (m_traceTotal == 0)
            return 1.0;
        return double(sampleTotal) * double(m_count) / double(size) / double(m_traceTotal);
    }

    std::vector<std::size_t> randomDraw(int size, int trial) const
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

    // Stratum i of size strata: ranks [i*A/size, (i+1)*A/size) of the rate order.
    std::size_t stratumStart(std::size_t i, int size) const
    {
        return std::size_t((unsigned __int128)(i)*m_count / std::size_t(size));
    }

    std::vector<std::size_t> stratifiedStart(int size, const std::vector<std::size_t>& fixed)
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

    bool withinTolerance(double ratio) const
    {
        return std::abs(ratio - 1.0) <= m_options.invocationTolerance;
    }

    struct Candidate
    {
        std::size_t in = 0;
        double delta = 0;
    };

    // One member's trial swaps within a batch.
    struct Trial
    {
        std::size_t position = 0;
        std::vector<Candidate> candidates;
    };

    double swapDelta(std::size_t out, std::size_t in) const
    {
        return m_invocations->swapDelta(out, in) + m_resourceColumns->swapDelta(out, in);
    }

    // Rounds over the movable members; each tries swaps with functions of nearby rate rank
    // and takes the one lowering the distance most, keeping the invocation tolerance (or
    // approaching it when outside). The candidates of a batch of kBatch members are judged
    // in one parallel pass (few synchronisations, which cost most on a busy machine); a
    // member whose batch already accepted a swap re-judges its promising candidates against
    // the current sample before taking one, so every accepted swap lowers the distance.
    int improve(int size)
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
                QtConcurrent::blockingMap(batch, [this](Trial& trial) {
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
                        const bool ratioOk = withinTolerance(ratio) ||
                                             std::abs(ratio - 1.0) < std::abs(oldRatio - 1.0);
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

    // Mostly functions of similar rate (rank within 2 x width of out's); the last candidate
    // from anywhere, so that a member can also move to another rate class. Functions in the
    // sample are left out.
    std::vector<Candidate> drawCandidates(std::size_t out, std::size_t width,
                                          RandomStream& random) const
    {
        std::vector<Candidate> candidates;
        for (int c = 0; c < m_options.candidatesPerMember; ++c) {
            const bool anywhere = c + 1 == m_options.candidatesPerMember;
            const std::int64_t shift =
                std::int64_t(random.nextBelow(4 * width + 1)) - std::int64_t(2 * width);
            const std::int64_t rank = anywhere ? std::int64_t(random.nextBelow(m_count))
                                               : std::int64_t(m_rank[out]) + shift;
            if (rank < 0 || rank >= std::int64_t(m_count))
                continue;
            const std::size_t in = m_byRate[std::size_t(rank)];
            if (!m_inSample[in])
                candidates.push_back({in, 0.0});
        }
        return candidates;
    }

    void swapMember(std::size_t position, std::size_t in)
    {
        const std::size_t out = m_members[position];
        m_invocations->applySwap(out, in);
        m_resourceColumns->applySwap(out, in);
        m_inSample[out] = false;
        m_inSample[in] = true;
        m_members[position] = in;
    }

    // Brings the scaled-up invocations within the tolerance: of the swaps that would (for
    // every movable member, up to kPerMember free functions spread over the totals that
    // land inside), the one that raises the distance least, until within. When no single
    // swap lands inside, the one that comes closest.
    int repairInvocations(int size)
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
            QtConcurrent::blockingMap(trials, [this](Trial& trial) {
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

    // No single swap lands within the tolerance: swaps that each move the total closest to
    // the trace's, until within or none helps.
    int closestRepair(int size, std::uint64_t sampleTotal)
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

    const Trace& m_trace;
    const SampleOptions& m_options;
    const JobControl& m_job;
    std::size_t m_count;
    int m_minutes;
    std::vector<std::uint64_t> m_totals;
    std::vector<double> m_resources;
    std::vector<double> m_weights; // resources per invocation, normalised
    std::vector<double> m_ones;    // the invocations' weights
    std::vector<const std::vector<std::uint32_t>*> m_counts;
    std::uint64_t m_traceTotal = 0;
    std::vector<std::size_t> m_byRate; // function indices by (total, resources, index)
    std::vector<std::size_t> m_rank;   // position of each function in m_byRate
    std::unique_ptr<MinuteColumns> m_invocations;
    std::unique_ptr<MinuteColumns> m_resourceColumns;
    std::vector<std::size_t> m_members;
    std::vector<bool> m_inSample;
    std::size_t m_fixedCount = 0;
};

} // namespace

double resourcePerInvocation(const TraceFunction& function)
{
    return averageOr(function.durationAverageMs, function.durationMs) *
           averageOr(function.memoryAverageMb, function.memoryMb);
}

const SampleDistance& SampleResult::bestRandom() const
{
    static const SampleDistance none;
    const auto it = std::min_element(
        randomDraws.begin(), randomDraws.end(),
        [](const SampleDistance& a, const SampleDistance& b) { return a.average() < b.average(); });
    return it == randomDraws.end() ? none : *it;
}

double SampleResult::medianRandom() const
{
    std::vector<double> averages;
    for (const SampleDistance& d : randomDraws)
        averages.push_back(d.average());
    if (averages.empty())
        return 0;
    std::sort(averages.begin(), averages.end());
    const std::size_t mid = averages.size() / 2;
    return averages.size() % 2 ? averages[mid] : (averages[mid - 1] + averages[mid]) / 2;
}

std::vector<SampleResult> Sampler::sample(const Trace& trace, const SampleOptions& options,
                                          const JobControl& job)
{
    const std::size_t count = trace.functions.size();
    int previous = 0;
    for (const int size : options.sizes) {
        if (size < 1 || std::size_t(size) > count) {
            throw InputError(trace.directory, 0, {},
                             Text::tr("a sample of %1 functions is not possible from a trace "
                                      "of %2 functions")
                                 .arg(size)
                                 .arg(count));
        }
        if (size <= previous)
            throw InputError(
                Text::tr("sample sizes must ascend (%1 after %2)").arg(size).arg(previous));
        previous = size;
    }
    SampleSearch search(trace, options, job);
    std::vector<SampleResult> results;
    std::vector<std::size_t> fixed;
    const double steps = double(options.sizes.size());
    for (std::size_t i = 0; i < options.sizes.size(); ++i) {
        results.push_back(
            search.run(options.sizes[i], fixed, double(i) / steps, double(i + 1) / steps));
        fixed = results.back().members;
    }
    job.progress(Text::tr("Sampling"), 1.0);
    return results;
}

} // namespace traceload

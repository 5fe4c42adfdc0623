#pragma once
// The search behind Sampler::sample (internal to core/sample): its state over one trace, the
// starts (sample_search.cpp) and the swaps (sample_swaps.cpp).

#include "common/job_control.h"
#include "load/random_stream.h"
#include "minute_columns.h"
#include "sampler.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace traceload {

class SampleSearch
{
public:
    SampleSearch(const Trace& trace, const SampleOptions& options, const JobControl& job);

    SampleResult run(int size, const std::vector<std::size_t>& fixed, double fraction0,
                     double fraction1);

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

    std::vector<std::size_t> randomDraw(int size, int trial) const;

    // Stratum i of size strata: ranks [i*A/size, (i+1)*A/size) of the rate order.
    std::size_t stratumStart(std::size_t i, int size) const
    {
        return std::size_t((unsigned __int128)(i)*m_count / std::size_t(size));
    }

    std::vector<std::size_t> stratifiedStart(int size, const std::vector<std::size_t>& fixed);

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
    int improve(int size);

    // Mostly functions of similar rate (rank within 2 x width of out's); the last candidate
    // from anywhere, so that a member can also move to another rate class. Functions in the
    // sample are left out.
    std::vector<Candidate> drawCandidates(std::size_t out, std::size_t width,
                                          RandomStream& random) const;

    void swapMember(std::size_t position, std::size_t in);

    // Brings the scaled-up invocations within the tolerance: of the swaps that would (for
    // every movable member, up to kPerMember free functions spread over the totals that
    // land inside), the one that raises the distance least, until within. When no single
    // swap lands inside, the one that comes closest.
    int repairInvocations(int size);

    // No single swap lands within the tolerance: swaps that each move the total closest to
    // the trace's, until within or none helps.
    int closestRepair(int size, std::uint64_t sampleTotal);

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

    // Purposes of the random streams, so each draws independently of the others: the
    // purpose in the high 32 bits, the round or trial in the low ones (no two share a tag).
    enum StreamTag : std::uint64_t
    {
        kStratifiedOffset = 1,
        kEmptyStrata = 2,
        kSwapCandidates = 3,
        kRandomDraw = 4
    };
    static std::uint64_t streamTag(StreamTag purpose, std::uint64_t index = 0)
    {
        return (std::uint64_t(purpose) << 32) | (index & 0xffffffffULL);
    }
};

} // namespace traceload

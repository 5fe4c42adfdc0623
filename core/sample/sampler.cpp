#include "sampler.h"

#include "common/input_error.h"
#include "common/text.h"
#include "sample_search.h"

#include <algorithm>
#include <cmath>

namespace traceload {

namespace {

double averageOr(double average, const PercentileMap& map)
{
    if (std::isfinite(average))
        return average;
    return percentileValue(map, 50).value_or(0.0);
}

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

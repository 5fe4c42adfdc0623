#include "sample_output.h"

#include "common/input_error.h"
#include "common/text.h"
#include "trace_subset_writer.h"

#include <QDir>
#include <QIODevice>
#include <nlohmann/json.hpp>

namespace traceload {

namespace {

nlohmann::ordered_json distanceJson(const SampleDistance& d)
{
    return {{"invocations", d.invocations}, {"resources", d.resources}, {"average", d.average()}};
}

QByteArray reportJson(const SampleResult& sample, const SampleOptions& options)
{
    nlohmann::ordered_json draws = nlohmann::ordered_json::array();
    for (const SampleDistance& d : sample.randomDraws)
        draws.push_back(distanceJson(d));
    const nlohmann::ordered_json j = {
        {"functions", sample.size},
        {"seed", options.seed},
        {"criterion", "mean over minutes of the 1-Wasserstein distance of per-minute "
                      "invocations and of resources (invocations x mean duration ms x mean "
                      "memory MB / 1e6)"},
        {"distance", distanceJson(sample.distance)},
        {"stratified_start", distanceJson(sample.stratified)},
        {"start", sample.startDraw < 0 ? nlohmann::ordered_json("stratified")
                                       : nlohmann::ordered_json(sample.startDraw)},
        {"swaps", sample.swaps},
        {"random",
         {{"trials", sample.randomDraws.size()},
          {"best", distanceJson(sample.bestRandom())},
          {"median_average", sample.medianRandom()},
          {"draws", draws}}},
        {"invocation_ratio", sample.invocationRatio}};
    return QByteArray::fromStdString(j.dump(2) + '\n');
}

} // namespace

QString sampleFolder(const std::vector<SampleResult>& samples, std::size_t index,
                     const QString& directory)
{
    if (samples.size() == 1)
        return directory;
    return directory + u'/' + QString::number(samples[index].size);
}

void writeSamples(const Trace& trace, const std::vector<SampleResult>& samples,
                  const SampleOptions& options, const QString& directory)
{
    std::vector<FileWriter> writers;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const QString folder = sampleFolder(samples, i, directory);
        if (!QDir().mkpath(folder))
            throw InputError(folder, 0, {}, Text::tr("cannot create the folder"));
        for (FileWriter& w : traceSubsetWriters(trace, samples[i].members, folder))
            writers.push_back(std::move(w));
        const QByteArray report = reportJson(samples[i], options);
        writers.emplace_back(folder + QStringLiteral("/sample.json"),
                             [report](QIODevice& device) { device.write(report); });
    }
    writeFilesAtomically(writers);
}

} // namespace traceload

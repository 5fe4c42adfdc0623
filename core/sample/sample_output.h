#pragma once

#include "sampler.h"

#include <QString>

namespace traceload {

// Writes samples as trace folders every command reads, plus sample.json (the distances of
// the sample, of its stratified start and of the random draws, the invocation ratio, the
// seed): one sample into directory itself, several (a sweep) into directory/<size>/ each.
// Folders are created as needed; all files are written atomically together (on failure
// none of them changes). Throws InputError naming the path that cannot be written.
void writeSamples(const Trace& trace, const std::vector<SampleResult>& samples,
                  const SampleOptions& options, const QString& directory);

// The folder writeSamples writes samples[index] into.
QString sampleFolder(const std::vector<SampleResult>& samples, std::size_t index,
                     const QString& directory);

} // namespace traceload

#pragma once

#include "invoke/run_result.h"
#include "run_summary.h"
#include "threshold.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace traceload {

// The run folder: the seed's latency file, invocations.csv and summary.json, each written
// atomically (nothing partial at the target if anything fails).
class ResultWriter
{
public:
    struct Paths
    {
        QString latency;     // <outDir>/rps_<latf>
        QString invocations; // <outDir>/invocations.csv
        QString summary;     // <outDir>/summary.json
    };

    // outDir "" = the working directory. The seed names its latency file "rps_" + -latf;
    // when latf has folders, the prefix goes on its file name.
    static Paths paths(const QString& outDir, const QString& latf);

    // One latency in µs per line, in completion order, measured phase, ok calls only
    // (every completed call with RunOptions::latencyOfAllCalls, as the seed).
    static void writeLatencyFile(const QString& path, const RunResult& result);
    // Header + one row per record in schedule order (columns: see README, "Run folder").
    static void writeInvocations(const QString& path, const RunResult& result);
    static nlohmann::json summaryJson(const RunResult& result, const RunSummary& summary,
                                      const std::vector<ThresholdResult>& thresholds);
    static void writeSummary(const QString& path, const RunResult& result,
                             const RunSummary& summary,
                             const std::vector<ThresholdResult>& thresholds);

    // The three files above, replaced together: none of them changes unless all three
    // could be written in full.
    static void writeRunFolder(const Paths& paths, const RunResult& result,
                               const RunSummary& summary,
                               const std::vector<ThresholdResult>& thresholds);

    static const char* grpcCodeName(int code);
};

} // namespace traceload

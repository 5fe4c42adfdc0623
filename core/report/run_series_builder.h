#pragma once

#include "invoke/invocation_record.h"
#include "run_series.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace traceload {

// One invocation as the run charts see it, kept small (a run may have millions).
struct RunRow
{
    double scheduledS = 0;
    double sentS = -1;    // < 0: not sent
    float latencyMs = -1; // < 0: none
    float responseMs = -1;
    float latenessMs = 0;
    InvocationStatus status = InvocationStatus::NotSent;
    bool measured = false;
    std::int8_t cold = -1;

    // From the microsecond values as invocations.csv holds them (nullopt = empty field or
    // negative). Lateness and response time are derived when absent. An ok call must have
    // sentUs and latencyUs.
    static RunRow of(InvocationStatus status, bool measured, std::int64_t scheduledUs,
                     std::optional<std::int64_t> sentUs, std::optional<std::int64_t> latenessUs,
                     std::optional<std::int64_t> latencyUs, std::optional<std::int64_t> responseUs,
                     std::int8_t cold);
};

// Gathers a run's rows, from a run folder or from memory, into the RunSeries the charts
// draw; both sources go through here, so that they draw the same figures.
class RunSeriesBuilder
{
public:
    void reserve(std::size_t rows) { m_rows.reserve(rows); }
    void add(const RunRow& row);
    // targetRatePerS: summary.json's rate.target (-1 if unknown).
    RunSeries finish(const QString& folder, double targetRatePerS);

private:
    RunSeries m_series;
    std::vector<RunRow> m_rows;
    double m_firstMeasuredS = HUGE_VAL;
};

} // namespace traceload

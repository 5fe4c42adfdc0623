#pragma once

#include "common/percentile_map.h"
#include "trace_file_set.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace traceload {

// Length of one column of invocations.csv.
enum class Granularity
{
    Minute,
    Second
};

inline std::int64_t slotLengthUs(Granularity g)
{
    return g == Granularity::Minute ? 60'000'000 : 1'000'000;
}

// One function of an Azure Functions 2019 trace, joined over the three CSV files.
struct TraceFunction
{
    QString id; // HashOwner + HashApp + HashFunction, the join key
    QString owner;
    QString app;
    QString function;
    QString trigger;
    PercentileMap durationMs; // from durations.csv percentile_Average_N
    PercentileMap memoryMb;   // from memory.csv AverageAllocatedMb_pctN (per app in the raw form)
    // durations.csv Average and memory.csv AverageAllocatedMb; NaN when the file has no such
    // column. The raw per-application memory is attributed like memoryMb.
    double durationAverageMs = std::numeric_limits<double>::quiet_NaN();
    double memoryAverageMb = std::numeric_limits<double>::quiet_NaN();
    // Invocations per slot, for the slots kept by TraceReadOptions (index 0 = first kept slot).
    std::vector<std::uint32_t> invocations;
    qint64 line = 0; // its row in invocations.csv (1-based), 0 when not read from a file
};

// A row that was skipped, or a function that is not in every file.
struct TraceIssue
{
    QString file;    // file name, e.g. "memory.csv"
    qint64 line = 0; // 1-based line in that file, 0 when not about a line
    QString column;  // header name of the offending column, empty when not about one
    QString functionId;
    QString reason;

    // "memory.csv:7: AverageAllocatedMb_pct50: not a number: 'x'" (the column when known).
    QString toString() const;
};

// How the raw per-application memory file's values become a function's memory.
enum class AppMemoryRule
{
    Split, // divided evenly among the application's functions in the trace (as invitro does)
    Copy   // each of the application's functions gets the application's value
};

// "split" / "copy", the names of the flag and the workspace file; nullopt for other names.
QString appMemoryRuleName(AppMemoryRule rule);
std::optional<AppMemoryRule> appMemoryRuleFromName(const QString& name);

struct TraceReport
{
    qint64 rowsRead = 0;                 // data rows seen over all three files
    std::vector<TraceIssue> skippedRows; // malformed rows that were skipped
    // In some files but not all (file: the files lacking it): not in Trace::functions.
    std::vector<TraceIssue> incompleteFunctions;
    bool memoryPerApplication = false; // memory.csv was the raw per-app (12-column) form
    AppMemoryRule appMemoryRule = AppMemoryRule::Split; // applied when memoryPerApplication
};

struct Trace
{
    QString directory;
    TraceFileSet files; // the names read (pre-cut or a release day)
    Granularity granularity = Granularity::Minute;
    int totalSlots = 0;                   // slot columns in invocations.csv
    int firstSlot = 0;                    // index of the first kept slot among them
    int slotCount = 0;                    // slots kept (size of every TraceFunction::invocations)
    QStringList slotLabels;               // header labels of the kept slots ("540", ...)
    std::vector<TraceFunction> functions; // in invocations.csv order
    TraceReport report;

    std::uint64_t totalInvocations() const;
};

} // namespace traceload

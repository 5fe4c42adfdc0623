#include "trace_subset_writer.h"

#include <QIODevice>
#include <charconv>
#include <cmath>

namespace traceload {

namespace {

void appendNumber(QByteArray& out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

// A CSV field, quoted when it holds a separator, a quote or a line break.
void appendField(QByteArray& out, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        QByteArray quoted = bytes;
        quoted.replace("\"", "\"\"");
        out += '"' + quoted + '"';
    } else {
        out += bytes;
    }
}

void appendId(QByteArray& out, const TraceFunction& f)
{
    appendField(out, f.owner);
    out += ',';
    appendField(out, f.app);
    out += ',';
    appendField(out, f.function);
}

bool allFinite(const Trace& trace, const std::vector<std::size_t>& members,
               double TraceFunction::*field)
{
    for (const std::size_t m : members) {
        if (!std::isfinite(trace.functions[m].*field))
            return false;
    }
    return true;
}

// durations.csv or memory.csv: id, optional average, then the percentile columns.
std::function<void(QIODevice&)>
percentileFile(const Trace& trace, const std::vector<std::size_t>& members,
               PercentileMap TraceFunction::*map, double TraceFunction::*average,
               const QByteArray& averageName, const QByteArray& prefix)
{
    return [&trace, &members, map, average, averageName, prefix](QIODevice& device) {
        const bool withAverage = allFinite(trace, members, average);
        QByteArray out = "HashOwner,HashApp,HashFunction";
        if (withAverage)
            out += ',' + averageName;
        if (!members.empty()) {
            for (const auto& entry : trace.functions[members.front()].*map)
                out += ',' + prefix + QByteArray::number(entry.first);
        }
        out += '\n';
        for (const std::size_t m : members) {
            const TraceFunction& f = trace.functions[m];
            appendId(out, f);
            if (withAverage) {
                out += ',';
                appendNumber(out, f.*average);
            }
            for (const auto& entry : f.*map) {
                out += ',';
                appendNumber(out, entry.second);
            }
            out += '\n';
            if (out.size() > (1 << 20)) {
                device.write(out);
                out.clear();
            }
        }
        device.write(out);
    };
}

} // namespace

std::vector<FileWriter> traceSubsetWriters(const Trace& trace,
                                           const std::vector<std::size_t>& members,
                                           const QString& directory)
{
    std::vector<FileWriter> writers;
    writers.emplace_back(directory + QStringLiteral("/invocations.csv"),
                         [&trace, &members](QIODevice& device) {
                             QByteArray out = "HashOwner,HashApp,HashFunction,Trigger";
                             for (const QString& label : trace.slotLabels)
                                 out += ',' + label.toUtf8();
                             out += '\n';
                             for (const std::size_t m : members) {
                                 const TraceFunction& f = trace.functions[m];
                                 appendId(out, f);
                                 out += ',';
                                 appendField(out, f.trigger);
                                 for (const std::uint32_t n : f.invocations)
                                     out += ',' + QByteArray::number(n);
                                 out += '\n';
                                 if (out.size() > (1 << 20)) {
                                     device.write(out);
                                     out.clear();
                                 }
                             }
                             device.write(out);
                         });
    writers.emplace_back(directory + QStringLiteral("/durations.csv"),
                         percentileFile(trace, members, &TraceFunction::durationMs,
                                        &TraceFunction::durationAverageMs, "Average",
                                        "percentile_Average_"));
    writers.emplace_back(directory + QStringLiteral("/memory.csv"),
                         percentileFile(trace, members, &TraceFunction::memoryMb,
                                        &TraceFunction::memoryAverageMb, "AverageAllocatedMb",
                                        "AverageAllocatedMb_pct"));
    return writers;
}

} // namespace traceload

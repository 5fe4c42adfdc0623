#include "result_writer.h"

#include "common/atomic_file.h"
#include "common/csv_field.h"
#include "common/input_error.h"

#include <QDir>
#include <QFileInfo>
#include <charconv>
#include <nlohmann/json.hpp>

namespace traceload {

namespace {

// Buffered text output for files of millions of lines.
class LineBuffer
{
public:
    LineBuffer(QIODevice& device, QString path) : m_device(device), m_path(std::move(path))
    {
        m_buffer.reserve(kChunk + 4096);
    }
    ~LineBuffer() = default;

    void append(std::string_view text) { m_buffer.append(text); }
    void append(char c) { m_buffer.push_back(c); }
    void appendInt(std::int64_t v)
    {
        char digits[24];
        const auto res = std::to_chars(digits, digits + sizeof digits, v);
        m_buffer.append(digits, std::size_t(res.ptr - digits));
    }
    void appendField(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        appendCsvField(m_buffer, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    void endLine()
    {
        m_buffer.push_back('\n');
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void flush()
    {
        if (m_buffer.empty())
            return;
        writeAll(m_device, m_buffer.data(), qint64(m_buffer.size()), m_path);
        m_buffer.clear();
    }

private:
    static constexpr std::size_t kChunk = 1 << 20;
    QIODevice& m_device;
    QString m_path;
    std::string m_buffer;
};

nlohmann::json percentilesJson(const PercentileSummary& p)
{
    if (p.isEmpty())
        return {{"count", 0},      {"p50", nullptr}, {"p90", nullptr}, {"p99", nullptr},
                {"p999", nullptr}, {"max", nullptr}, {"min", nullptr}, {"mean", nullptr}};
    return {{"count", p.count}, {"p50", p.p50}, {"p90", p.p90}, {"p99", p.p99},
            {"p999", p.p999},   {"max", p.max}, {"min", p.min}, {"mean", p.mean}};
}

nlohmann::json countsJson(const StatusCounts& c)
{
    return {{"scheduled", c.scheduled}, {"ok", c.ok},
            {"error", c.error},         {"timeout", c.timeout},
            {"not_sent", c.notSent},    {"not_sent_late", c.notSentLate}};
}

} // namespace

ResultWriter::Paths ResultWriter::paths(const QString& outDir, const QString& latf)
{
    const QDir dir(outDir.isEmpty() ? QDir::currentPath() : outDir);
    const QFileInfo latInfo(latf);
    const QString latName = QStringLiteral("rps_") + latInfo.fileName();
    const QString latPath = latf.contains(u'/')
                                ? dir.filePath(QFileInfo(latf).path() + u'/' + latName)
                                : dir.filePath(latName);
    return {QDir::cleanPath(latPath), dir.filePath(QStringLiteral("invocations.csv")),
            dir.filePath(QStringLiteral("summary.json"))};
}

namespace {

void writeLatencies(QIODevice& out, const QString& path, const RunResult& result)
{
    LineBuffer buffer(out, path);
    for (const std::uint32_t index : result.completionOrder) {
        const InvocationRecord& r = result.records[index];
        if (r.phase != InvocationPhase::Measured || !r.isCompleted())
            continue;
        if (r.status != InvocationStatus::Ok && !result.options.latencyOfAllCalls)
            continue;
        buffer.appendInt(r.latencyUs);
        buffer.endLine();
    }
    buffer.flush();
}

void writeInvocationRows(QIODevice& out, const QString& path, const RunResult& result)
{
    LineBuffer b(out, path);
    b.append("slot,phase,endpoint,scheduled_us,sent_us,lateness_us,latency_us,response_us,"
             "status,grpc_code,cold,instance,not_sent_reason");
    b.endLine();
    for (const InvocationRecord& r : result.records) {
        b.appendInt(r.slot);
        b.append(r.phase == InvocationPhase::Measured ? ",measured," : ",warmup,");
        b.appendField(result.endpoints[r.endpoint]);
        b.append(',');
        b.appendInt(r.scheduledUs);
        b.append(',');
        if (r.isSent()) {
            b.appendInt(r.sentUs);
            b.append(',');
            b.appendInt(r.latenessUs());
        } else {
            b.append(',');
        }
        b.append(',');
        if (r.status == InvocationStatus::Ok) {
            b.appendInt(r.latencyUs);
            b.append(',');
            b.appendInt(r.responseUs());
        } else {
            b.append(',');
        }
        b.append(',');
        b.append(toString(r.status).toStdString());
        b.append(',');
        if (r.isSent() && r.isCompleted())
            b.appendInt(r.grpcCode);
        b.append(',');
        if (r.cold >= 0)
            b.append(r.cold ? "true" : "false");
        b.append(',');
        if (r.instance > 0)
            b.appendField(result.instances[r.instance]);
        b.append(',');
        if (r.status == InvocationStatus::NotSent)
            b.append(toString(r.notSentReason()).toStdString());
        b.endLine();
    }
    b.flush();
}

QByteArray summaryText(const nlohmann::json& summary)
{
    const std::string text = summary.dump(2) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

void ResultWriter::writeLatencyFile(const QString& path, const RunResult& result)
{
    writeFileAtomically(path, [&](QIODevice& out) { writeLatencies(out, path, result); });
}

void ResultWriter::writeInvocations(const QString& path, const RunResult& result)
{
    writeFileAtomically(path, [&](QIODevice& out) { writeInvocationRows(out, path, result); });
}

nlohmann::json ResultWriter::summaryJson(const RunResult& result, const RunSummary& s,
                                         const std::vector<ThresholdResult>& thresholds)
{
    using nlohmann::json;
    const RunOptions& o = result.options;
    json j;
    j["version"] = TRACELOAD_VERSION;
    j["inputs"] = {{"load",
                    {{"path", result.inputs.loadPath.toStdString()},
                     {"sha256", result.inputs.loadSha256.toStdString()}}},
                   {"seed", result.inputs.seed ? json(*result.inputs.seed) : json(nullptr)}};
    j["seed"] = result.inputs.seed ? json(*result.inputs.seed) : json(nullptr);
    j["speedup"] = o.speedup;
    j["execution_time_scale"] = o.executionScale;
    j["latency_file_calls"] = o.latencyOfAllCalls ? "all" : "ok";
    j["options"] = {{"warmup_slots", o.warmupSlots},
                    {"duration_slots", o.durationSlots},
                    {"slot_length_us", result.slotLengthUs},
                    {"grpc_timeout_ms", o.grpcTimeout.count()},
                    {"port", o.port},
                    {"connect_to", o.connectTo.toStdString()},
                    {"channels_per_target", o.channelsPerTarget},
                    {"completion_threads", o.completionThreads},
                    {"transport", toString(result.transport).toStdString()},
                    {"sender_threads", result.senderThreads},
                    {"spin_us", o.spin.count()},
                    {"send_slack_us", o.sendSlack.count()},
                    {"max_lateness_ms", o.maxLateness.count()}};
    j["start_unix_us"] = result.startUnixUs;
    j["wall_s"] = double(result.wallUs) / 1e6;
    j["schedule_s"] = double(result.scheduleEndUs) / 1e6;
    j["measured_window_s"] = s.measuredWindowS;
    j["cancelled"] = result.cancelled;
    j["endpoints"] = result.endpoints.size();
    j["channels"] = {{"count", result.channelCount},
                     {"connected_before_start", result.connectedChannels}};
    j["counts"] = countsJson(s.all);
    j["measured"] = countsJson(s.measured);
    j["rate"] = {{"target", s.targetRate}, {"achieved", s.achievedRate}, {"ok", s.okRate}};
    j["latency_us"] = percentilesJson(s.latency);
    j["response_us"] = percentilesJson(s.response);
    j["lateness_us"] = percentilesJson(s.lateness);
    // null: unknown (no reply said cold or warm), which is not 0.
    j["cold_starts"] = {
        {"all", s.coldStartsKnown ? json(s.coldStarts) : json(nullptr)},
        {"measured", s.coldStartsKnown ? json(s.coldStartsMeasured) : json(nullptr)}};
    j["instances"] = s.instances;
    json errors = json::object();
    for (const ErrorGroup& g : s.errorsByCode)
        errors[grpcCodeName(g.code)] = {{"code", g.code},
                                        {"count", g.count},
                                        {"measured", g.measured},
                                        {"first_message", g.firstMessage.toStdString()}};
    j["errors"] = errors;
    json th = json::array();
    for (const ThresholdResult& t : thresholds)
        th.push_back({{"expr", t.expr.toStdString()},
                      {"value", t.value ? json(*t.value) : json(nullptr)},
                      {"passed", t.passed}});
    j["thresholds"] = th;
    json timeline = json::array();
    auto orNull = [](std::int64_t v) {
        return v < 0 ? json(nullptr) : json(v);
    };
    for (const TimelinePoint& p : s.timeline)
        timeline.push_back({{"t_s", p.tS},
                            {"issued", p.issued},
                            {"completed", p.completed},
                            {"errors", p.errors},
                            {"p50_us", orNull(p.p50Us)},
                            {"p99_us", orNull(p.p99Us)},
                            {"lateness_p99_us", orNull(p.latenessP99Us)}});
    j["timeline"] = timeline;
    return j;
}

void ResultWriter::writeSummary(const QString& path, const RunResult& result,
                                const RunSummary& summary,
                                const std::vector<ThresholdResult>& thresholds)
{
    writeFileAtomically(path, summaryText(summaryJson(result, summary, thresholds)));
}

void ResultWriter::writeRunFolder(const Paths& paths, const RunResult& result,
                                  const RunSummary& summary,
                                  const std::vector<ThresholdResult>& thresholds)
{
    const QByteArray summaryBytes = summaryText(summaryJson(result, summary, thresholds));
    writeFilesAtomically({{paths.latency,
                           [&](QIODevice& out) {
                               writeLatencies(out, paths.latency, result);
                           }},
                          {paths.invocations,
                           [&](QIODevice& out) {
                               writeInvocationRows(out, paths.invocations, result);
                           }},
                          {paths.summary, [&](QIODevice& out) {
                               writeAll(out, summaryBytes.constData(), summaryBytes.size(),
                                        paths.summary);
                           }}});
}

const char* ResultWriter::grpcCodeName(int code)
{
    static const char* const names[] = {"OK",
                                        "CANCELLED",
                                        "UNKNOWN",
                                        "INVALID_ARGUMENT",
                                        "DEADLINE_EXCEEDED",
                                        "NOT_FOUND",
                                        "ALREADY_EXISTS",
                                        "PERMISSION_DENIED",
                                        "RESOURCE_EXHAUSTED",
                                        "FAILED_PRECONDITION",
                                        "ABORTED",
                                        "OUT_OF_RANGE",
                                        "UNIMPLEMENTED",
                                        "INTERNAL",
                                        "UNAVAILABLE",
                                        "DATA_LOSS",
                                        "UNAUTHENTICATED"};
    if (code >= 0 && code < int(std::size(names)))
        return names[code];
    return "UNKNOWN";
}

} // namespace traceload

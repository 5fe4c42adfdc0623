#include "run_folder_reader.h"

#include "common/input_error.h"
#include "ecdf.h"
#include "trace/csv_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

namespace traceload {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("traceload", text);
}

enum class Status : std::uint8_t
{
    Ok,
    Error,
    Timeout,
    NotSent
};

// One row, reduced to what the charts use (kept small: a run may have millions).
struct Row
{
    double scheduledS = 0;
    double sentS = -1;    // < 0: not sent
    float latencyMs = -1; // < 0: none
    float responseMs = -1;
    float latenessMs = 0;
    Status status = Status::NotSent;
    bool measured = false;
    std::int8_t cold = -1;
};

struct Columns
{
    int phase = -1, scheduled = -1, sent = -1, lateness = -1, latency = -1, response = -1,
        status = -1, cold = -1;
};

class RowParser
{
public:
    RowParser(const QString& file, const CsvReader& csv, const QList<QString>& header)
        : m_file(file), m_csv(csv), m_header(header)
    {
    }

    QString text(int column) const
    {
        const auto& f = m_csv.fields();
        if (column < 0 || std::size_t(column) >= f.size())
            return {};
        return QString::fromUtf8(f[std::size_t(column)].data(),
                                 qsizetype(f[std::size_t(column)].size()));
    }

    // A microsecond field; nullopt when empty (or negative, as the invoker writes -1).
    std::optional<std::int64_t> micros(int column) const
    {
        const auto& f = m_csv.fields();
        if (column < 0 || std::size_t(column) >= f.size() || f[std::size_t(column)].empty())
            return std::nullopt;
        const std::string_view s = f[std::size_t(column)];
        std::int64_t v = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || ptr != s.data() + s.size()) {
            double d = 0;
            const auto [p2, ec2] = std::from_chars(s.data(), s.data() + s.size(), d);
            if (ec2 != std::errc() || p2 != s.data() + s.size() || !std::isfinite(d))
                fail(column, tr("not a number: '%1'").arg(text(column)));
            v = std::llround(d);
        }
        if (v < 0)
            return std::nullopt;
        return v;
    }

    [[noreturn]] void fail(int column, const QString& message) const
    {
        throw InputError(m_file, m_csv.line(), m_header.value(column), message);
    }

private:
    QString m_file;
    const CsvReader& m_csv;
    QList<QString> m_header;
};

Columns findColumns(const QString& file, const QList<QString>& header)
{
    Columns c;
    c.phase = int(header.indexOf(QStringLiteral("phase")));
    c.scheduled = int(header.indexOf(QStringLiteral("scheduled_us")));
    c.sent = int(header.indexOf(QStringLiteral("sent_us")));
    c.lateness = int(header.indexOf(QStringLiteral("lateness_us")));
    c.latency = int(header.indexOf(QStringLiteral("latency_us")));
    c.response = int(header.indexOf(QStringLiteral("response_us")));
    c.status = int(header.indexOf(QStringLiteral("status")));
    c.cold = int(header.indexOf(QStringLiteral("cold")));
    const std::pair<int, const char*> required[] = {{c.scheduled, "scheduled_us"},
                                                    {c.sent, "sent_us"},
                                                    {c.latency, "latency_us"},
                                                    {c.status, "status"}};
    for (const auto& [index, name] : required)
        if (index < 0)
            throw InputError(file, 1, QLatin1String(name), tr("missing column"));
    return c;
}

Row parseRow(const RowParser& p, const Columns& c)
{
    Row r;
    const QString status = p.text(c.status);
    if (status == u"ok")
        r.status = Status::Ok;
    else if (status == u"error")
        r.status = Status::Error;
    else if (status == u"timeout")
        r.status = Status::Timeout;
    else if (status == u"not_sent")
        r.status = Status::NotSent;
    else
        p.fail(c.status,
               tr("unknown status '%1' (expected ok, error, timeout or not_sent)").arg(status));
    const auto scheduled = p.micros(c.scheduled);
    if (!scheduled)
        p.fail(c.scheduled, tr("missing value"));
    r.scheduledS = double(*scheduled) / 1e6;
    const auto sent = p.micros(c.sent);
    if (sent && r.status != Status::NotSent) {
        r.sentS = double(*sent) / 1e6;
        const auto lateness = c.lateness >= 0 ? p.micros(c.lateness) : std::nullopt;
        r.latenessMs = float(
            double(lateness ? *lateness : std::max<std::int64_t>(0, *sent - *scheduled)) / 1e3);
    }
    if (r.status == Status::Ok) {
        const auto latency = p.micros(c.latency);
        if (!latency || !sent)
            p.fail(latency ? c.sent : c.latency, tr("missing value for an ok call"));
        r.latencyMs = float(double(*latency) / 1e3);
        const auto response = p.micros(c.response);
        r.responseMs = float(double(response ? *response : *sent + *latency - *scheduled) / 1e3);
    }
    r.measured = c.phase < 0 || p.text(c.phase) != u"warmup";
    const QString cold = p.text(c.cold).toLower();
    if (cold == u"true" || cold == u"1")
        r.cold = 1;
    else if (cold == u"false" || cold == u"0")
        r.cold = 0;
    return r;
}

double quantileInPlace(std::vector<double>& v, double q)
{
    std::sort(v.begin(), v.end());
    return quantileOfSorted(v, q);
}

void buildTimeline(RunSeries& s, const std::vector<Row>& rows)
{
    double end = 0;
    for (const Row& r : rows) {
        end = std::max(end, r.scheduledS);
        if (r.sentS >= 0)
            end = std::max(end, r.sentS + std::max(0.0, double(r.latencyMs) / 1e3));
    }
    RunTimeline& t = s.timeline;
    t.bucketS = timelineBucketS(end);
    const int buckets = std::max(1, int(std::floor(end / t.bucketS)) + 1);
    const auto bucketOf = [&](double seconds) {
        return std::clamp(int(std::floor(seconds / t.bucketS)), 0, buckets - 1);
    };
    const double nan = std::nan("");
    t.startS.resize(std::size_t(buckets));
    for (int i = 0; i < buckets; ++i)
        t.startS[std::size_t(i)] = i * t.bucketS;
    for (auto* v : {&t.issuedPerS, &t.completedPerS, &t.failedPerS, &t.coldStarts})
        v->assign(std::size_t(buckets), 0.0);
    for (auto* v : {&t.latencyP50Ms, &t.latencyP90Ms, &t.latencyP99Ms, &t.latenessP50Ms,
                    &t.latenessP99Ms, &t.latenessMaxMs})
        v->assign(std::size_t(buckets), nan);

    const auto bucketCount = std::size_t(buckets);
    std::vector<std::vector<double>> latency(bucketCount), lateness(bucketCount);
    for (const Row& r : rows) {
        if (r.sentS < 0)
            continue;
        const auto sentBucket = std::size_t(bucketOf(r.sentS));
        t.issuedPerS[sentBucket] += 1;
        if (r.cold == 1)
            t.coldStarts[sentBucket] += 1;
        lateness[std::size_t(bucketOf(r.scheduledS))].push_back(r.latenessMs);
        if (r.status == Status::Ok) {
            t.completedPerS[std::size_t(bucketOf(r.sentS + r.latencyMs / 1e3))] += 1;
            latency[sentBucket].push_back(r.latencyMs);
        } else if (r.status == Status::Error || r.status == Status::Timeout) {
            t.failedPerS[sentBucket] += 1;
        }
    }
    for (std::size_t i = 0; i < std::size_t(buckets); ++i) {
        t.issuedPerS[i] /= t.bucketS;
        t.completedPerS[i] /= t.bucketS;
        t.failedPerS[i] /= t.bucketS;
        if (!latency[i].empty()) {
            t.latencyP50Ms[i] = quantileInPlace(latency[i], 0.50);
            t.latencyP90Ms[i] = quantileOfSorted(latency[i], 0.90);
            t.latencyP99Ms[i] = quantileOfSorted(latency[i], 0.99);
        }
        if (!lateness[i].empty()) {
            t.latenessP50Ms[i] = quantileInPlace(lateness[i], 0.50);
            t.latenessP99Ms[i] = quantileOfSorted(lateness[i], 0.99);
            t.latenessMaxMs[i] = lateness[i].back();
        }
    }
}

void readSummary(RunSeries& s, const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        s.warnings << tr("%1: cannot be read: %2").arg(path, file.errorString());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        s.warnings << tr("%1: not a JSON object, ignored").arg(path);
        return;
    }
    const QJsonValue target = doc.object().value(u"rate").toObject().value(u"target");
    if (target.isDouble() && target.toDouble() > 0)
        s.targetRatePerS = target.toDouble();
}

} // namespace

RunSeries RunFolderReader::read(const QString& folder, const JobControl& job)
{
    RunSeries s;
    s.folder = folder;
    const QString path = QDir(folder).filePath(QStringLiteral("invocations.csv"));
    QFile file(path);
    if (!file.exists())
        throw InputError(path, 0, {}, tr("file not found (not a run folder?)"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, tr("cannot be read: %1").arg(file.errorString()));

    CsvReader csv(file, path);
    if (!csv.readRecord())
        throw InputError(path, 1, {}, tr("empty file (no header)"));
    QList<QString> header;
    for (const auto& f : csv.fields())
        header << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
    const Columns columns = findColumns(path, header);
    const RowParser parser(path, csv, header);

    std::vector<Row> rows;
    double firstMeasured = HUGE_VAL;
    const double size = std::max<double>(1.0, double(file.size()));
    while (csv.readRecord()) {
        if ((rows.size() & 0xffff) == 0) {
            job.checkCancelled();
            job.progress(tr("Reading the run"), double(csv.bytesRead()) / size);
        }
        const Row r = parseRow(parser, columns);
        rows.push_back(r);
        ++s.scheduled;
        switch (r.status) {
        case Status::Ok:
            ++s.ok;
            break;
        case Status::Error:
            ++s.errors;
            break;
        case Status::Timeout:
            ++s.timeouts;
            break;
        case Status::NotSent:
            ++s.notSent;
            break;
        }
        if (r.cold >= 0)
            s.coldKnown = true;
        if (r.cold == 1)
            ++s.coldStarts;
        if (!r.measured) {
            s.hasWarmup = true;
            continue;
        }
        firstMeasured = std::min(firstMeasured, r.scheduledS);
        if (r.status == Status::Ok) {
            s.latencyMs.push_back(r.latencyMs);
            s.responseMs.push_back(r.responseMs);
        }
    }
    s.measuredStartS = std::isfinite(firstMeasured) ? firstMeasured : 0;
    buildTimeline(s, rows);
    readSummary(s, QDir(folder).filePath(QStringLiteral("summary.json")));
    job.progress(tr("Reading the run"), 1.0);
    return s;
}

} // namespace traceload

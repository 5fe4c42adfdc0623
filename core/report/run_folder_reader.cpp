#include "run_folder_reader.h"

#include "common/csv_reader.h"
#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"
#include "run_series_builder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

namespace traceload {

namespace {

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
                fail(column, Text::tr("not a number: '%1'").arg(text(column)));
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
            throw InputError(file, 1, QLatin1String(name), Text::tr("missing column"));
    return c;
}

RunRow parseRow(const RowParser& p, const Columns& c)
{
    InvocationStatus status = InvocationStatus::NotSent;
    const QString statusText = p.text(c.status);
    if (statusText == u"ok")
        status = InvocationStatus::Ok;
    else if (statusText == u"error")
        status = InvocationStatus::Error;
    else if (statusText == u"timeout")
        status = InvocationStatus::Timeout;
    else if (statusText != u"not_sent")
        p.fail(c.status, Text::tr("unknown status '%1' (expected ok, error, timeout or not_sent)")
                             .arg(statusText));
    const auto scheduled = p.micros(c.scheduled);
    if (!scheduled)
        p.fail(c.scheduled, Text::tr("missing value"));
    const auto sent = p.micros(c.sent);
    const bool sentCall = sent && status != InvocationStatus::NotSent;
    const auto lateness = sentCall && c.lateness >= 0 ? p.micros(c.lateness) : std::nullopt;
    std::optional<std::int64_t> latency, response;
    if (status == InvocationStatus::Ok) {
        latency = p.micros(c.latency);
        if (!latency || !sent)
            p.fail(latency ? c.sent : c.latency, Text::tr("missing value for an ok call"));
        response = p.micros(c.response);
    }
    const QString coldText = p.text(c.cold).toLower();
    std::int8_t cold = -1;
    if (coldText == u"true" || coldText == u"1")
        cold = 1;
    else if (coldText == u"false" || coldText == u"0")
        cold = 0;
    const bool measured = c.phase < 0 || p.text(c.phase) != u"warmup";
    return RunRow::of(status, measured, *scheduled, sent, lateness, latency, response, cold);
}

// summary.json's rate.target, -1 when unknown.
double readTargetRate(const QString& path, QStringList& warnings)
{
    QFile file(path);
    if (!file.exists())
        return -1;
    if (!QFileInfo(path).isFile()) {
        warnings << Text::tr("%1: not a regular file, ignored").arg(path);
        return -1;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        warnings << Text::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return -1;
    }
    const QByteArray bytes = file.readAll();
    const auto doc = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr,
                                           /*allow_exceptions=*/false);
    if (!doc.is_object()) {
        warnings << Text::tr("%1: not a JSON object, ignored").arg(path);
        return -1;
    }
    const auto rate = doc.find("rate");
    if (rate == doc.end() || !rate->is_object())
        return -1;
    const auto target = rate->find("target");
    if (target == rate->end() || !target->is_number())
        return -1;
    const double value = target->get<double>();
    return value > 0 ? value : -1;
}

} // namespace

RunSeries RunFolderReader::read(const QString& folder, const JobControl& job)
{
    const QString path = QDir(folder).filePath(QStringLiteral("invocations.csv"));
    QFile file(path);
    if (!file.exists())
        throw InputError(path, 0, {}, Text::tr("file not found (not a run folder?)"));
    openInputFile(file);

    CsvReader csv(file, path);
    if (!csv.readRecord())
        throw InputError(path, 1, {}, Text::tr("empty file (no header)"));
    QList<QString> header;
    for (const auto& f : csv.fields())
        header << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
    const Columns columns = findColumns(path, header);
    const RowParser parser(path, csv, header);

    RunSeriesBuilder builder;
    const double size = std::max<double>(1.0, double(file.size()));
    for (std::size_t rows = 0; csv.readRecord(); ++rows) {
        if ((rows & 0xffff) == 0) {
            job.checkCancelled();
            job.progress(Text::tr("Reading the run"), double(csv.bytesRead()) / size);
        }
        builder.add(parseRow(parser, columns));
    }
    QStringList warnings;
    const double target =
        readTargetRate(QDir(folder).filePath(QStringLiteral("summary.json")), warnings);
    RunSeries s = builder.finish(folder, target);
    s.warnings = warnings;
    job.progress(Text::tr("Reading the run"), 1.0);
    return s;
}

} // namespace traceload

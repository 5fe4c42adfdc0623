#include "trace_csv_file.h"

#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace traceload {

namespace {

bool isDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Numbered columns fit an int; a longer number is an error, not a column silently ignored.
constexpr qsizetype kMaxColumnNumberDigits = 9;
} // namespace

TraceCsvFile::TraceCsvFile(const QString& directory, const QString& name, const Context& context)
    : m_path(directory + u'/' + name), m_name(name), m_context(context), m_file(m_path),
      m_reader(m_file, m_path)
{
    openInputFile(m_file);
    m_context.job->checkCancelled();
    if (!m_reader.readRecord())
        throw InputError(m_path, 1, {}, Text::tr("file is empty (no header line)"));
    m_headerLine = m_reader.line();
    m_header.reserve(qsizetype(m_reader.fields().size()));
    for (const std::string_view field : m_reader.fields())
        m_header.append(QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed());
}

int TraceCsvFile::column(const QString& name) const
{
    const auto first = m_header.indexOf(name);
    if (first < 0)
        return -1;
    const auto second = m_header.indexOf(name, first + 1);
    if (second >= 0) {
        throw InputError(m_path, m_headerLine, name,
                         Text::tr("column appears more than once (columns %1 and %2)")
                             .arg(first + 1)
                             .arg(second + 1));
    }
    return int(first);
}

int TraceCsvFile::requireColumn(const QString& name) const
{
    const int index = column(name);
    if (index < 0)
        throw InputError(m_path, m_headerLine, name, Text::tr("required column is missing"));
    return index;
}

std::vector<std::pair<int, int>> TraceCsvFile::numberedColumns(const QString& prefix) const
{
    std::vector<std::pair<int, int>> columns;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString& name = m_header[i];
        if (!name.startsWith(prefix))
            continue;
        const QStringView number = QStringView(name).mid(prefix.size());
        if (!isDigits(number))
            continue;
        if (number.size() > kMaxColumnNumberDigits)
            throw InputError(
                m_path, m_headerLine, name,
                Text::tr("column number has more than %1 digits").arg(kMaxColumnNumberDigits));
        columns.emplace_back(number.toInt(), int(i));
    }
    std::stable_sort(columns.begin(), columns.end());
    for (std::size_t i = 1; i < columns.size(); ++i) {
        if (columns[i].first == columns[i - 1].first) {
            throw InputError(m_path, m_headerLine, m_header[columns[i].second],
                             Text::tr("column appears more than once (columns %1 and %2)")
                                 .arg(columns[i - 1].second + 1)
                                 .arg(columns[i].second + 1));
        }
    }
    return columns;
}

bool TraceCsvFile::next()
{
    // Cheap (an atomic load and a throttled clock read), so every few rows is fine even
    // for 86,400-column rows.
    if (m_rows % 64 == 0) {
        m_context.job->checkCancelled();
        m_context.job->progress(Text::tr("Reading trace"),
                                double(m_context.bytesBefore + m_reader.bytesRead()) /
                                    double(std::max<qint64>(1, m_context.bytesTotal)));
    }
    if (!m_reader.readRecord()) {
        if (m_rows == 0)
            throw InputError(m_path, m_headerLine + 1, {},
                             Text::tr("no data rows after the header"));
        return false;
    }
    ++m_rows;
    ++m_context.report->rowsRead;
    return true;
}

bool TraceCsvFile::checkFieldCount()
{
    const auto found = qsizetype(fields().size());
    if (found == m_header.size())
        return true;
    // Name the first column the row does not reach, or the last one it overruns.
    const QString column = found < m_header.size() ? m_header[found] : m_header.back();
    skipRow(column, Text::tr("expected %1 fields, found %2").arg(m_header.size()).arg(found));
    return false;
}

void TraceCsvFile::skipRow(const QString& column, const QString& reason, const QString& functionId)
{
    if (m_context.strict)
        fail(column, reason);
    TraceIssue issue;
    issue.file = m_name;
    issue.line = line();
    issue.column = column;
    issue.functionId = functionId;
    issue.reason = reason;
    m_context.report->skippedRows.push_back(std::move(issue));
}

void TraceCsvFile::fail(const QString& column, const QString& message) const
{
    throw InputError(m_path, line(), column, message);
}

} // namespace traceload

#pragma once

#include "common/csv_reader.h"
#include "common/job_control.h"
#include "trace.h"

#include <QFile>
#include <QStringList>
#include <string_view>
#include <vector>

namespace traceload {

// One of the three CSV files of a trace while it is read: opens it, reads the header,
// finds columns by name, reports progress and cancellation, and records skipped rows in
// the trace report (or throws for them in strict mode).
class TraceCsvFile
{
public:
    struct Context
    {
        TraceReport* report = nullptr;
        const JobControl* job = nullptr;
        bool strict = false;
        qint64 bytesBefore = 0; // of all trace files, for one progress fraction over all
        qint64 bytesTotal = 1;
    };

    // Opens directory/name and reads its header; throws InputError when the file cannot
    // be opened or has no header.
    TraceCsvFile(const QString& directory, const QString& name, const Context& context);
    TraceCsvFile(const TraceCsvFile&) = delete;
    TraceCsvFile& operator=(const TraceCsvFile&) = delete;

    const QString& path() const { return m_path; }
    const QString& name() const { return m_name; }
    const QStringList& header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }

    // Index of the column with this header name, -1 if there is none. Throws InputError
    // when the name appears more than once.
    int column(const QString& name) const;
    // As column(), but throws InputError naming the column when it is missing.
    int requireColumn(const QString& name) const;
    // Columns whose header is prefix + integer, as (integer, column index) sorted by the
    // integer; throws InputError on a repeated integer.
    std::vector<std::pair<int, int>> numberedColumns(const QString& prefix) const;

    // Advances to the next data row. False at the end; throws InputError when the file
    // has no data row at all.
    bool next();
    const std::vector<std::string_view>& fields() const { return m_reader.fields(); }
    qint64 line() const { return m_reader.line(); }
    // Whether the row has one field per header column; if not, the row is skipped.
    bool checkFieldCount();
    // Records the current row as skipped (throws InputError instead in strict mode).
    void skipRow(const QString& column, const QString& reason, const QString& functionId = {});
    // Throws InputError about the current row (for problems that make the trace unusable).
    [[noreturn]] void fail(const QString& column, const QString& message) const;

private:
    QString m_path;
    QString m_name;
    Context m_context;
    QFile m_file;
    CsvReader m_reader;
    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_rows = 0;
};

} // namespace traceload

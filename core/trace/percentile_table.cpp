#include "percentile_table.h"

#include "common/input_error.h"
#include "common/text.h"
#include "trace_csv_file.h"
#include "value_parser.h"

#include <QCoreApplication>

namespace traceload {

void appendKeyPart(std::string& key, std::string_view part)
{
    key.append(part.data(), part.size());
}

PercentileTable PercentileTable::read(TraceCsvFile& file, const QString& prefix,
                                      const QString& averageColumn, bool allowPerApplication)
{
    PercentileTable table;
    table.fileName = file.name();
    const int owner = file.requireColumn(QStringLiteral("HashOwner"));
    const int app = file.requireColumn(QStringLiteral("HashApp"));
    int function = file.column(QStringLiteral("HashFunction"));
    if (function < 0 && !allowPerApplication)
        function = file.requireColumn(QStringLiteral("HashFunction")); // throws
    table.perApplication = function < 0;
    const int average = file.column(averageColumn);

    std::vector<int> columns;
    for (const auto& [percentile, column] : file.numberedColumns(prefix)) {
        if (percentile <= 100) {
            table.percentiles.push_back(percentile);
            columns.push_back(column);
        }
    }
    if (columns.empty()) {
        throw InputError(file.path(), file.headerLine(), prefix + QStringLiteral("N"),
                         Text::tr("no percentile columns (%1N with N from 0 to 100)").arg(prefix));
    }

    const QString keyColumns = table.perApplication
                                   ? QStringLiteral("HashOwner+HashApp")
                                   : QStringLiteral("HashOwner+HashApp+HashFunction");
    std::string key;
    while (file.next()) {
        if (!file.checkFieldCount())
            continue;
        const auto& fields = file.fields();
        key.clear();
        appendKeyPart(key, fields[std::size_t(owner)]);
        appendKeyPart(key, fields[std::size_t(app)]);
        const std::size_t applicationKeyLength = key.size();
        if (!table.perApplication)
            appendKeyPart(key, fields[std::size_t(function)]);

        const auto [it, inserted] = table.rows.try_emplace(key);
        Row& row = it->second;
        if (!inserted) {
            const QString message = table.perApplication
                                        ? Text::tr("duplicate application %1 (first on line %2)")
                                        : Text::tr("duplicate function id %1 (first on line %2)");
            file.fail(keyColumns, message.arg(QString::fromStdString(key)).arg(row.line));
        }
        row.line = file.line();
        row.applicationKeyLength = applicationKeyLength;
        row.valid = true;
        row.firstValue = table.values.size();
        for (const int column : columns) {
            const std::string_view text = fields[std::size_t(column)];
            double value = 0;
            const ValueProblem problem = parseMeasure(text, value);
            if (problem != ValueProblem::None) {
                row.valid = false;
                table.values.resize(row.firstValue);
                file.skipRow(file.header()[column], describeProblem(problem, text),
                             QString::fromStdString(key));
                break;
            }
            table.values.push_back(value);
        }
        if (row.valid && average >= 0) {
            const std::string_view text = fields[std::size_t(average)];
            const ValueProblem problem = parseMeasure(text, row.average);
            if (problem != ValueProblem::None) {
                row.valid = false;
                table.values.resize(row.firstValue);
                file.skipRow(averageColumn, describeProblem(problem, text),
                             QString::fromStdString(key));
            }
        }
    }
    return table;
}

} // namespace traceload

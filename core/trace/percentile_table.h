#pragma once

#include "common/percentile_map.h"

#include <QString>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace traceload {

class TraceCsvFile;

// durations.csv or memory.csv read into memory, keyed for the join with invocations.csv:
// HashOwner+HashApp+HashFunction, or HashOwner+HashApp for the raw per-application
// memory file. Both files are small next to invocations.csv (tens of columns).
struct PercentileTable
{
    struct Row
    {
        std::size_t firstValue = 0; // index into values of this row's first percentile
        qint64 line = 0;
        std::size_t applicationKeyLength = 0; // bytes of HashOwner+HashApp at the key's start
        bool valid = false;  // false: the row was skipped (its line is kept for the report)
        bool joined = false; // an invocations.csv row referred to it
        double average = std::numeric_limits<double>::quiet_NaN(); // NaN: no average column
    };

    QString fileName;
    bool perApplication = false;
    std::unordered_map<std::string, Row> rows;
    // One flat array for all rows (a map per row would cost 46,000 small allocations):
    // row r's value of percentiles[i] is values[r.firstValue + i].
    std::vector<int> percentiles;
    std::vector<double> values;

    PercentileMap valuesOf(const Row& row) const
    {
        PercentileMap map;
        for (std::size_t i = 0; i < percentiles.size(); ++i)
            map.emplace_hint(map.end(), percentiles[i], values[row.firstValue + i]);
        return map;
    }

    Row* find(const std::string& key)
    {
        const auto it = rows.find(key);
        return it == rows.end() ? nullptr : &it->second;
    }

    // Reads every data row of file. Percentiles come from the columns named
    // prefix + N (N = 0..100). Without a HashFunction column the table is per
    // application when allowPerApplication, else that column is reported missing. The
    // column averageColumn is optional (Row::average stays NaN without it).
    static PercentileTable read(TraceCsvFile& file, const QString& prefix,
                                const QString& averageColumn, bool allowPerApplication);
};

// The join key of a row; the raw bytes, so no QString is made per row.
void appendKeyPart(std::string& key, std::string_view part);

} // namespace traceload

#pragma once

#include <QString>
#include <QtGlobal>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace traceload {

// Every call's arrival (wall clock, µs since the Unix epoch) and service, kept in memory
// (16 bytes a call, service names interned) and written once, atomically, as CSV with the
// header `arrival_unix_us,service`. Thread-safe.
class ArrivalLog
{
public:
    ArrivalLog();

    void record(qint64 arrivalUnixUs, std::string_view service);
    qint64 size() const;
    // Rows in arrival order of record() calls. Throws InputError naming the path on failure.
    void write(const QString& path) const;

private:
    struct Row
    {
        qint64 arrivalUnixUs;
        const std::string* service;
    };
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };

    mutable std::mutex m_mutex;
    std::vector<Row> m_rows;
    std::unordered_set<std::string, NameHash, std::equal_to<>> m_names;
};

} // namespace traceload

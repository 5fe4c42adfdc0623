#include "arrival_log.h"

#include "common/atomic_file.h"

#include <QIODevice>

namespace traceload {

namespace {

// Service names come from the :authority of unknown callers too, so quote like RFC 4180.
void appendCsvField(QByteArray& out, const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out.append(field.data(), qsizetype(field.size()));
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace

ArrivalLog::ArrivalLog()
{
    m_rows.reserve(1 << 16);
}

void ArrivalLog::record(qint64 arrivalUnixUs, std::string_view service)
{
    std::lock_guard lock(m_mutex);
    auto it = m_names.find(service);
    if (it == m_names.end())
        it = m_names.emplace(service).first;
    m_rows.push_back({arrivalUnixUs, &*it});
}

qint64 ArrivalLog::size() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_rows.size());
}

void ArrivalLog::write(const QString& path) const
{
    std::lock_guard lock(m_mutex);
    writeFileAtomically(path, [this](QIODevice& device) {
        QByteArray chunk("arrival_unix_us,service\n");
        for (const Row& row : m_rows) {
            chunk.append(QByteArray::number(row.arrivalUnixUs)).append(',');
            appendCsvField(chunk, *row.service);
            chunk.append('\n');
            if (chunk.size() >= (1 << 20)) {
                device.write(chunk);
                chunk.clear();
            }
        }
        device.write(chunk);
    });
}

} // namespace traceload

#include "arrival_log.h"

#include "common/atomic_file.h"
#include "common/csv_field.h"

#include <QIODevice>

namespace traceload {

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
            // Service names come from the :authority of unknown callers too.
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

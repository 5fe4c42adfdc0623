#include "csv_reader.h"

#include "common/text.h"
#include "input_error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace traceload {

CsvReader::CsvReader(QIODevice& device, QString fileName, qint64 chunkSize, qint64 maxRecordBytes)
    : m_device(device), m_fileName(std::move(fileName)),
      m_chunkSize(std::max<qint64>(1, chunkSize)), m_maxRecordBytes(maxRecordBytes)
{
}

bool CsvReader::fillBuffer()
{
    const std::size_t pending = m_end - m_begin;
    if (m_begin > 0) {
        if (pending > 0)
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
        m_begin = 0;
        m_end = pending;
    }
    if (qint64(pending) > m_maxRecordBytes)
        throw InputError(m_fileName, m_nextLine, {},
                         Text::tr("line is longer than %1 bytes (a line break is missing?)")
                             .arg(m_maxRecordBytes));
    // Read at least as much as is pending so that one huge record is rescanned only
    // O(log size) times.
    const auto want = std::size_t(std::max<qint64>(m_chunkSize, qint64(pending)));
    if (m_buffer.size() < m_end + want)
        m_buffer.resize(m_end + want);
    const qint64 got = m_device.read(m_buffer.data() + m_end, qint64(want));
    if (got < 0) {
        throw InputError(m_fileName, m_nextLine, {},
                         Text::tr("read error: %1").arg(m_device.errorString()));
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += std::size_t(got);
    m_bytesRead += got;
    return true;
}

CsvReader::Scan CsvReader::scanRecord()
{
    m_starts.clear();
    m_ends.clear();
    m_recordLines = 0;
    const char* buf = m_buffer.data();
    std::size_t i = m_begin;
    std::size_t fieldStart = i;
    for (;;) {
        if (i < m_end && buf[i] == '"') {
            ++i;
            for (;;) {
                const auto* quote = static_cast<const char*>(std::memchr(buf + i, '"', m_end - i));
                if (!quote) {
                    if (!m_eof)
                        return Scan::NeedMore;
                    throw InputError(m_fileName, m_nextLine, {},
                                     Text::tr("quoted field is never closed"));
                }
                const auto q = std::size_t(quote - buf);
                m_recordLines += std::count(buf + i, quote, '\n');
                i = q + 1;
                if (i == m_end && !m_eof)
                    return Scan::NeedMore; // cannot tell "" from a closing quote yet
                if (i < m_end && buf[i] == '"') {
                    ++i;
                    continue;
                }
                break;
            }
        }
        // Unquoted bytes (or the rest after a closing quote) up to the next separator.
        while (i < m_end && buf[i] != ',' && buf[i] != '\n')
            ++i;
        if (i == m_end) {
            if (!m_eof)
                return Scan::NeedMore;
            std::size_t fieldEnd = i;
            if (fieldEnd > fieldStart && buf[fieldEnd - 1] == '\r')
                --fieldEnd;
            m_starts.push_back(fieldStart);
            m_ends.push_back(fieldEnd);
            m_recordEnd = i;
            return Scan::Complete;
        }
        if (buf[i] == ',') {
            m_starts.push_back(fieldStart);
            m_ends.push_back(i);
            fieldStart = ++i;
            continue;
        }
        std::size_t fieldEnd = i;
        if (fieldEnd > fieldStart && buf[fieldEnd - 1] == '\r')
            --fieldEnd;
        m_starts.push_back(fieldStart);
        m_ends.push_back(fieldEnd);
        m_recordEnd = i + 1;
        ++m_recordLines;
        return Scan::Complete;
    }
}

void CsvReader::finishFields()
{
    m_fields.clear();
    char* buf = m_buffer.data();
    for (std::size_t f = 0; f < m_starts.size(); ++f) {
        char* begin = buf + m_starts[f];
        char* end = buf + m_ends[f];
        if (begin == end || *begin != '"') {
            m_fields.emplace_back(begin, std::size_t(end - begin));
            continue;
        }
        // Unescape in place: the result is never longer than the quoted text.
        char* out = begin;
        const char* in = begin + 1;
        while (in < end) {
            if (*in == '"') {
                if (in + 1 < end && in[1] == '"') {
                    *out++ = '"';
                    in += 2;
                    continue;
                }
                ++in; // closing quote; anything after it is kept as written
                while (in < end)
                    *out++ = *in++;
                break;
            }
            *out++ = *in++;
        }
        m_fields.emplace_back(begin, std::size_t(out - begin));
    }
}

bool CsvReader::readRecord()
{
    for (;;) {
        if (m_atStart) {
            while (m_end - m_begin < 3 && !m_eof)
                fillBuffer();
            if (m_end - m_begin >= 3 &&
                std::memcmp(m_buffer.data() + m_begin, "\xEF\xBB\xBF", 3) == 0)
                m_begin += 3;
            m_atStart = false;
        }
        if (m_begin == m_end) {
            if (m_eof)
                return false;
            fillBuffer();
            continue;
        }
        if (scanRecord() == Scan::NeedMore) {
            fillBuffer();
            continue;
        }
        m_recordLine = m_nextLine;
        m_nextLine += m_recordLines;
        const bool blank = m_starts.size() == 1 && m_starts[0] == m_ends[0];
        if (!blank)
            finishFields();
        m_begin = m_recordEnd;
        if (!blank)
            return true;
    }
}

} // namespace traceload

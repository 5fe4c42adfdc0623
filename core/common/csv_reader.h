#pragma once

#include <QString>
#include <string_view>
#include <vector>

class QIODevice;

namespace traceload {

// Streaming RFC-4180 record reader over bytes. Reads the device in large chunks and
// splits records in place, so a 150 MB file costs one chunk of memory, not the file.
// Handles a UTF-8 BOM, LF and CRLF line ends, quoted fields (with "" escapes, commas and
// line breaks inside) and skips blank lines. Fields are views into the internal buffer,
// valid until the next readRecord().
class CsvReader
{
public:
    static constexpr qint64 defaultChunkSize = qint64(1) << 20;
    // A record (line) longer than this is an error rather than a buffer that grows without
    // end. An invocations.csv row of a day at second granularity (86,400 counts) is about
    // 1 MB, so 64 MiB leaves room while a line that never ends is caught.
    static constexpr qint64 defaultMaxRecordBytes = qint64(64) << 20;

    // fileName is only used in error messages. The device must be open for reading.
    CsvReader(QIODevice& device, QString fileName, qint64 chunkSize = defaultChunkSize,
              qint64 maxRecordBytes = defaultMaxRecordBytes);

    // Reads the next non-blank record; false at the end of the input. Throws InputError on
    // a read error, a quoted field that is never closed or a record longer than
    // maxRecordBytes (naming the line it starts on).
    bool readRecord();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    // 1-based line on which the current record starts.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Scan
    {
        Complete,
        NeedMore
    };
    Scan scanRecord();
    bool fillBuffer();
    void finishFields();

    QIODevice& m_device;
    QString m_fileName;
    qint64 m_chunkSize;
    qint64 m_maxRecordBytes;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; // first unconsumed byte
    std::size_t m_end = 0;   // one past the last valid byte
    bool m_eof = false;
    bool m_atStart = true; // BOM not yet checked
    qint64 m_bytesRead = 0;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    // Field boundaries of the record being scanned: [start, end) offsets into m_buffer.
    std::vector<std::size_t> m_starts;
    std::vector<std::size_t> m_ends;
    std::size_t m_recordEnd = 0; // offset just past the record's line break
    qint64 m_recordLines = 0;    // line breaks consumed by the record
    std::vector<std::string_view> m_fields;
};

} // namespace traceload

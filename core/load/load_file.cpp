// LoadFile::write. (LoadFile::read is in load_file_reader.cpp.)
#include "load_file.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace traceload {

namespace {

// The endpoint as a JSON string literal, quotes included.
std::string jsonQuoted(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    out.reserve(std::size_t(utf8.size()) + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

// Collects output in a reused buffer and hands it to the device in large writes.
class OutputBuffer
{
public:
    OutputBuffer(QIODevice& device, const QString& path)
        : m_device(device), m_path(path), m_data(1 << 20)
    {
    }

    void append(std::string_view text)
    {
        if (m_used + text.size() > m_data.size()) {
            flush();
            if (text.size() > m_data.size()) {
                writeOut(text.data(), text.size());
                return;
            }
        }
        std::memcpy(m_data.data() + m_used, text.data(), text.size());
        m_used += text.size();
    }
    void append(char c)
    {
        if (m_used == m_data.size())
            flush();
        m_data[m_used++] = c;
    }
    void appendNumber(std::int64_t value)
    {
        if (m_used + 24 > m_data.size())
            flush();
        char* begin = m_data.data() + m_used;
        m_used += std::size_t(std::to_chars(begin, begin + 24, value).ptr - begin);
    }
    void flush()
    {
        writeOut(m_data.data(), m_used);
        m_used = 0;
    }

private:
    void writeOut(const char* data, std::size_t size)
    {
        writeAll(m_device, data, qint64(size), m_path);
    }

    QIODevice& m_device;
    const QString& m_path;
    std::vector<char> m_data;
    std::size_t m_used = 0;
};

} // namespace

void LoadFile::write(const QString& path, const Load& load, const JobControl& job)
{
    writeFileAtomically(path, [&](QIODevice& device) { writeTo(device, path, load, job); });
}

void LoadFile::writeTo(QIODevice& device, const QString& path, const Load& load,
                       const JobControl& job)
{
    std::vector<std::string> quoted;
    quoted.reserve(load.endpoints.size());
    for (const auto& endpoint : load.endpoints)
        quoted.push_back(jsonQuoted(endpoint));

    const double slotCount = double(std::max<std::size_t>(load.timeSlots.size(), 1));
    // One line per slot, no spaces: the file is mostly numbers and endpoint names, and
    // any JSON reader (the seed's invoker included) takes it.
    OutputBuffer out(device, path);
    out.append('[');
    for (std::size_t s = 0; s < load.timeSlots.size(); ++s) {
        job.checkCancelled();
        job.progress(Text::tr("Writing load"), double(s) / slotCount);
        const LoadSlot& slot = load.timeSlots[s];
        if (slot.timestampsUs.size() != slot.endpoints.size())
            throw std::logic_error("LoadFile::write: slot arrays differ in length");
        out.append(s == 0 ? std::string_view("\n{\"timestamp\":[")
                          : std::string_view(",\n{\"timestamp\":["));
        for (std::size_t k = 0; k < slot.timestampsUs.size(); ++k) {
            if (k > 0)
                out.append(',');
            out.appendNumber(slot.timestampsUs[k]);
        }
        out.append("],\"endpoint\":[");
        for (std::size_t k = 0; k < slot.endpoints.size(); ++k) {
            if (k > 0)
                out.append(',');
            out.append(quoted.at(slot.endpoints[k]));
        }
        out.append(']');
        if (!slot.runtimeMs.empty()) {
            if (slot.runtimeMs.size() != slot.endpoints.size() ||
                slot.memoryMib.size() != slot.endpoints.size())
                throw std::logic_error("LoadFile::write: slot arrays differ in length");
            for (const auto& [key, values] :
                 {std::pair{std::string_view(",\"runtime_ms\":["), &slot.runtimeMs},
                  std::pair{std::string_view(",\"memory_mib\":["), &slot.memoryMib}}) {
                out.append(key);
                for (std::size_t k = 0; k < values->size(); ++k) {
                    if (k > 0)
                        out.append(',');
                    out.appendNumber(std::int64_t((*values)[k]));
                }
                out.append(']');
            }
        }
        out.append('}');
    }
    out.append("\n]\n");
    out.flush();
    job.checkCancelled();
    job.progress(Text::tr("Writing load"), 1.0);
}

} // namespace traceload

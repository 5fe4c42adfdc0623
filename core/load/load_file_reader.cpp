// LoadFile::read: a streaming parse of load.json that checks the structure as it goes and
// names the JSON path of the first thing that is wrong.
#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"
#include "json_cursor.h"
#include "load_file.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace traceload {

namespace {

QString kindName(JsonCursor::Kind kind)
{
    switch (kind) {
    case JsonCursor::Kind::Object:
        return Text::tr("an object");
    case JsonCursor::Kind::Array:
        return Text::tr("a list");
    case JsonCursor::Kind::String:
        return Text::tr("a string");
    case JsonCursor::Kind::Number:
        return Text::tr("a number");
    case JsonCursor::Kind::Literal:
        return Text::tr("true, false or null");
    case JsonCursor::Kind::End:
    case JsonCursor::Kind::Invalid:
        break;
    }
    return {};
}

class LoadReader
{
public:
    LoadReader(QFile& file, const QString& path, std::int64_t slotLengthUs, const JobControl& job)
        : m_in(file, path), m_path(path), m_slotLengthUs(slotLengthUs), m_job(job),
          m_fileSize(std::max<qint64>(file.size(), 1))
    {
    }

    Load read()
    {
        Load load;
        load.slotLengthUs = m_slotLengthUs;
        const auto top = kindOfValue();
        if (top != JsonCursor::Kind::Array)
            fail({},
                 Text::tr("the top level must be a list of slots, found %1").arg(kindName(top)));
        m_in.expect('[', {});
        if (!m_in.consumeIf(']')) {
            do {
                load.timeSlots.push_back(readSlot(int(load.timeSlots.size())));
            } while (m_in.consumeIf(','));
            m_in.expect(']', Text::tr("',' or ']'"));
        }
        m_in.expectEnd();
        load.endpoints.resize(m_endpoints.size());
        for (const auto& [name, index] : m_endpoints)
            load.endpoints[index] = QString::fromStdString(name);
        m_job.progress(Text::tr("Reading load"), 1.0);
        return load;
    }

private:
    [[noreturn]] void fail(const QString& jsonPath, const QString& message) const
    {
        throw InputError(m_path, m_in.line(), jsonPath, message);
    }

    // The kind of the next value; syntax errors are reported here, before the types.
    JsonCursor::Kind kindOfValue()
    {
        const auto kind = m_in.peekKind();
        if (kind == JsonCursor::Kind::End || kind == JsonCursor::Kind::Invalid)
            m_in.unexpected();
        return kind;
    }

    void poll()
    {
        m_job.checkCancelled();
        m_job.progress(Text::tr("Reading load"), double(m_in.bytesRead()) / double(m_fileSize));
    }

    LoadSlot readSlot(int index)
    {
        poll();
        const QString path = QStringLiteral("[%1]").arg(index);
        const auto kind = kindOfValue();
        if (kind != JsonCursor::Kind::Object)
            fail(path,
                 Text::tr("a slot must be an object with \"timestamp\" and \"endpoint\" lists, "
                          "found %1")
                     .arg(kindName(kind)));
        const qint64 startLine = m_in.line();
        m_in.expect('{', {});
        LoadSlot slot;
        bool haveTimestamps = false;
        bool haveEndpoints = false;
        bool haveRuntimes = false;
        bool haveMemories = false;
        if (!m_in.consumeIf('}')) {
            do {
                if (m_in.peekKind() != JsonCursor::Kind::String)
                    m_in.expect('"', Text::tr("a key string"));
                m_in.readString(m_key);
                m_in.expect(':', Text::tr("':'"));
                if (m_key == "timestamp" || m_key == "endpoint") {
                    const bool isTimestamp = m_key == "timestamp";
                    bool& seen = isTimestamp ? haveTimestamps : haveEndpoints;
                    const QString keyPath = path + u'.' + QString::fromLatin1(m_key.c_str());
                    if (seen)
                        fail(keyPath, Text::tr("appears twice"));
                    seen = true;
                    if (isTimestamp)
                        readTimestamps(keyPath, slot.timestampsUs);
                    else
                        readEndpoints(keyPath, slot.endpoints);
                } else if (m_key == "runtime_ms" || m_key == "memory_mib") {
                    const bool isRuntime = m_key == "runtime_ms";
                    const QString keyPath = path + u'.' + QString::fromLatin1(m_key.c_str());
                    std::vector<std::int32_t>& values = isRuntime ? slot.runtimeMs : slot.memoryMib;
                    bool& seen = isRuntime ? haveRuntimes : haveMemories;
                    if (seen)
                        fail(keyPath, Text::tr("appears twice"));
                    seen = true;
                    readRequests(keyPath, values);
                } else {
                    m_in.skipValue(); // other keys are allowed and ignored
                }
            } while (m_in.consumeIf(','));
            m_in.expect('}', Text::tr("',' or '}'"));
        }
        const auto missing = [&](const char* key) {
            throw InputError(m_path, startLine, path,
                             Text::tr("the slot has no \"%1\" list").arg(QLatin1String(key)));
        };
        if (!haveTimestamps)
            missing("timestamp");
        if (!haveEndpoints)
            missing("endpoint");
        if (slot.timestampsUs.size() != slot.endpoints.size())
            throw InputError(m_path, startLine, path,
                             Text::tr("\"timestamp\" has %1 entries but \"endpoint\" has %2")
                                 .arg(slot.timestampsUs.size())
                                 .arg(slot.endpoints.size()));
        // The trace functions' requests: both lists or neither, one entry per call.
        if (haveRuntimes != haveMemories)
            missing(haveRuntimes ? "memory_mib" : "runtime_ms");
        if (haveRuntimes && (slot.runtimeMs.size() != slot.endpoints.size() ||
                             slot.memoryMib.size() != slot.endpoints.size()))
            throw InputError(m_path, startLine, path,
                             Text::tr("\"runtime_ms\" has %1 entries and \"memory_mib\" %2, but "
                                      "\"endpoint\" has %3")
                                 .arg(slot.runtimeMs.size())
                                 .arg(slot.memoryMib.size())
                                 .arg(slot.endpoints.size()));
        return slot;
    }

    // Opens a list at keyPath; false when it is empty (and already closed).
    bool openList(const QString& keyPath, const QString& itemDescription)
    {
        const auto kind = kindOfValue();
        if (kind != JsonCursor::Kind::Array)
            fail(keyPath,
                 Text::tr("expected a list of %1, found %2").arg(itemDescription, kindName(kind)));
        m_in.expect('[', {});
        return !m_in.consumeIf(']');
    }

    void closeList() { m_in.expect(']', Text::tr("',' or ']'")); }

    QString itemPath(const QString& keyPath, std::size_t index) const
    {
        return keyPath + QStringLiteral("[%1]").arg(index);
    }

    // Integers from -1 (a call to a proxy) to 2^31 - 1.
    void readRequests(const QString& keyPath, std::vector<std::int32_t>& out)
    {
        if (!openList(keyPath, Text::tr("integers")))
            return;
        do {
            const auto kind = kindOfValue();
            if (kind != JsonCursor::Kind::Number)
                fail(itemPath(keyPath, out.size()),
                     Text::tr("expected an integer, found %1").arg(kindName(kind)));
            const auto number = m_in.readNumber();
            if (!number.isInteger || number.integer < -1 ||
                number.integer > std::numeric_limits<std::int32_t>::max())
                fail(
                    itemPath(keyPath, out.size()),
                    Text::tr("%1 is not an integer from -1 to %2")
                        .arg(QString::fromLatin1(number.text.data(), qsizetype(number.text.size())))
                        .arg(std::numeric_limits<std::int32_t>::max()));
            out.push_back(std::int32_t(number.integer));
        } while (m_in.consumeIf(','));
        closeList();
    }

    void readTimestamps(const QString& keyPath, std::vector<std::int64_t>& out)
    {
        if (!openList(keyPath, Text::tr("integer timestamps")))
            return;
        std::int64_t previous = 0;
        do {
            if ((out.size() & 0xFFFF) == 0xFFFF)
                poll();
            const auto kind = kindOfValue();
            if (kind != JsonCursor::Kind::Number)
                fail(itemPath(keyPath, out.size()),
                     Text::tr("expected an integer timestamp (µs), found %1").arg(kindName(kind)));
            const auto number = m_in.readNumber();
            const auto text = [&number] {
                return QString::fromLatin1(number.text.data(), qsizetype(number.text.size()));
            };
            const double v = number.value;
            // 12.0 or 1.2e7 are integers too; 1.5 is not.
            if (!number.isInteger && v != std::floor(v))
                fail(itemPath(keyPath, out.size()),
                     Text::tr("%1 is not an integer number of microseconds").arg(text()));
            // The slot's end itself is in it: the seed's exponential draws write a timestamp
            // equal to the slot length (a normalised draw of 1.0); that call is sent at the
            // end of the slot and counted in it.
            const bool inSlot = number.isInteger
                                    ? number.integer >= 0 && number.integer <= m_slotLengthUs
                                    : v >= 0 && v <= double(m_slotLengthUs);
            if (!inSlot)
                fail(itemPath(keyPath, out.size()),
                     Text::tr("%1 is outside the slot [0, %2]").arg(text()).arg(m_slotLengthUs));
            const std::int64_t t = number.isInteger ? number.integer : std::int64_t(v);
            if (!out.empty() && t < previous)
                fail(itemPath(keyPath, out.size()),
                     Text::tr("%1 comes after %2: timestamps must be ascending")
                         .arg(t)
                         .arg(previous));
            out.push_back(t);
            previous = t;
        } while (m_in.consumeIf(','));
        closeList();
    }

    void readEndpoints(const QString& keyPath, std::vector<std::uint32_t>& out)
    {
        if (!openList(keyPath, Text::tr("endpoint strings")))
            return;
        do {
            if ((out.size() & 0xFFFF) == 0xFFFF)
                poll();
            const auto kind = kindOfValue();
            if (kind != JsonCursor::Kind::String)
                fail(itemPath(keyPath, out.size()),
                     Text::tr("expected an endpoint string, found %1").arg(kindName(kind)));
            m_in.readString(m_key);
            const auto [it, added] = m_endpoints.try_emplace(m_key, std::uint32_t(0));
            if (added)
                it->second = std::uint32_t(m_endpoints.size() - 1);
            out.push_back(it->second);
        } while (m_in.consumeIf(','));
        closeList();
    }

    JsonCursor m_in;
    const QString& m_path;
    std::int64_t m_slotLengthUs;
    const JobControl& m_job;
    qint64 m_fileSize;
    std::string m_key;
    std::unordered_map<std::string, std::uint32_t> m_endpoints;
};

} // namespace

Load LoadFile::read(const QString& path, std::int64_t slotLengthUs, const JobControl& job)
{
    QFile file(path);
    openInputFile(file);
    LoadReader reader(file, path, slotLengthUs, job);
    Load load = reader.read();
    load.sourceFile = path;
    return load;
}

} // namespace traceload

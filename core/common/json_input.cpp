#include "json_input.h"

#include "common/text.h"
#include "input_error.h"
#include "input_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <unordered_set>
#include <utility>
#include <vector>

namespace traceload {

namespace {

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 2, column 8:
// syntax error ..."; keep only the description, the position is reported separately.
QString describe(const std::exception& e)
{
    QString text = QString::fromUtf8(e.what());
    const qsizetype bracket = text.indexOf(QLatin1String("] "));
    if (text.startsWith(u'[') && bracket >= 0)
        text = text.mid(bracket + 2);
    if (text.startsWith(QLatin1String("parse error"))) {
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        if (colon >= 0)
            text = text.mid(colon + 2);
    }
    return text;
}

template <typename Json> QString typeName(const Json& value)
{
    if (value.is_number())
        return Text::tr("a number");
    if (value.is_string())
        return Text::tr("a string");
    if (value.is_object())
        return Text::tr("an object");
    if (value.is_array())
        return Text::tr("a list");
    if (value.is_boolean())
        return Text::tr("a boolean");
    return Text::tr("null");
}

// Builds the document from nlohmann's SAX events, like its own DOM parser, and also
// rejects a key that appears twice in one object (naming its full path) and reports
// syntax errors with a line and column. (nlohmann's callback parser could see the keys too,
// but it rescans the parent object after every child object: quadratic for a mapping file
// with tens of thousands of entries.)
template <typename Json> class CheckedDomBuilder : public nlohmann::json_sax<Json>
{
public:
    using Sax = nlohmann::json_sax<Json>;

    CheckedDomBuilder(Json& root, const QByteArray& data, const QString& sourceName)
        : m_root(root), m_data(data), m_sourceName(sourceName)
    {
    }

    bool null() override { return add(Json(nullptr)); }
    bool boolean(bool value) override { return add(Json(value)); }
    bool number_integer(typename Sax::number_integer_t value) override { return add(Json(value)); }
    bool number_unsigned(typename Sax::number_unsigned_t value) override
    {
        return add(Json(value));
    }
    bool number_float(typename Sax::number_float_t value, const typename Sax::string_t&) override
    {
        return add(Json(value));
    }
    bool string(typename Sax::string_t& value) override { return add(Json(std::move(value))); }
    bool binary(typename Sax::binary_t& value) override { return add(Json::binary(value)); }

    bool start_object(std::size_t) override { return open(Json::object(), false); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array(), true); }
    bool end_array() override { return close(); }

    bool key(typename Sax::string_t& key) override
    {
        Frame& frame = m_frames.back();
        if (!frame.keys.insert(key).second)
            throw InputError(m_sourceName, 0, pathWith(key),
                             Text::tr("key appears more than once in the same object"));
        frame.key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& error) override
    {
        // position is the 1-based offset of the last character the parser read.
        const TextPosition at = textPositionAt(m_data, position > 0 ? position - 1 : 0);
        throw InputError(m_sourceName, at.line, Text::tr("column %1").arg(at.column),
                         Text::tr("not valid JSON: %1").arg(describe(error)));
    }

private:
    struct Frame
    {
        Json* value = nullptr;
        bool isArray = false;
        std::string key; // objects: the key of the value being read
        std::unordered_set<std::string> keys;
    };

    // Places a value where the parser is and returns where it now lives.
    Json* place(Json&& value)
    {
        if (m_frames.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame& parent = m_frames.back();
        if (parent.isArray) {
            parent.value->push_back(std::move(value));
            return &parent.value->back();
        }
        auto* object = parent.value->template get_ptr<typename Json::object_t*>();
        return &object->emplace(parent.key, std::move(value)).first->second;
    }

    bool add(Json&& value)
    {
        place(std::move(value));
        return true;
    }

    bool open(Json&& container, bool isArray)
    {
        Json* placed = place(std::move(container));
        m_frames.push_back(Frame{placed, isArray, {}, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    QString pathWith(const std::string& key) const
    {
        QString path;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            path = frame.isArray ? jsonPathIndex(path, frame.value->size() - 1)
                                 : jsonPathKey(path, frame.key);
        }
        return jsonPathKey(path, key);
    }

    Json& m_root;
    const QByteArray& m_data;
    const QString& m_sourceName;
    std::vector<Frame> m_frames;
};

template <typename Json> Json parseJson(const QByteArray& data, const QString& sourceName)
{
    Json root;
    CheckedDomBuilder<Json> builder(root, data, sourceName);
    Json::sax_parse(data.constBegin(), data.constEnd(), &builder);
    return root;
}
} // namespace

QByteArray readInputFile(const QString& path)
{
    QFile file(path);
    openInputFile(file);
    return file.readAll();
}

TextPosition textPositionAt(const QByteArray& data, std::size_t offset)
{
    const std::size_t end = std::min<std::size_t>(offset, std::size_t(data.size()));
    TextPosition position;
    for (std::size_t i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(data[qsizetype(i)]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

nlohmann::ordered_json parseJsonInput(const QByteArray& data, const QString& sourceName)
{
    return parseJson<nlohmann::ordered_json>(data, sourceName);
}

nlohmann::json parseJsonInputUnordered(const QByteArray& data, const QString& sourceName)
{
    return parseJson<nlohmann::json>(data, sourceName);
}

QString jsonPathKey(const QString& parent, const std::string& key)
{
    const QString name = QString::fromStdString(key);
    return parent.isEmpty() ? name : parent + u'.' + name;
}

QString jsonPathIndex(const QString& parent, std::size_t index)
{
    return parent + QStringLiteral("[%1]").arg(index);
}

QString jsonTypeName(const nlohmann::ordered_json& value)
{
    return typeName(value);
}

QString jsonTypeName(const nlohmann::json& value)
{
    return typeName(value);
}

} // namespace traceload

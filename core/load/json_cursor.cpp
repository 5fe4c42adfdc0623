#include "json_cursor.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace traceload {

namespace {

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonCursor::JsonCursor(QIODevice& device, QString fileName, std::size_t chunkSize)
    : m_device(device), m_fileName(std::move(fileName)),
      m_buffer(std::max<std::size_t>(chunkSize, 1))
{
    // A UTF-8 byte order mark is not JSON, but editors write it; skip it.
    if (peekByte() != 0xEF)
        return;
    for (const int c : {0xEF, 0xBB, 0xBF}) {
        if (peekByte() != c)
            unexpected();
        ++m_pos;
    }
    m_lineStart = 3;
}

bool JsonCursor::refill()
{
    m_offset += qint64(m_size);
    m_pos = 0;
    m_size = 0;
    const qint64 got = m_device.read(m_buffer.data(), qint64(m_buffer.size()));
    if (got < 0)
        throw InputError(m_fileName, 0, {},
                         Text::tr("cannot read: %1").arg(m_device.errorString()));
    m_size = std::size_t(got);
    return m_size > 0;
}

void JsonCursor::syntaxError(const QString& message) const
{
    throw InputError(m_fileName, m_line, Text::tr("column %1").arg(column()),
                     Text::tr("not valid JSON: %1").arg(message));
}

void JsonCursor::unexpected()
{
    const int c = peekByte();
    if (c < 0)
        syntaxError(Text::tr("unexpected end of file"));
    if (c >= 0x20 && c < 0x7f)
        syntaxError(Text::tr("unexpected character '%1'").arg(QChar(c)));
    syntaxError(Text::tr("unexpected byte 0x%1").arg(c, 2, 16, QLatin1Char('0')));
}

void JsonCursor::skipWhitespace()
{
    for (;;) {
        if (m_pos == m_size && !refill())
            return;
        const char c = m_buffer[m_pos];
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_offset + qint64(m_pos) + 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            return;
        }
        ++m_pos;
    }
}

JsonCursor::Kind JsonCursor::peekKind()
{
    skipWhitespace();
    const int c = peekByte();
    switch (c) {
    case -1:
        return Kind::End;
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
    case 'n':
        return Kind::Literal;
    default:
        return c == '-' || isDigit(c) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonCursor::consumeIf(char c)
{
    skipWhitespace();
    if (peekByte() != static_cast<unsigned char>(c))
        return false;
    ++m_pos;
    return true;
}

void JsonCursor::expect(char c, const QString& expected)
{
    if (consumeIf(c))
        return;
    const int next = peekByte();
    if (next < 0)
        syntaxError(Text::tr("expected %1, found the end of the file").arg(expected));
    if (next >= 0x20 && next < 0x7f)
        syntaxError(Text::tr("expected %1, found '%2'").arg(expected, QChar(next)));
    syntaxError(Text::tr("expected %1").arg(expected));
}

std::uint32_t JsonCursor::readHex4()
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = peekByte();
        int digit = -1;
        if (isDigit(c))
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            syntaxError(Text::tr("\\u must be followed by four hexadecimal digits"));
        value = value * 16 + std::uint32_t(digit);
        ++m_pos;
    }
    return value;
}

void JsonCursor::appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void JsonCursor::readString(std::string& out)
{
    out.clear();
    if (peekKind() != Kind::String)
        unexpected();
    ++m_pos;
    for (;;) {
        if (m_pos == m_size && !refill())
            syntaxError(Text::tr("unterminated string"));
        // Copy the run of plain characters in one go.
        const char* begin = m_buffer.data() + m_pos;
        const char* end = m_buffer.data() + m_size;
        const char* p = begin;
        while (p != end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        out.append(begin, p);
        m_pos += std::size_t(p - begin);
        if (p == end)
            continue;
        const char c = *p;
        if (c == '"') {
            ++m_pos;
            return;
        }
        if (c != '\\')
            syntaxError(Text::tr("control character in a string (write it as an escape)"));
        ++m_pos;
        const int e = peekByte();
        if (e < 0)
            syntaxError(Text::tr("unterminated string"));
        ++m_pos;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += char(e);
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            std::uint32_t cp = readHex4();
            if (cp >= 0xD800 && cp < 0xDC00 && peekByte() == '\\') {
                // A surrogate pair is one character written as two escapes.
                ++m_pos;
                if (peekByte() != 'u')
                    syntaxError(Text::tr("invalid escape in a string"));
                ++m_pos;
                const std::uint32_t low = readHex4();
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else {
                    appendUtf8(out, 0xFFFD);
                    cp = low;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD; // a lone surrogate is no character
            appendUtf8(out, cp);
            break;
        }
        default:
            --m_pos;
            syntaxError(Text::tr("invalid escape in a string"));
        }
    }
}

JsonCursor::Number JsonCursor::readNumber()
{
    if (peekKind() != Kind::Number)
        unexpected();
    m_numberText.clear();
    const auto take = [this] {
        m_numberText += char(m_buffer[m_pos]);
        ++m_pos;
    };
    const auto digits = [this, &take](const QString& what) {
        if (!isDigit(peekByte()))
            syntaxError(what);
        while (isDigit(peekByte()))
            take();
    };
    bool integer = true;
    if (peekByte() == '-')
        take();
    if (peekByte() == '0') {
        take();
        if (isDigit(peekByte()))
            syntaxError(Text::tr("numbers must not have leading zeros"));
    } else {
        digits(Text::tr("expected a digit"));
    }
    if (peekByte() == '.') {
        integer = false;
        take();
        digits(Text::tr("expected a digit after the decimal point"));
    }
    if (peekByte() == 'e' || peekByte() == 'E') {
        integer = false;
        take();
        if (peekByte() == '+' || peekByte() == '-')
            take();
        digits(Text::tr("expected a digit in the exponent"));
    }
    Number number;
    number.text = m_numberText;
    const char* first = m_numberText.data();
    const char* last = first + m_numberText.size();
    if (integer && std::from_chars(first, last, number.integer).ec == std::errc()) {
        number.isInteger = true;
        number.value = double(number.integer);
        return number;
    }
    if (std::from_chars(first, last, number.value).ec != std::errc()) {
        // Out of double's range: too large is infinite, too small is no integer.
        const auto e = m_numberText.find_first_of("eE");
        const bool tiny = e != std::string::npos && m_numberText.find('-', e) != std::string::npos;
        number.value = tiny ? std::numeric_limits<double>::denorm_min()
                            : std::numeric_limits<double>::infinity();
        if (m_numberText.front() == '-')
            number.value = -number.value;
    }
    return number;
}

void JsonCursor::readLiteral()
{
    static const char* const literals[] = {"true", "false", "null"};
    for (const char* literal : literals) {
        if (peekByte() != static_cast<unsigned char>(literal[0]))
            continue;
        for (const char* p = literal; *p; ++p) {
            if (peekByte() != static_cast<unsigned char>(*p))
                unexpected();
            ++m_pos;
        }
        return;
    }
    unexpected();
}

void JsonCursor::skipValue()
{
    // Iterative, so that deeply nested input cannot exhaust the stack.
    std::vector<char> open;
    for (;;) {
        switch (peekKind()) {
        case Kind::Object:
            ++m_pos;
            if (consumeIf('}'))
                break;
            open.push_back('}');
            if (peekKind() != Kind::String)
                expect('"', Text::tr("a key string"));
            readString(m_scratch);
            expect(':', Text::tr("':'"));
            continue;
        case Kind::Array:
            ++m_pos;
            if (consumeIf(']'))
                break;
            open.push_back(']');
            continue;
        case Kind::String:
            readString(m_scratch);
            break;
        case Kind::Number:
            readNumber();
            break;
        case Kind::Literal:
            readLiteral();
            break;
        case Kind::End:
        case Kind::Invalid:
            unexpected();
        }
        // After a value: a separator, or the end of the containers it closes.
        for (;;) {
            if (open.empty())
                return;
            if (consumeIf(',')) {
                if (open.back() == '}') {
                    if (peekKind() != Kind::String)
                        expect('"', Text::tr("a key string"));
                    readString(m_scratch);
                    expect(':', Text::tr("':'"));
                }
                break;
            }
            expect(open.back(),
                   open.back() == '}' ? Text::tr("',' or '}'") : Text::tr("',' or ']'"));
            open.pop_back();
        }
    }
}

void JsonCursor::expectEnd()
{
    if (peekKind() != Kind::End)
        syntaxError(Text::tr("unexpected content after the end of the JSON value"));
}

} // namespace traceload

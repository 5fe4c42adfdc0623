#pragma once

#include <QIODevice>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace traceload {

// A pull parser for JSON read from a device in chunks, for files too big to hold as text
// (a load.json of millions of invocations). The caller walks the structure it expects
// (peekKind, expect, readString, readNumber, skipValue) and so can name the JSON path
// of a value that has the wrong type; syntax errors are InputErrors naming the file, the
// line and the column ("column N", 1-based, in bytes).
class JsonCursor
{
public:
    enum class Kind
    {
        Object,
        Array,
        String,
        Number,
        Literal,
        End,
        Invalid
    };

    struct Number
    {
        bool isInteger = false; // written without fraction or exponent and fits in int64
        std::int64_t integer = 0;
        double value = 0;      // always set
        std::string_view text; // as written; valid until the next read
    };

    // chunkSize: bytes read at a time (small values are for tests of chunk boundaries).
    JsonCursor(QIODevice& device, QString fileName, std::size_t chunkSize = 1 << 20);

    // Skips whitespace, then tells what the next value looks like from its first byte.
    Kind peekKind();
    // Skips whitespace and consumes `c` if it comes next.
    bool consumeIf(char c);
    // Skips whitespace and consumes `c`, or throws a syntax error saying `expected`.
    void expect(char c, const QString& expected);
    // Reads a string (the next token must be one), unescaped, as UTF-8 bytes.
    void readString(std::string& out);
    Number readNumber();
    // Reads and checks any value, discarding it.
    void skipValue();
    // Only whitespace may follow the top-level value.
    void expectEnd();

    // Where the next token starts (after peekKind / consumeIf).
    qint64 line() const { return m_line; }
    qint64 column() const { return m_offset + m_pos - m_lineStart + 1; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_offset + m_pos; }
    const QString& fileName() const { return m_fileName; }

    [[noreturn]] void syntaxError(const QString& message) const;
    // "unexpected character 'x'" or "unexpected end of file".
    [[noreturn]] void unexpected();

private:
    int peekByte()
    {
        if (m_pos == m_size && !refill())
            return -1;
        return static_cast<unsigned char>(m_buffer[m_pos]);
    }
    void skipWhitespace();
    bool refill();
    void readLiteral();
    std::uint32_t readHex4();
    static void appendUtf8(std::string& out, std::uint32_t codePoint);

    QIODevice& m_device;
    QString m_fileName;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_size = 0;
    qint64 m_offset = 0;    // file offset of m_buffer[0]
    qint64 m_line = 1;      // 1-based line of m_pos
    qint64 m_lineStart = 0; // file offset where that line starts
    std::string m_numberText;
    std::string m_scratch;
};

} // namespace traceload

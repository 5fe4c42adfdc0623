// CsvReader, the streaming record reader under the trace and run folder readers. Every
// case runs with several chunk sizes, down to one byte, so records, quotes, "" escapes,
// CRLF pairs and the BOM all get split across reads.

#include "common/csv_reader.h"
#include "common/input_error.h"

#include <QBuffer>
#include <QTest>

using namespace traceload;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

struct ReadResult
{
    Records records;
    Lines lines;
};

ReadResult readAll(const QByteArray& bytes, qint64 chunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("test.csv"), chunkSize);
    ReadResult result;
    while (reader.readRecord()) {
        QStringList record;
        for (const std::string_view field : reader.fields())
            record << QString::fromUtf8(field.data(), qsizetype(field.size()));
        result.records << record;
        result.lines << reader.line();
    }
    return result;
}

const qint64 kChunkSizes[] = {1, 2, 3, 5, 16, CsvReader::defaultChunkSize};

// Two short lines, then one that never ends (what /dev/zero is to a reader).
class EndlessLine : public QIODevice
{
public:
    EndlessLine() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        qint64 n = 0;
        for (; n < maxSize; ++n, ++m_offset)
            data[n] = m_offset < qint64(sizeof(kStart) - 1) ? kStart[m_offset] : 'x';
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    static constexpr char kStart[] = "a,b\n\"c\nd\",e\n";
    qint64 m_offset = 0;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void longRecord();
    void endlessRecord_data();
    void endlessRecord();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    const Records abc{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\n") << abc << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b,c\r\n1,2,3\r\n") << abc << Lines{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b,c\n1,2,3\n")
                         << abc << Lines{1, 2};
    QTest::newRow("no final line break") << QByteArray("a,b,c\r\n1,2,3") << abc << Lines{1, 2};
    QTest::newRow("final CR only") << QByteArray("a,b,c\r\n1,2,3\r") << abc << Lines{1, 2};
    QTest::newRow("trailing blank lines")
        << QByteArray("a,b,c\n1,2,3\n\n\r\n\n") << abc << Lines{1, 2};
    QTest::newRow("blank lines between")
        << QByteArray("\na,b,c\n\r\n\n1,2,3\n") << abc << Lines{2, 5};
    QTest::newRow("empty fields") << QByteArray(",,\nx,,\n") << Records{{"", "", ""}, {"x", "", ""}}
                                  << Lines{1, 2};
    QTest::newRow("quoted comma and escapes") << QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"\"\n")
                                              << Records{{"a,b", "say \"hi\"", ""}} << Lines{1};
    QTest::newRow("quoted line breaks")
        << QByteArray("\"x\ny\",z\r\n\"p\r\nq\",\"\"\"\"\nlast,1\n")
        << Records{{"x\ny", "z"}, {"p\r\nq", "\""}, {"last", "1"}} << Lines{1, 3, 5};
    QTest::newRow("quoted field at end of input")
        << QByteArray("a,\"b\"") << Records{{"a", "b"}} << Lines{1};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\n") << Records{{"ab\"c", "d"}} << Lines{1};
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,e\n") << Records{{"abcd", "e"}} << Lines{1};
    QTest::newRow("UTF-8") << QByteArray("\xC3\xA9t\xC3\xA9,\"\xE2\x82\xAC\"\n")
                           << Records{{QStringLiteral("été"), QStringLiteral("€")}} << Lines{1};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Records{} << Lines{};
    QTest::newRow("empty") << QByteArray() << Records{} << Lines{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    for (const qint64 chunkSize : kChunkSizes) {
        const ReadResult result = readAll(input, chunkSize);
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
    }
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::newRow("first record") << QByteArray("\"abc,d\n") << 1ll;
    QTest::newRow("after line breaks") << QByteArray("a\nb\n\"x\"\"\ny\nz") << 3ll;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    for (const qint64 chunkSize : kChunkSizes) {
        try {
            readAll(input, chunkSize);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), QStringLiteral("test.csv"));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.message(), QStringLiteral("quoted field is never closed"));
        }
    }
}

void TestCsvReader::longRecord()
{
    // A record much longer than the chunk: the buffer grows instead of failing.
    QByteArray input;
    for (int i = 0; i < 100000; ++i)
        input += QByteArray::number(i % 10) + ',';
    input += "end\nnext\n";
    const ReadResult result = readAll(input, 64);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].size(), 100001);
    QCOMPARE(result.records[0][99999], QStringLiteral("9"));
    QCOMPARE(result.records[0].back(), QStringLiteral("end"));
    QCOMPARE(result.records[1], QStringList{QStringLiteral("next")});
}

void TestCsvReader::endlessRecord_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("chunkSize");
    QTest::newRow("small limit, small chunks") << qint64(1000) << qint64(64);
    QTest::newRow("default limit")
        << CsvReader::defaultMaxRecordBytes << CsvReader::defaultChunkSize;
}

void TestCsvReader::endlessRecord()
{
    // Issue 12: a line without end grew the buffer until memory ran out.
    QFETCH(qint64, limit);
    QFETCH(qint64, chunkSize);
    EndlessLine device;
    CsvReader reader(device, QStringLiteral("endless.csv"), chunkSize, limit);
    QVERIFY(reader.readRecord());
    QVERIFY(reader.readRecord()); // a quoted line break: the next record starts on line 4
    try {
        reader.readRecord();
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), QStringLiteral("endless.csv"));
        QCOMPARE(e.line(), 4);
        QCOMPARE(e.message(), QStringLiteral("line is longer than %1 bytes (a line break is "
                                             "missing?)")
                                  .arg(limit));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"

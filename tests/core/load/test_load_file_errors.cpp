// LoadFile::read on bad input: every malformed load.json is an InputError naming the file,
// the line and the column (syntax) or the JSON path (structure, types, values).
#include "common/input_error.h"
#include "common/job_control.h"
#include "load/load_file.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using traceload::test::writeText;

class TestLoadFileErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString notJson = QStringLiteral("not valid JSON: ");
        QTest::newRow("empty file")
            << QByteArray("") << 1 << "column 1" << notJson + "unexpected end of file";
        QTest::newRow("not JSON") << QByteArray("hello") << 1 << "column 1"
                                  << notJson + "unexpected character 'h'";
        QTest::newRow("truncated") << QByteArray("[{\"timestamp\": [1, 2") << 1 << "column 21"
                                   << notJson + "expected ',' or ']', found the end of the file";
        QTest::newRow("missing comma") << QByteArray("[\n  {\"timestamp\": [1 2]}\n]") << 2
                                       << "column 20" << notJson + "expected ',' or ']', found '2'";
        QTest::newRow("trailing content") << QByteArray("[]\n[]") << 2 << "column 1"
                                          << notJson + "unexpected content after the end of the "
                                                       "JSON value";
        QTest::newRow("leading zero") << QByteArray("[{\"timestamp\": [01]}]") << 1 << "column 18"
                                      << notJson + "numbers must not have leading zeros";
        QTest::newRow("unterminated string") << QByteArray("[{\"endpoint\": [\"abc") << 1
                                             << "column 20" << notJson + "unterminated string";
        QTest::newRow("bad escape") << QByteArray("[{\"endpoint\": [\"a\\x\"]}]") << 1
                                    << "column 19" << notJson + "invalid escape in a string";
        QTest::newRow("raw newline in string")
            << QByteArray("[{\"endpoint\": [\"a\nb\"]}]") << 1 << "column 18"
            << notJson + "control character in a string (write it as an escape)";
        QTest::newRow("bad literal") << QByteArray("[{\"x\": nul}]") << 1 << "column 11"
                                     << notJson + "unexpected character '}'";
        QTest::newRow("top level object")
            << QByteArray("{\"timestamp\": [], \"endpoint\": []}") << 1 << ""
            << "the top level must be a list of slots, found an object";
        QTest::newRow("top level number")
            << QByteArray("  42") << 1 << ""
            << "the top level must be a list of slots, found a number";
        QTest::newRow("slot not an object")
            << QByteArray("[{\"timestamp\": [], \"endpoint\": []},\n [1, 2]]") << 2 << "[1]"
            << "a slot must be an object with \"timestamp\" and \"endpoint\" lists, found a list";
        QTest::newRow("missing timestamp") << QByteArray("[\n{\"endpoint\": []}]") << 2 << "[0]"
                                           << "the slot has no \"timestamp\" list";
        QTest::newRow("missing endpoint") << QByteArray("[{\"timestamp\": []}]") << 1 << "[0]"
                                          << "the slot has no \"endpoint\" list";
        QTest::newRow("timestamp not a list")
            << QByteArray("[{\"timestamp\": 5, \"endpoint\": []}]") << 1 << "[0].timestamp"
            << "expected a list of integer timestamps, found a number";
        QTest::newRow("endpoint not a list")
            << QByteArray("[{\"timestamp\": [], \"endpoint\": \"a\"}]") << 1 << "[0].endpoint"
            << "expected a list of endpoint strings, found a string";
        QTest::newRow("timestamp a string")
            << QByteArray("[{\"timestamp\": [1, \"2\"], \"endpoint\": [\"a\", \"b\"]}]") << 1
            << "[0].timestamp[1]"
            << "expected an integer timestamp (µs), found a string";
        QTest::newRow("timestamp null")
            << QByteArray("[{\"timestamp\": [null], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "expected an integer timestamp (µs), found true, false or null";
        QTest::newRow("fractional timestamp")
            << QByteArray("[{\"timestamp\": [1.5], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "1.5 is not an integer number of microseconds";
        QTest::newRow("endpoint a number")
            << QByteArray("[{\"timestamp\": [1, 2], \"endpoint\": [\"a\", 2]}]") << 1
            << "[0].endpoint[1]"
            << "expected an endpoint string, found a number";
        QTest::newRow("lengths differ")
            << QByteArray("[{\"timestamp\": [], \"endpoint\": []},\n{\"timestamp\": [1, 2],\n "
                          "\"endpoint\": [\"a\"]}]")
            << 2 << "[1]"
            << "\"timestamp\" has 2 entries but \"endpoint\" has 1";
        QTest::newRow("duplicate key")
            << QByteArray("[{\"timestamp\": [], \"timestamp\": [], \"endpoint\": []}]") << 1
            << "[0].timestamp"
            << "appears twice";
        QTest::newRow("negative timestamp")
            << QByteArray("[{\"timestamp\": [-1], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "-1 is outside the slot [0, 60000000]";
        QTest::newRow("timestamp past the slot")
            << QByteArray("[{\"timestamp\": [0, 60000001], \"endpoint\": [\"a\", \"a\"]}]") << 1
            << "[0].timestamp[1]"
            << "60000001 is outside the slot [0, 60000000]";
        QTest::newRow("huge timestamp")
            << QByteArray("[{\"timestamp\": [123456789012345678901234], \"endpoint\": [\"a\"]}]")
            << 1 << "[0].timestamp[0]"
            << "123456789012345678901234 is outside the slot [0, 60000000]";
        QTest::newRow("exponent timestamp past the slot")
            << QByteArray("[{\"timestamp\": [6.1e7], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "6.1e7 is outside the slot [0, 60000000]";
        QTest::newRow("beyond double")
            << QByteArray("[{\"timestamp\": [1e999], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "1e999 is outside the slot [0, 60000000]";
        QTest::newRow("below double")
            << QByteArray("[{\"timestamp\": [1e-999], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "1e-999 is not an integer number of microseconds";
        QTest::newRow("fraction in exponent form")
            << QByteArray("[{\"timestamp\": [2.5E-1], \"endpoint\": [\"a\"]}]") << 1
            << "[0].timestamp[0]"
            << "2.5E-1 is not an integer number of microseconds";

        // Not ascending at [3].timestamp[17], on line 5.
        QByteArray unsorted = "[\n";
        for (int s = 0; s < 4; ++s) {
            QByteArray times, endpoints;
            for (int k = 0; k < 20; ++k) {
                const int t = (s == 3 && k == 17) ? 1000 * 16 - 1 : 1000 * k;
                times += (k ? "," : "") + QByteArray::number(t);
                endpoints += k ? ",\"e\"" : "\"e\"";
            }
            unsorted += "{\"timestamp\":[" + times + "],\"endpoint\":[" + endpoints + "]}" +
                        (s < 3 ? ",\n" : "\n");
        }
        unsorted += "]\n";
        QTest::newRow("not ascending") << unsorted << 5 << "[3].timestamp[17]"
                                       << "15999 comes after 16000: timestamps must be ascending";
    }
    void malformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        writeText(path, content);
        try {
            LoadFile::read(path, 60'000'000);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.message(), message);
            QCOMPARE(e.field(), field);
            QCOMPARE(e.line(), qint64(line));
            QCOMPARE(e.file(), path);
        }
    }

    void missingFile()
    {
        const QString path = QStringLiteral("/nonexistent/traceload/load.json");
        try {
            LoadFile::read(path, 60'000'000);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.message(), QStringLiteral("file is missing"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLoadFileErrors)
#include "test_load_file_errors.moc"

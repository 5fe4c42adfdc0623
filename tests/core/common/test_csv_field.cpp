// appendCsvField, the one CSV field writer (run folder, emulator arrivals): what it writes,
// CsvReader reads back exactly.
#include "common/csv_field.h"
#include "common/csv_reader.h"

#include <QBuffer>
#include <QTest>
#include <string>

using namespace traceload;

class TestCsvField : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QByteArray("fn-a") << QByteArray("fn-a");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("comma") << QByteArray("fn,b") << QByteArray("\"fn,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << QByteArray("f\xc3\xbc") << QByteArray("f\xc3\xbc");
    }

    void field()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, written);
        const std::string_view view(field.constData(), std::size_t(field.size()));
        std::string asString;
        appendCsvField(asString, view);
        QByteArray asBytes;
        appendCsvField(asBytes, view);
        QCOMPARE(QByteArray::fromStdString(asString), written);
        QCOMPARE(asBytes, written);

        QByteArray file = "x," + written + ",y\n";
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("test.csv"));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields().size(), std::size_t(3));
        QCOMPARE(QByteArray::fromStdString(std::string(reader.fields()[1])), field);
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "test_csv_field.moc"

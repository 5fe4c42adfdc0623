// JsonCursor, the streaming JSON reader under LoadFile::read: the same tokens and the same
// error positions whatever the chunk size, so tokens split across reads are handled.
#include "common/input_error.h"
#include "load/json_cursor.h"

#include <QBuffer>
#include <QTest>

using namespace traceload;

namespace {

const QByteArray kDocument = "\xEF\xBB\xBF"
                             "{\"a\\u00e9\\ud83d\\ude00\\/\": [1, -2.5e3, true, false, null,\r\n"
                             "  \"x\\n\\\"y\", {\"k\": [[], {}]}],\n"
                             "  \"numbers\": [0, -0, 12, 123456789012, 1.5, 2E+3, "
                             "99999999999999999999],\n"
                             "  \"long\": \"" +
                             QByteArray(3000, 'z') + "\"}\n";

struct Walk
{
    QStringList keys;
    QList<double> values;
    QList<bool> integers;
    QString longString;
};

Walk walk(const QByteArray& text, std::size_t chunk)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    JsonCursor in(buffer, QStringLiteral("doc.json"), chunk);
    Walk w;
    std::string s;
    if (in.peekKind() != JsonCursor::Kind::Object)
        return w;
    in.expect('{', {});
    do {
        in.readString(s);
        w.keys << QString::fromStdString(s);
        in.expect(':', {});
        if (w.keys.size() == 1) {
            in.skipValue();
        } else if (w.keys.size() == 2) {
            in.expect('[', {});
            do {
                const auto n = in.readNumber();
                w.values << n.value;
                w.integers << n.isInteger;
            } while (in.consumeIf(','));
            in.expect(']', {});
        } else {
            in.readString(s);
            w.longString = QString::fromStdString(s);
        }
    } while (in.consumeIf(','));
    in.expect('}', {});
    in.expectEnd();
    return w;
}

} // namespace

class TestJsonCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunks_data()
    {
        QTest::addColumn<int>("chunk");
        for (const int chunk : {1, 2, 3, 5, 7, 64, 1 << 20})
            QTest::addRow("%d", chunk) << chunk;
    }
    void chunks()
    {
        QFETCH(int, chunk);
        const Walk w = walk(kDocument, std::size_t(chunk));
        QCOMPARE(w.keys, (QStringList{QStringLiteral("aé😀/"), QStringLiteral("numbers"),
                                      QStringLiteral("long")}));
        QCOMPARE(w.values, (QList<double>{0, -0.0, 12, 123456789012, 1.5, 2000, 1e20}));
        QCOMPARE(w.integers, (QList<bool>{true, true, true, true, false, false, false}));
        QCOMPARE(w.longString, QString(3000, u'z'));
    }

    // An error deep in the document is reported at the same place for every chunk size.
    void errorPosition_data() { chunks_data(); }
    void errorPosition()
    {
        QFETCH(int, chunk);
        QByteArray broken = kDocument;
        broken.replace("2E+3", "2E+x");
        try {
            walk(broken, std::size_t(chunk));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.line(), qint64(3));
            QCOMPARE(e.field(), QStringLiteral("column 48"));
            QCOMPARE(e.message(),
                     QStringLiteral("not valid JSON: expected a digit in the exponent"));
        }
    }

    void badByteOrderMark()
    {
        try {
            walk("\xEF\xBB{}", 1);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.message(), QStringLiteral("not valid JSON: unexpected character '{'"));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonCursor)
#include "test_json_cursor.moc"

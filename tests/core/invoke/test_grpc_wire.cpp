// The gRPC-over-HTTP/2 details the lean transport writes and reads itself.
#include "invoke/h2/grpc_wire.h"

#include <QTest>

using namespace traceload::h2;
using namespace std::chrono_literals;

class TestGrpcWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutHeader_data()
    {
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QString>("value");
        QTest::newRow("1 us") << qint64(1) << "1u";
        QTest::newRow("30 s") << qint64(30'000'000) << "30000000u";
        QTest::newRow("99.999999 s") << qint64(99'999'999) << "99999999u";
        QTest::newRow("100 s") << qint64(100'000'000) << "100000m";
        QTest::newRow("100 s + 1 us rounds up") << qint64(100'000'001) << "100001m";
        QTest::newRow("one day") << qint64(86'400'000'000) << "86400000m";
        QTest::newRow("200,000 s") << qint64(200'000'000'000) << "200000S";
    }
    void timeoutHeader()
    {
        QFETCH(qint64, us);
        QFETCH(QString, value);
        QCOMPARE(QString::fromStdString(grpcTimeoutValue(std::chrono::microseconds(us))), value);
    }

    void framing()
    {
        const std::string framed = frameMessage("abc");
        QCOMPARE(framed, std::string("\0\0\0\0\3abc", 8));
        QCOMPARE(unframeMessage(framed).value(), std::string_view("abc"));
        QCOMPARE(unframeMessage(std::string("\0\0\0\0\0", 5)).value(), std::string_view());
        QVERIFY(!unframeMessage(std::string("\0\0\0\0\4abc", 8))); // cut short
        QVERIFY(!unframeMessage(std::string("\1\0\0\0\3abc", 8))); // compressed
        QVERIFY(!unframeMessage(""));
    }

    void percentDecoding()
    {
        QCOMPARE(percentDecode("a%20b%25c"), std::string("a b%c"));
        QCOMPARE(percentDecode("%C3%BC"), std::string("\xc3\xbc"));
        QCOMPARE(percentDecode("100%"), std::string("100%"));
        QCOMPARE(percentDecode("%zz%4"), std::string("%zz%4"));
    }

    void httpStatusAsGrpcDoes()
    {
        QCOMPARE(grpcCodeOfHttpStatus(400), int(kInternal));
        QCOMPARE(grpcCodeOfHttpStatus(401), int(kUnauthenticated));
        QCOMPARE(grpcCodeOfHttpStatus(403), int(kPermissionDenied));
        QCOMPARE(grpcCodeOfHttpStatus(404), int(kUnimplemented));
        for (int s : {429, 502, 503, 504})
            QCOMPARE(grpcCodeOfHttpStatus(s), int(kUnavailable));
        QCOMPARE(grpcCodeOfHttpStatus(500), int(kUnknown));
    }

    void http2ErrorsAsGrpcDoes()
    {
        QCOMPARE(grpcCodeOfHttp2Error(0x7, false), int(kUnavailable)); // REFUSED_STREAM
        QCOMPARE(grpcCodeOfHttp2Error(0x8, false), int(kCancelled));   // CANCEL
        QCOMPARE(grpcCodeOfHttp2Error(0x8, true), int(kDeadlineExceeded));
        QCOMPARE(grpcCodeOfHttp2Error(0xb, false), int(kResourceExhausted)); // ENHANCE_YOUR_CALM
        QCOMPARE(grpcCodeOfHttp2Error(0x2, false), int(kInternal));          // INTERNAL_ERROR
    }

    void replies()
    {
        QCOMPARE(replyText(std::string("\x0a\x02hi", 4), false).value(), std::string("hi"));
        QCOMPARE(replyText(std::string("\x0a\x02hi", 4), true).value(), std::string("hi"));
        QVERIFY(!replyText(std::string("\x0a\x05hi", 4), false)); // truncated
    }
};

QTEST_GUILESS_MAIN(TestGrpcWire)
#include "test_grpc_wire.moc"

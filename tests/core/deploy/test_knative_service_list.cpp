// Parsing `kn service list -o json` and turning URLs into endpoints.
#include "common/input_error.h"
#include "deploy/knative_service_list.h"

#include <QTest>

using namespace traceload;

namespace {
const QString kSource = QStringLiteral("`kn service list -o json`");

// JSON written with single quotes, which moc's tokenizer copes with better than raw strings.
QByteArray jsonFrom(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestKnativeServiceList : public QObject
{
    Q_OBJECT

private slots:
    void readyAndNotReady()
    {
        // The shape real kn prints (trimmed): conditions with types and statuses, status.url.
        const QByteArray json = jsonFrom(
            "{'apiVersion': 'serving.knative.dev/v1', 'kind': 'ServiceList', 'metadata': {},"
            " 'items': ["
            "  {'apiVersion': 'serving.knative.dev/v1', 'kind': 'Service',"
            "   'metadata': {'name': 'aes-go-10-10-a1', 'namespace': 'default'},"
            "   'status': {'conditions': ["
            "       {'status': 'True', 'type': 'ConfigurationsReady'},"
            "       {'status': 'True', 'type': 'Ready'},"
            "       {'status': 'True', 'type': 'RoutesReady'}],"
            "     'url': 'http://aes-go-10-10-a1.default.192.168.1.240.sslip.io'}},"
            "  {'apiVersion': 'serving.knative.dev/v1', 'kind': 'Service',"
            "   'metadata': {'name': 'b'},"
            "   'status': {'conditions': ["
            "       {'status': 'Unknown', 'type': 'Ready', 'reason': 'RevisionMissing',"
            "        'message': 'Configuration b is waiting for a Revision to become ready.'}],"
            "     'url': 'http://b.default.example.com'}},"
            "  {'metadata': {'name': 'c'}, 'status': {}}"
            "]}");
        const auto list = parseKnativeServiceList(json, kSource);
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].name, QStringLiteral("aes-go-10-10-a1"));
        QVERIFY(list[0].ready);
        QCOMPARE(list[0].url,
                 QStringLiteral("http://aes-go-10-10-a1.default.192.168.1.240.sslip.io"));
        QVERIFY(list[0].reason.isEmpty());
        QVERIFY(!list[1].ready);
        QCOMPARE(list[1].reason, QStringLiteral("RevisionMissing: Configuration b is waiting for "
                                                "a Revision to become ready."));
        QVERIFY(!list[2].ready);
        QCOMPARE(list[2].reason, QStringLiteral("no status yet"));
    }

    void emptyLists_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("json") << QByteArray(
            "{\"apiVersion\":\"serving.knative.dev/v1\",\"items\":[],"
            "\"kind\":\"ServiceList\",\"metadata\":{}}");
        // kn before 0.22 printed this even with -o json (knative/client#1273).
        QTest::newRow("old kn text") << QByteArray("No services found.\n");
    }
    void emptyLists()
    {
        QFETCH(QByteArray, output);
        QVERIFY(parseKnativeServiceList(output, kSource).empty());
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QString()
                              << QStringLiteral("printed something that is not a Knative service "
                                                "list (JSON expected): \"<html>502 Bad "
                                                "Gateway</html>\"");
        QTest::newRow("empty") << QByteArray("") << QString()
                               << QStringLiteral("printed something that is not a Knative "
                                                 "service list (JSON expected): \"\"");
        QTest::newRow("no items") << QByteArray("{\"kind\":\"ServiceList\"}")
                                  << QStringLiteral("items")
                                  << QStringLiteral("missing or not a list in the Knative service "
                                                    "list");
        QTest::newRow("nameless") << QByteArray("{\"items\":[{\"metadata\":{}}]}")
                                  << QStringLiteral("items[0].metadata.name")
                                  << QStringLiteral("missing in the Knative service list");
    }
    void garbage()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, field);
        QFETCH(QString, message);
        try {
            parseKnativeServiceList(output, kSource);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), kSource);
            QCOMPARE(e.field(), field);
            QCOMPARE(e.message(), message);
        }
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("http") << "http://a.default.example.com"
                              << "a.default.example.com";
        QTest::newRow("https") << "https://a.default.example.com/"
                               << "a.default.example.com";
        QTest::newRow("no scheme") << "a.default.example.com"
                                   << "a.default.example.com";
        QTest::newRow("empty") << ""
                               << "";
    }
    void endpoints()
    {
        QFETCH(QString, url);
        QFETCH(QString, endpoint);
        QCOMPARE(endpointFromUrl(url), endpoint);
    }
};

QTEST_GUILESS_MAIN(TestKnativeServiceList)
#include "test_knative_service_list.moc"

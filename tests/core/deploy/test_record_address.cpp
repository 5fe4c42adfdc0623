// Where `invoke` dials when no --connect-to is given: the deployment record's address,
// but only when the record serves every endpoint of the load.
#include "deploy/deployment_record.h"
#include "deploy/record_address.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

Load loadOf(const QStringList& endpoints)
{
    Load load;
    for (const QString& e : endpoints)
        load.endpoints.push_back(e);
    return load;
}

} // namespace

class TestRecordAddress : public QObject
{
    Q_OBJECT

private slots:
    void address_data()
    {
        QTest::addColumn<bool>("writeRecord");
        QTest::addColumn<QString>("connectTo");
        QTest::addColumn<QStringList>("endpoints");
        QTest::addColumn<QString>("expected");
        const QString address = QStringLiteral("127.0.0.1:4242");
        QTest::newRow("every endpoint served")
            << true << address << QStringList{"a-1.local", "b-2.local"} << address;
        QTest::newRow("some endpoints") << true << address << QStringList{"a-1.local"} << address;
        QTest::newRow("an endpoint not served")
            << true << address << QStringList{"a-1.local", "c-3.local"} << QString();
        QTest::newRow("record without address")
            << true << QString() << QStringList{"a-1.local"} << QString();
        QTest::newRow("no record") << false << address << QStringList{"a-1.local"} << QString();
    }

    void address()
    {
        QFETCH(bool, writeRecord);
        QFETCH(QString, connectTo);
        QFETCH(QStringList, endpoints);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        if (writeRecord) {
            DeploymentRecord r;
            r.backend = QStringLiteral("local");
            r.status = QStringLiteral("ready");
            r.connectTo = connectTo;
            for (const char* name : {"a-1", "b-2"})
                r.services.push_back({QString::fromLatin1(name),
                                      QStringLiteral("fib"),
                                      QString::fromLatin1(name) + QStringLiteral(".local"),
                                      true,
                                      true,
                                      {},
                                      1});
            r.write(dir.path());
        }
        QCOMPARE(connectToFromRecord(dir.path(), loadOf(endpoints)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordAddress)
#include "test_record_address.moc"

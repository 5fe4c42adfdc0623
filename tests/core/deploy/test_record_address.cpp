// Where `invoke` dials when no --connect-to is given: the deployment record's address,
// but only when the record serves every endpoint of the load.
#include "deploy/deployment_record.h"
#include "deploy/record_address.h"

#include <QDir>
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
        const auto found = findRecordAddress({dir.path()}, loadOf(endpoints));
        QCOMPARE(found ? found->connectTo : QString(), expected);
        if (found) {
            QCOMPARE(found->buildDir, dir.path());
            QCOMPARE(found->backend, QStringLiteral("local"));
        }
    }

    // `loadgen` from a folder writes invoker/load.json and deploys into ./traceload-deploy;
    // `invoke` finds that record from the folder above and after `cd invoker` alike, and
    // looks nowhere else.
    void candidatesFindTheLoadgenRecordFromEitherFolder()
    {
        QTemporaryDir dir;
        const QString root = QDir(dir.path()).canonicalPath();
        QVERIFY(QDir(root).mkpath(QStringLiteral("invoker")));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(root));
        const QStringList fromRoot = buildDirCandidates(QStringLiteral("invoker/load.json"));
        QVERIFY(QDir::setCurrent(root + QStringLiteral("/invoker")));
        const QStringList fromInvoker = buildDirCandidates(QStringLiteral("load.json"));
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(fromRoot,
                 (QStringList{root + "/traceload-deploy", root + "/invoker/traceload-deploy"}));
        QCOMPARE(fromInvoker,
                 (QStringList{root + "/invoker/traceload-deploy", root + "/traceload-deploy"}));

        DeploymentRecord r;
        r.backend = QStringLiteral("local");
        r.status = QStringLiteral("ready");
        r.connectTo = QStringLiteral("127.0.0.1:4242");
        r.services.push_back({"a-1", "fib", "a-1.local", true, true, {}, 1});
        QVERIFY(QDir(root).mkpath(QStringLiteral("traceload-deploy")));
        r.write(root + QStringLiteral("/traceload-deploy"));
        const auto found = findRecordAddress(fromInvoker, loadOf({"a-1.local"}));
        QVERIFY(found);
        QCOMPARE(found->buildDir, root + QStringLiteral("/traceload-deploy"));
        QCOMPARE(found->connectTo, QStringLiteral("127.0.0.1:4242"));
        QVERIFY(!findRecordAddress(fromInvoker, loadOf({"b-2.local"})));
    }

    void localEndpointsAreRecognised()
    {
        QVERIFY(namesLocalEndpoints(loadOf({"x.example.com", "a-1.local"})));
        QVERIFY(!namesLocalEndpoints(loadOf({"x.example.com", "a-1.dry-run"})));
    }
};

QTEST_GUILESS_MAIN(TestRecordAddress)
#include "test_record_address.moc"

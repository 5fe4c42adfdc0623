// ServiceStateModel under QAbstractItemModelTester: a plan, live reports, a record.
#include "models/service_state_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace traceload;

namespace {

ProxyCatalogue catalogue()
{
    ProxyCatalogue c;
    for (const char* name : {"aes-go", "fibonacci-python"}) {
        ProxyFunction p;
        p.name = QString::fromLatin1(name);
        c.proxies.push_back(p);
    }
    return c;
}

ServicePlan plan()
{
    ServicePlan p;
    p.services.push_back({QStringLiteral("aes-go-1"), 0, {0}});
    p.services.push_back({QStringLiteral("fibonacci-python-2"), 1, {1}});
    p.services.push_back({QStringLiteral("aes-go-3"), 0, {2}});
    return p;
}

ServiceProgress report(int index, const QString& name, ServiceState state, qint64 ms,
                       const QString& message = {})
{
    ServiceProgress p;
    p.index = index;
    p.service = name;
    p.state = state;
    p.elapsedMs = ms;
    p.message = message;
    return p;
}

} // namespace

class TestServiceStateModel : public QObject
{
    Q_OBJECT

private slots:
    void planThenReports()
    {
        ServiceStateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProxyCatalogue c = catalogue();
        model.setPlan(plan(), c);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.counts().pending, 3);
        QCOMPARE(model.index(1, ServiceStateModel::ProxyColumn).data().toString(),
                 QStringLiteral("fibonacci-python"));
        QCOMPARE(model.index(1, ServiceStateModel::TimeColumn).data().toString(), QString());

        model.apply(report(0, QStringLiteral("aes-go-1"), ServiceState::Applying, 100));
        model.apply(report(0, QStringLiteral("aes-go-1"), ServiceState::Ready, 2500));
        // A stale index: found by name.
        model.apply(report(0, QStringLiteral("aes-go-3"), ServiceState::Failed, 3000,
                           QStringLiteral("kubectl apply failed")));
        model.apply(report(9, QStringLiteral("unknown"), ServiceState::Ready, 1)); // ignored
        QCOMPARE(model.counts().ready, 1);
        QCOMPARE(model.counts().failed, 1);
        QCOMPARE(model.counts().pending, 1);
        QCOMPARE(model.state(2), ServiceState::Failed);
        QCOMPARE(model.index(0, ServiceStateModel::StateColumn).data().toString(),
                 QStringLiteral("ready"));
        QCOMPARE(model.index(0, ServiceStateModel::TimeColumn).data().toString(),
                 QLocale().toString(2.5, 'f', 1) + QStringLiteral(" s"));
        QCOMPARE(model.index(2, ServiceStateModel::MessageColumn).data().toString(),
                 QStringLiteral("kubectl apply failed"));
        QCOMPARE(model.index(2, ServiceStateModel::StateColumn)
                     .data(ServiceStateModel::SortRole)
                     .toInt(),
                 int(ServiceState::Failed));

        model.apply(report(1, QStringLiteral("fibonacci-python-2"), ServiceState::Applying, 10));
        model.failUnfinished(QStringLiteral("cancelled"));
        QCOMPARE(model.counts().failed, 2);
        QCOMPARE(model.counts().applying, 0);
    }

    void record_data()
    {
        QTest::addColumn<bool>("served");
        QTest::addColumn<int>("ready");
        QTest::addColumn<int>("failed");
        QTest::newRow("emulator running") << true << 2 << 1;
        QTest::newRow("emulator gone") << false << 0 << 3;
    }

    void record()
    {
        QFETCH(bool, served);
        QFETCH(int, ready);
        QFETCH(int, failed);
        DeploymentRecord r;
        r.backend = QStringLiteral("local");
        r.status = QStringLiteral("failed");
        r.services.push_back({QStringLiteral("a"), QStringLiteral("p"), {}, true, true});
        r.services.push_back({QStringLiteral("b"), QStringLiteral("p"), {}, true, true});
        r.services.push_back(
            {QStringLiteral("c"), QStringLiteral("p"), {}, true, false, QStringLiteral("crashed")});
        r.services.push_back({QStringLiteral("d"), QStringLiteral("p"), {}, false, false});
        ServiceStateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(r, served);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.counts().ready, ready);
        QCOMPARE(model.counts().failed, failed);
        QCOMPARE(model.counts().pending, 1); // never applied
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceStateModel)
#include "test_service_state_model.moc"

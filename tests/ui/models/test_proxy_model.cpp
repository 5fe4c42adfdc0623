// ProxyModel on the bundled 191-proxy profile, sorted and filtered by FunctionFilterModel.
#include "model_fixtures.h"
#include "models/function_filter_model.h"
#include "models/model_roles.h"
#include "models/proxy_model.h"
#include "profile/proxy_catalogue.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace traceload;
using Tester = QAbstractItemModelTester;

namespace {
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sampleValues()
    {
        ProxyModel model;
        Tester tester(&model, qtTest);
        model.setCatalogue(test::sharedSampleCatalogue());
        QCOMPARE(model.rowCount(), 191);
        QCOMPARE(model.columnCount(), 5);
        const auto at = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(at(ProxyModel::NameColumn).toString(), QStringLiteral("aes-go-10-10"));
        QCOMPARE(at(ProxyModel::NameColumn, roles::FullIdRole).toString(),
                 QStringLiteral("aes-go-10-10"));
        QCOMPARE(at(ProxyModel::MemoryColumn, roles::SortRole).toDouble(), 24.764468864468867);
        QCOMPARE(at(ProxyModel::MemoryColumn).toString(), QStringLiteral("24.8"));
        QCOMPARE(at(ProxyModel::DurationColumn, roles::SortRole).toDouble(), 0.7466532679738556);
        QCOMPARE(at(ProxyModel::DurationColumn).toString(), QStringLiteral("0.747"));
        QCOMPARE(at(ProxyModel::DurationColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("0.7466532679738556"));
        QCOMPARE(at(ProxyModel::CpuColumn).toString(), QStringLiteral("3.00"));
        QCOMPARE(at(ProxyModel::YamlColumn).toString(),
                 QStringLiteral("./yamls/aes-go/kn-aes-go-10-10.yaml"));
        QVERIFY(at(ProxyModel::YamlColumn, Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("yamls/aes-go/kn-aes-go-10-10.yaml")));
        QVERIFY(!at(ProxyModel::NameColumn, roles::TriggerRole).isValid());

        model.setPercentile(95);
        QCOMPARE(at(ProxyModel::CpuColumn, roles::SortRole).toDouble(), 3.0968840579710144);
        QCOMPARE(model.headerData(ProxyModel::CpuColumn, Qt::Horizontal).toString(),
                 QStringLiteral("CPU p95"));
        model.setPercentile(42); // no proxy has it
        QVERIFY(!at(ProxyModel::MemoryColumn, roles::SortRole).isValid());
        QCOMPARE(at(ProxyModel::MemoryColumn).toString(), QString());
    }

    void filterAndSort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << QString() << 191;
        QTest::newRow("name") << QStringLiteral("AES") << QString() << 47;
        QTest::newRow("yaml folder") << QStringLiteral("python") << QString() << 103;
        // Proxies have no trigger: the trigger filter does not apply.
        QTest::newRow("trigger ignored") << QStringLiteral("aes") << QStringLiteral("http") << 47;
    }
    void filterAndSort()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(int, rows);
        ProxyModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester tester(&filter, qtTest);
        model.setCatalogue(test::sharedSampleCatalogue());
        filter.setFilterText(text);
        filter.setTriggerFilter(trigger);
        QCOMPARE(filter.rowCount(), rows);
        filter.sort(ProxyModel::DurationColumn, Qt::AscendingOrder);
        const QVariantList durations =
            test::columnValues(filter, ProxyModel::DurationColumn, roles::SortRole);
        for (int i = 1; i < durations.size(); ++i)
            QVERIFY(durations[i - 1].toDouble() <= durations[i].toDouble());
        // Display strings sort wrongly ("10" < "9"); the numeric role does not.
        filter.sort(ProxyModel::MemoryColumn, Qt::DescendingOrder);
        const QVariantList memory =
            test::columnValues(filter, ProxyModel::MemoryColumn, roles::SortRole);
        for (int i = 1; i < memory.size(); ++i)
            QVERIFY(memory[i - 1].toDouble() >= memory[i].toDouble());
        model.setCatalogue(nullptr);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestProxyModel)
#include "test_proxy_model.moc"

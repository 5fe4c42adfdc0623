// TraceFunctionModel on the bundled sample and on 46,000 synthetic functions, through
// FunctionFilterModel's sorting and filtering, always under QAbstractItemModelTester.
#include "model_fixtures.h"
#include "models/function_filter_model.h"
#include "models/model_roles.h"
#include "models/text_ranks.h"
#include "models/trace_function_model.h"
#include "models/trace_table.h"
#include "trace/trace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace traceload;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

const QString firstId =
    QStringLiteral("dd065b88fe6a8fa651c14ed91aedd6bab8f6044fa82f0540192ec1cc94c55faf"
                   "f31bf1852d5605ebce82e0d4818cd15a63af3d53df35968cf70d0827f61b093d"
                   "ba86c58a47b3f8a4820c6fab174dffb8e799287812a1f574e640d87e3a86407f");

// Ascending (or descending) by number, rows without a value last.
bool sortedWithMissingLast(const QVariantList& values, Qt::SortOrder order)
{
    bool missingSeen = false;
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i].isValid()) {
            missingSeen = true;
            continue;
        }
        if (missingSeen)
            return false;
        if (i > 0 && values[i - 1].isValid()) {
            const double a = values[i - 1].toDouble(), b = values[i].toDouble();
            if (order == Qt::AscendingOrder ? a > b : a < b)
                return false;
        }
    }
    return true;
}

} // namespace

class TestTraceFunctionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sampleValues()
    {
        TraceFunctionModel model;
        Tester tester(&model, qtTest);
        model.setTrace(test::sharedSampleTrace());
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), 5);
        const auto at = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(at(TraceFunctionModel::FunctionColumn).toString(),
                 QStringLiteral("dd065b88/f31bf185/ba86c58a"));
        QCOMPARE(at(TraceFunctionModel::FunctionColumn, roles::FullIdRole).toString(), firstId);
        QVERIFY(at(TraceFunctionModel::FunctionColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral(
                        "f31bf1852d5605ebce82e0d4818cd15a63af3d53df35968cf70d0827f61b093d")));
        QCOMPARE(at(TraceFunctionModel::TriggerColumn).toString(), QStringLiteral("queue"));
        QCOMPARE(at(TraceFunctionModel::InvocationsColumn).toString(), QStringLiteral("11"));
        QCOMPARE(at(TraceFunctionModel::InvocationsColumn, roles::SortRole).toULongLong(), 11u);
        QCOMPARE(at(TraceFunctionModel::MemoryColumn, roles::SortRole).toDouble(), 8.125);
        QCOMPARE(at(TraceFunctionModel::DurationColumn).toString(), QStringLiteral("274"));
        QCOMPARE(at(TraceFunctionModel::DurationColumn, roles::SortRole).toDouble(), 274.0);
        QCOMPARE(model.headerData(TraceFunctionModel::MemoryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Memory p75 (MB)"));
        // The busiest function of the sample (row 62) shows its count grouped.
        QCOMPARE(model.index(62, TraceFunctionModel::InvocationsColumn).data().toString(),
                 QStringLiteral("192,729"));
        quint64 total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += model.index(row, TraceFunctionModel::InvocationsColumn)
                         .data(roles::SortRole)
                         .toULongLong();
        QCOMPARE(total, quint64(324209));
        QCOMPARE(model.triggers(),
                 (QStringList{"event", "http", "orchestration", "queue", "storage", "timer"}));
        QCOMPARE(model.rowOfId(firstId), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);
    }

    // The sample's memory file has percentile 5 but no 0, its durations file 0 but no 5.
    void missingPercentile()
    {
        TraceFunctionModel model;
        Tester tester(&model, qtTest);
        model.setTrace(test::sharedSampleTrace());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setPercentile(5);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(header.size(), 1);
        QCOMPARE(model.headerData(TraceFunctionModel::DurationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Duration p5 (ms)"));
        const QModelIndex duration = model.index(0, TraceFunctionModel::DurationColumn);
        QCOMPARE(duration.data().toString(), QString());
        QVERIFY(!duration.data(roles::SortRole).isValid());
        QVERIFY(duration.data(Qt::ToolTipRole).toString().contains(QStringLiteral("5")));
        QVERIFY(model.index(0, TraceFunctionModel::MemoryColumn).data(roles::SortRole).isValid());
        model.setPercentile(0);
        QVERIFY(!model.index(0, TraceFunctionModel::MemoryColumn).data(roles::SortRole).isValid());
        QCOMPARE(
            model.index(0, TraceFunctionModel::DurationColumn).data(roles::SortRole).toDouble(),
            0.0 + model.trace()->functions[0].durationMs.at(0));
        model.setPercentile(0); // unchanged: no signal
        QCOMPARE(changed.size(), 2);
    }

    void filtering_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << QString() << 250;
        QTest::newRow("one id") << QStringLiteral("dd065b88") << QString() << 1;
        QTest::newRow("case-insensitive") << QStringLiteral("DD065B88") << QString() << 1;
        QTest::newRow("substring") << QStringLiteral("ab") << QString() << 129;
        QTest::newRow("trigger text") << QStringLiteral("orchestr") << QString() << 13;
        QTest::newRow("trigger") << QString() << QStringLiteral("http") << 67;
        QTest::newRow("trigger and text")
            << QStringLiteral("dd065b88") << QStringLiteral("queue") << 1;
        QTest::newRow("trigger excludes")
            << QStringLiteral("dd065b88") << QStringLiteral("http") << 0;
        QTest::newRow("nothing") << QStringLiteral("zzz") << QString() << 0;
    }
    void filtering()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(int, rows);
        TraceFunctionModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester sourceTester(&model, qtTest);
        Tester filterTester(&filter, qtTest);
        model.setTrace(test::sharedSampleTrace());
        filter.sort(TraceFunctionModel::InvocationsColumn, Qt::DescendingOrder);
        filter.setFilterText(text);
        filter.setTriggerFilter(trigger);
        QCOMPARE(filter.rowCount(), rows);
        if (!trigger.isEmpty())
            for (int row = 0; row < filter.rowCount(); ++row)
                QCOMPARE(filter.index(row, TraceFunctionModel::TriggerColumn).data().toString(),
                         trigger);
        // The filter survives a reset of the source.
        model.setTrace(nullptr);
        QCOMPARE(filter.rowCount(), 0);
        model.setTrace(test::sharedSampleTrace());
        QCOMPARE(filter.rowCount(), rows);
        filter.setFilterText({});
        filter.setTriggerFilter({});
        QCOMPARE(filter.rowCount(), 250);
    }

    void sortsMissingLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column :
             {int(TraceFunctionModel::MemoryColumn), int(TraceFunctionModel::DurationColumn)})
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("column %d %s", column,
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << order;
    }
    void sortsMissingLast()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        TraceFunctionModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester tester(&filter, qtTest);
        model.setTrace(test::syntheticTrace(300));
        filter.sort(column, order);
        const QVariantList values = test::columnValues(filter, column, roles::SortRole);
        QVERIFY(sortedWithMissingLast(values, order));
        QVERIFY(!values.back().isValid());
        QVERIFY(values.front().isValid());
        QVERIFY(filter.index(filter.rowCount() - 1, column).data().toString().isEmpty());
        // A percentile every function has: nothing is missing, and the view re-sorts.
        model.setPercentile(50);
        const QVariantList at50 = test::columnValues(filter, column, roles::SortRole);
        QVERIFY(
            std::all_of(at50.begin(), at50.end(), [](const QVariant& v) { return v.isValid(); }));
        QVERIFY(sortedWithMissingLast(at50, order));
    }

    void sortsText()
    {
        TraceFunctionModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester tester(&filter, qtTest);
        model.setTrace(test::sharedSampleTrace());
        filter.sort(TraceFunctionModel::TriggerColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, TraceFunctionModel::TriggerColumn).data().toString(),
                 QStringLiteral("event"));
        QCOMPARE(filter.index(249, TraceFunctionModel::TriggerColumn).data().toString(),
                 QStringLiteral("timer"));
        filter.sort(TraceFunctionModel::FunctionColumn, Qt::DescendingOrder);
        const QVariantList ids = test::columnValues(filter, 0, roles::FullIdRole);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids[i - 1].toString().compare(ids[i].toString(), Qt::CaseInsensitive) >= 0);
    }

    // Text columns sort by precomputed ranks: case-insensitive, equal texts equal.
    void textRanks()
    {
        const std::vector<QString> texts{
            QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("C"), {}};
        const std::vector<double> ranks = caseInsensitiveRanks(texts);
        QCOMPARE(ranks, (std::vector<double>{3, 1, 1, 4, 0}));
    }

    // The table the Trace page builds off the GUI thread: totals, and a new percentile
    // changes two columns in place (no reset, so the selection and the order survive).
    void tableAtAnotherPercentile()
    {
        const auto trace = test::sharedSampleTrace();
        const auto table = std::make_shared<TraceTable>(TraceTable::build(trace, 75));
        QCOMPARE(table->totalInvocations, trace->totalInvocations());
        QCOMPARE(table->rows.size(), trace->functions.size());
        QCOMPARE(table->points.size(), int(trace->functions.size()));
        TraceFunctionModel model;
        Tester tester(&model, qtTest);
        model.setTable(table);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setTable(std::make_shared<TraceTable>(table->atPercentile(50)));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.percentile(), 50);
        QCOMPARE(model.index(0, TraceFunctionModel::MemoryColumn).data(roles::SortRole).toDouble(),
                 *percentileValue(trace->functions[0].memoryMb, 50));
        model.setTable(
            std::make_shared<TraceTable>(TraceTable::build(test::syntheticTrace(10), 50)));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 10);
    }

    // 46,000 functions (the full Azure trace's size) stay correct under sorting; the
    // timings go to the log for a reader, not into an assertion.
    void largeTrace()
    {
        const auto trace = test::syntheticTrace(46'000);
        TraceFunctionModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        model.setTrace(trace);
        const qint64 resetMs = timer.restart();
        QCOMPARE(filter.rowCount(), 46'000);
        filter.sort(TraceFunctionModel::InvocationsColumn, Qt::DescendingOrder);
        const qint64 sortCountMs = timer.restart();
        filter.sort(TraceFunctionModel::MemoryColumn, Qt::AscendingOrder);
        const qint64 sortMemoryMs = timer.restart();
        filter.setFilterText(QStringLiteral("a0"));
        const qint64 filterMs = timer.restart();
        qInfo("46,000 rows: reset %lld ms, sort by invocations %lld ms, by memory %lld ms, "
              "text filter %lld ms",
              resetMs, sortCountMs, sortMemoryMs, filterMs);

        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < 46'000);
        QVERIFY(sortedWithMissingLast(
            test::columnValues(filter, TraceFunctionModel::MemoryColumn, roles::SortRole),
            Qt::AscendingOrder));
        filter.setFilterText({});
        filter.sort(TraceFunctionModel::InvocationsColumn, Qt::DescendingOrder);
        const QVariantList counts =
            test::columnValues(filter, TraceFunctionModel::InvocationsColumn, roles::SortRole);
        QVERIFY(sortedWithMissingLast(counts, Qt::DescendingOrder));
        // Each row still shows its own function: the sums match the trace.
        for (int row = 0; row < filter.rowCount(); row += 997) {
            const int source = filter.mapToSource(filter.index(row, 0)).row();
            const TraceFunction& f = trace->functions[std::size_t(source)];
            QCOMPARE(filter.index(row, 0).data(roles::FullIdRole).toString(), f.id);
            QCOMPARE(counts[row].toULongLong(),
                     std::accumulate(f.invocations.begin(), f.invocations.end(), quint64(0)));
        }
        // The memory column's missing rows (every 7th function) are the last ones.
        filter.sort(TraceFunctionModel::MemoryColumn, Qt::DescendingOrder);
        const int missing = (46'000 + 6) / 7;
        QVERIFY(!filter.index(46'000 - missing, TraceFunctionModel::MemoryColumn)
                     .data(roles::SortRole)
                     .isValid());
        QVERIFY(filter.index(46'000 - missing - 1, TraceFunctionModel::MemoryColumn)
                    .data(roles::SortRole)
                    .isValid());
    }

    // The tester's full checks (which walk every index) over a few thousand rows, through
    // a reset, a sort and a trigger filter.
    void manyRowsUnderTester()
    {
        TraceFunctionModel model;
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester tester(&filter, qtTest);
        QElapsedTimer timer;
        timer.start();
        model.setTrace(test::syntheticTrace(3'000));
        filter.sort(TraceFunctionModel::DurationColumn, Qt::AscendingOrder);
        filter.setTriggerFilter(QStringLiteral("timer"));
        QCOMPARE(filter.rowCount(), 500);
        QVERIFY(sortedWithMissingLast(
            test::columnValues(filter, TraceFunctionModel::DurationColumn, roles::SortRole),
            Qt::AscendingOrder));
        qInfo("3,000 rows under the tester: %lld ms", timer.elapsed());
    }
};

QTEST_MAIN(TestTraceFunctionModel)
#include "test_trace_function_model.moc"

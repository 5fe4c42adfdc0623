// MappingModel over the sample's nearest mapping: values, override requests, tints, and
// the proxy combo delegate through a sorted, filtered view.
#include "charts/palette.h"
#include "mapping/fallback.h"
#include "mapping/mapper.h"
#include "model_fixtures.h"
#include "models/error_tint.h"
#include "models/function_filter_model.h"
#include "models/mapping_model.h"
#include "models/model_roles.h"
#include "models/proxy_combo_delegate.h"
#include "profile/proxy_catalogue.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace traceload;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

std::shared_ptr<const Mapping> sampleMapping()
{
    static const auto mapping = std::make_shared<const Mapping>(
        Mapper::map(*test::sharedSampleTrace(), *test::sharedSampleCatalogue(), {}));
    return mapping;
}

// The sample's nearest mapping with functions off by more than 40 % falling back.
std::shared_ptr<const Mapping> fallbackMapping()
{
    static const auto mapping = [] {
        Mapping m = *sampleMapping();
        measureRelativeErrors(m, *test::sharedSampleTrace(), *test::sharedSampleCatalogue());
        applyFallback(m, 0.4);
        return std::make_shared<const Mapping>(std::move(m));
    }();
    return mapping;
}

struct Fixture
{
    MappingModel model;
    Tester tester{&model, qtTest};
    Fixture()
    {
        model.setMapping(sampleMapping(), test::sharedSampleTrace(), test::sharedSampleCatalogue());
    }
};

} // namespace

class TestMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleValues()
    {
        Fixture f;
        const Mapping& mapping = *sampleMapping();
        QCOMPARE(f.model.rowCount(), 250);
        QCOMPARE(f.model.columnCount(), 5);
        QCOMPARE(f.model.index(0, MappingModel::FunctionColumn).data().toString(),
                 QStringLiteral("dd065b88/f31bf185/ba86c58a"));
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const MappingEntry& e = mapping.entries[std::size_t(row)];
            QCOMPARE(f.model.index(row, 0).data(roles::FullIdRole).toString(), e.traceId);
            QCOMPARE(f.model.index(row, MappingModel::ProxyColumn).data().toString(), e.proxyName);
            QCOMPARE(f.model.index(row, MappingModel::ErrorColumn).data(roles::SortRole).toDouble(),
                     e.error);
            QCOMPARE(
                f.model.index(row, MappingModel::OverriddenColumn).data(roles::SortRole).toBool(),
                false);
            QCOMPARE(f.model.index(row, 0).data(roles::TriggerRole).toString(),
                     test::sharedSampleTrace()->functions[std::size_t(row)].trigger);
            // Nearest picked the closest proxy (first in profile order on ties), and so does
            // the stable distance order the delegate offers.
            QCOMPARE(f.model.proxiesByDistance(row).value(0), e.proxyName);
            QVERIFY(f.model.index(row, MappingModel::ErrorColumn)
                        .data(Qt::BackgroundRole)
                        .value<QColor>()
                        .isValid());
        }
        QCOMPARE(f.model.proxiesByDistance(0).size(), 191);
        QCOMPARE(f.model.proxyNames().value(0), QStringLiteral("aes-go-10-10"));
        QVERIFY(f.model.flags(f.model.index(0, MappingModel::ProxyColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(f.model.flags(f.model.index(0, MappingModel::ErrorColumn)) & Qt::ItemIsEditable));
    }

    // Without the trace the ids are shortened from the joined key, and nothing breaks.
    void mappingAlone()
    {
        MappingModel model;
        Tester tester(&model, qtTest);
        model.setMapping(sampleMapping());
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("dd065b88/f31bf185/ba86c58a"));
        QVERIFY(!model.index(0, 0).data(roles::TriggerRole).isValid());
        QCOMPARE(model.proxiesByDistance(0), QStringList());
        model.setMapping(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void overrideRequest()
    {
        Fixture f;
        QSignalSpy requested(&f.model, &MappingModel::overrideRequested);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        const MappingEntry& e = sampleMapping()->entries[3];
        const QModelIndex proxy = f.model.index(3, MappingModel::ProxyColumn);
        const QString other = e.proxyName == QStringLiteral("aes-go-10-10")
                                  ? QStringLiteral("aes-go-10-20")
                                  : QStringLiteral("aes-go-10-10");
        QVERIFY(f.model.setData(proxy, other));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), e.traceId);
        QCOMPARE(requested[0][1].toString(), other);
        // The model shows the mapping it holds until the owner sets a new one.
        QCOMPARE(proxy.data().toString(), e.proxyName);
        QCOMPARE(changed.size(), 0);

        QVERIFY(!f.model.setData(proxy, e.proxyName));                     // unchanged
        QVERIFY(!f.model.setData(proxy, QStringLiteral("no-such-proxy"))); // not in profile
        QVERIFY(!f.model.setData(proxy, QString()));
        QVERIFY(!f.model.setData(f.model.index(3, MappingModel::ErrorColumn), other));
        QVERIFY(!f.model.setData(proxy, other, Qt::DisplayRole));
        QCOMPARE(requested.size(), 1);
    }

    void overrides()
    {
        Fixture f;
        const QString id = sampleMapping()->entries[5].traceId;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setOverrides({id});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model.overrides(), QSet<QString>{id});
        const QModelIndex flag = f.model.index(5, MappingModel::OverriddenColumn);
        QVERIFY(!flag.data().toString().isEmpty());
        QCOMPARE(flag.data(roles::SortRole).toBool(), true);
        QVERIFY(
            f.model.index(5, MappingModel::ProxyColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!f.model.index(5, MappingModel::ProxyColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QVERIFY(f.model.index(4, MappingModel::OverriddenColumn).data().toString().isEmpty());
        QVERIFY(!f.model.index(4, MappingModel::ProxyColumn).data(Qt::FontRole).isValid());
        // Overrides outlive a new mapping (the owner recomputes after each override).
        f.model.setMapping(sampleMapping(), test::sharedSampleTrace(),
                           test::sharedSampleCatalogue());
        QCOMPARE(f.model.index(5, MappingModel::OverriddenColumn).data(roles::SortRole).toBool(),
                 true);

        FunctionFilterModel filter;
        filter.setSourceModel(&f.model);
        Tester filterTester(&filter, qtTest);
        filter.sort(MappingModel::OverriddenColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(roles::FullIdRole).toString(), id);
        filter.sort(MappingModel::ErrorColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, MappingModel::ErrorColumn).data(roles::SortRole).toDouble(),
                 sampleMapping()->errorStats().max);
        filter.setFilterText(sampleMapping()->entries[0].proxyName);
        int uses = 0;
        for (const MappingEntry& e : sampleMapping()->entries)
            uses +=
                e.proxyName.contains(sampleMapping()->entries[0].proxyName, Qt::CaseInsensitive);
        QCOMPARE(filter.rowCount(), uses);
    }

    void fallbackColumn()
    {
        MappingModel model;
        Tester tester(&model, qtTest);
        model.setMapping(fallbackMapping(), test::sharedSampleTrace(),
                         test::sharedSampleCatalogue());
        QCOMPARE(model.headerData(MappingModel::FallbackColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Fallback"));
        const Mapping& mapping = *fallbackMapping();
        int fallbacks = 0;
        double worst = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const MappingEntry& e = mapping.entries[std::size_t(row)];
            const QModelIndex cell = model.index(row, MappingModel::FallbackColumn);
            const QFont proxyFont =
                model.index(row, MappingModel::ProxyColumn).data(Qt::FontRole).value<QFont>();
            if (!e.fallback) {
                QCOMPARE(cell.data().toString(), QString());
                QVERIFY(!cell.data(roles::SortRole).isValid());
                QVERIFY(std::isnan(cell.data(roles::SortKeyRole).toDouble()));
                QVERIFY(!cell.data(Qt::DecorationRole).isValid());
                QVERIFY(!proxyFont.strikeOut());
                continue;
            }
            ++fallbacks;
            const double key = std::max(e.durationError, e.memoryError);
            worst = std::max(worst, key);
            QCOMPARE(cell.data().toString(), fallbackReason(e, 0.4));
            QVERIFY(cell.data().toString().contains(QStringLiteral(" off by ")));
            QCOMPARE(cell.data(roles::SortRole).toDouble(), key);
            QCOMPARE(cell.data(Qt::DecorationRole).value<QColor>(), palette::fallback());
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(e.proxyName));
            QVERIFY(proxyFont.strikeOut()); // the proxy it would have had is not deployed
        }
        QCOMPARE(fallbacks, 115);
        QCOMPARE(model.table().fallbacks, 115);
        QCOMPARE(model.table().withFallback.fallbacks, 115);
        QVERIFY(model.table().withFallback.shareWithin > model.table().proxiesOnly.shareWithin);

        // Sortable and filterable like the other columns.
        FunctionFilterModel filter;
        filter.setSourceModel(&model);
        Tester filterTester(&filter, qtTest);
        filter.sort(MappingModel::FallbackColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, MappingModel::FallbackColumn).data(roles::SortRole).toDouble(),
                 worst);
        QVERIFY(filter.index(114, MappingModel::FallbackColumn).data(roles::SortRole).isValid());
        QVERIFY(!filter.index(115, MappingModel::FallbackColumn).data(roles::SortRole).isValid());
        filter.sort(MappingModel::FallbackColumn, Qt::AscendingOrder); // without a reason: last
        QVERIFY(!filter.index(249, MappingModel::FallbackColumn).data(roles::SortRole).isValid());
        filter.setFilterText(QStringLiteral("off by"));
        QCOMPARE(filter.rowCount(), 115);
        filter.setFilterText(QStringLiteral("memory off by"));
        int memory = 0;
        for (const MappingEntry& e : mapping.entries)
            memory += e.fallback && e.memoryError > 0.4 ? 1 : 0;
        QCOMPARE(filter.rowCount(), memory);
    }

    void tint()
    {
        const QColor good = errorTint(0, 2);
        const QColor bad = errorTint(5, 2);
        QVERIFY(good.green() > good.red());
        QVERIFY(bad.red() > bad.green());
        QCOMPARE(errorTint(2, 2), bad);
        QVERIFY(good.alphaF() < 0.5); // translucent over the palette's base
        QVERIFY(!errorTint(std::nan(""), 2).isValid());
        // The ramp is ordered: redness grows with the error.
        double lastRed = -1;
        for (double e = 0; e <= 2; e += 0.25) {
            const QColor c = errorTint(e, 2);
            QVERIFY(c.redF() - c.greenF() >= lastRed - 1e-9);
            lastRed = c.redF() - c.greenF();
        }
    }

    void comboDelegate()
    {
        Fixture f;
        FunctionFilterModel filter;
        filter.setSourceModel(&f.model);
        filter.sort(MappingModel::ErrorColumn, Qt::DescendingOrder);
        QTableView view;
        view.setModel(&filter);
        ProxyComboDelegate delegate;
        QList<int> askedRows;
        delegate.setOrder([&](int row) {
            askedRows << row;
            return f.model.proxiesByDistance(row);
        });
        view.setItemDelegateForColumn(MappingModel::ProxyColumn, &delegate);
        QSignalSpy requested(&f.model, &MappingModel::overrideRequested);

        const QModelIndex viewIndex = filter.index(0, MappingModel::ProxyColumn);
        const int sourceRow = filter.mapToSource(viewIndex).row();
        QVERIFY(sourceRow != 0);
        std::unique_ptr<QWidget> editor(
            delegate.createEditor(view.viewport(), QStyleOptionViewItem(), viewIndex));
        auto* combo = qobject_cast<QComboBox*>(editor.get());
        QVERIFY(combo);
        QCOMPARE(askedRows, QList<int>{sourceRow});
        QCOMPARE(combo->count(), 191);
        delegate.setEditorData(combo, viewIndex);
        QCOMPARE(combo->currentText(), viewIndex.data().toString());
        QCOMPARE(combo->currentIndex(), 0); // the current proxy is the nearest
        combo->setCurrentIndex(1);
        delegate.setModelData(combo, &filter, viewIndex);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), viewIndex.data(roles::FullIdRole).toString());
        QCOMPARE(requested[0][1].toString(), combo->itemText(1));

        // Without an order the fixed list is offered.
        ProxyComboDelegate plain;
        plain.setProxyNames(f.model.proxyNames());
        QCOMPARE(plain.namesFor(viewIndex), f.model.proxyNames());
    }
};

QTEST_MAIN(TestMappingModel)
#include "test_mapping_model.moc"

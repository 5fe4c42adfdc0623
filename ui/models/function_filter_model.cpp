#include "models/function_filter_model.h"

#include "models/model_roles.h"
#include "models/text_ranks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace traceload {

FunctionFilterModel::FunctionFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FunctionFilterModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void FunctionFilterModel::setTriggerFilter(const QString& trigger)
{
    if (trigger == m_trigger)
        return;
    m_trigger = trigger;
    invalidateRowsFilter();
}

bool FunctionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_trigger.isEmpty()) {
        const QVariant trigger = index.data(roles::TriggerRole);
        if (trigger.isValid() && trigger.toString() != m_trigger)
            return false;
    }
    return m_text.isEmpty() ||
           index.data(roles::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

void FunctionFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_keysColumn = -1;
    if (model) {
        // Connected before the base class's own handlers, which re-sort on these signals:
        // Qt calls slots in connection order, so the keys are marked stale first.
        const auto stale = [this] {
            m_keysColumn = -1;
        };
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::layoutChanged, this, stale);
        connect(model, &QAbstractItemModel::dataChanged, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void FunctionFilterModel::buildKeys(int column) const
{
    const QAbstractItemModel* source = sourceModel();
    const int rows = source->rowCount();
    m_keys.assign(std::size_t(rows), std::numeric_limits<double>::quiet_NaN());
    std::vector<QString> texts;
    std::vector<int> textRows;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, column);
        if (const QVariant key = index.data(roles::SortKeyRole); key.isValid()) {
            m_keys[std::size_t(row)] = key.toDouble();
            continue;
        }
        const QVariant v = index.data(sortRole());
        if (!v.isValid())
            continue;
        if (v.typeId() == QMetaType::QString) {
            texts.push_back(v.toString());
            textRows.push_back(row);
        } else {
            m_keys[std::size_t(row)] = v.toDouble();
        }
    }
    const std::vector<double> ranks = caseInsensitiveRanks(texts);
    for (std::size_t i = 0; i < ranks.size(); ++i)
        m_keys[std::size_t(textRows[i])] = ranks[i];
    m_keysColumn = column;
}

bool FunctionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_keysColumn != left.column() || m_keys.size() != std::size_t(sourceModel()->rowCount()))
        buildKeys(left.column());
    const double l = m_keys[std::size_t(left.row())];
    const double r = m_keys[std::size_t(right.row())];
    // The view reverses lessThan for a descending sort; a missing value is "greater" when
    // ascending and "smaller" when descending, so it ends up last either way.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (std::isnan(l) || std::isnan(r))
        return !std::isnan(l) ? !descending : (!std::isnan(r) && descending);
    return l < r;
}

} // namespace traceload

#include "models/function_filter_model.h"

#include "models/model_roles.h"

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

bool FunctionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // The view reverses lessThan for a descending sort; a missing value is "greater" when
    // ascending and "smaller" when descending, so it ends up last either way.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!l.isValid() || !r.isValid())
        return l.isValid() ? !descending : (r.isValid() && descending);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return l.toString().compare(r.toString(), sortCaseSensitivity()) < 0;
    if (l.typeId() == QMetaType::ULongLong && r.typeId() == QMetaType::ULongLong)
        return l.toULongLong() < r.toULongLong();
    return l.toDouble() < r.toDouble();
}

} // namespace traceload

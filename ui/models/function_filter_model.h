#pragma once

#include <QSortFilterProxyModel>

namespace traceload {

// Sorts and filters the table models of ui/models/ (trace functions, proxies, mapping).
// Sorting compares roles::SortRole: numbers as numbers, text case-insensitively, and rows
// without a value (invalid SortRole) last in both orders. The text filter keeps rows whose
// roles::FilterTextRole contains the text (case-insensitive); the trigger filter keeps rows
// whose roles::TriggerRole equals it, and does not apply to models without triggers.
class FunctionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FunctionFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Empty: every trigger.
    void setTriggerFilter(const QString& trigger);
    QString triggerFilter() const { return m_trigger; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_trigger;
};

} // namespace traceload

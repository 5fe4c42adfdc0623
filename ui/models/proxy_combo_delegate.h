#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <functional>

namespace traceload {

// Edits a proxy name with a combo box of every proxy. The list comes from an order
// callback when one is set (e.g. MappingModel::proxiesByDistance, closest first), else
// from setProxyNames. The callback gets the row in the source model: the delegate maps
// the view's index through any proxy models (sorting, filtering) first.
class ProxyComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using OrderFunction = std::function<QStringList(int sourceRow)>;

    explicit ProxyComboDelegate(QObject* parent = nullptr);

    void setProxyNames(const QStringList& names);
    void setOrder(OrderFunction order);
    // The names the editor for `index` lists, in order.
    QStringList namesFor(const QModelIndex& index) const;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList m_names;
    OrderFunction m_order;
};

} // namespace traceload

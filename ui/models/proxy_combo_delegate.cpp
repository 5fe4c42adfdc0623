#include "models/proxy_combo_delegate.h"

#include <QAbstractProxyModel>
#include <QComboBox>

namespace traceload {

namespace {

QModelIndex sourceIndex(QModelIndex index)
{
    while (const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

} // namespace

ProxyComboDelegate::ProxyComboDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ProxyComboDelegate::setProxyNames(const QStringList& names)
{
    m_names = names;
}

void ProxyComboDelegate::setOrder(OrderFunction order)
{
    m_order = std::move(order);
}

QStringList ProxyComboDelegate::namesFor(const QModelIndex& index) const
{
    if (m_order)
        return m_order(sourceIndex(index).row());
    return m_names;
}

QWidget* ProxyComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(namesFor(index));
    combo->setMaxVisibleItems(20);
    // A choice from the list is the whole edit: commit it at once rather than on focus loss.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ProxyComboDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ProxyComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QString current = index.data(Qt::EditRole).toString();
    combo->setCurrentIndex(combo->findText(current));
}

void ProxyComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentText(), Qt::EditRole);
}

} // namespace traceload

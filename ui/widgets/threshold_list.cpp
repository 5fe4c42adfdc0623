#include "threshold_list.h"

#include "common/input_error.h"
#include "report/threshold.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace traceload {

namespace {

constexpr int kErrorRole = Qt::UserRole + 1;

} // namespace

ThresholdList::ThresholdList(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setToolTip(
        tr("Pass/fail conditions on the measured phase, as --threshold takes them: "
           "latency|response|lateness.p50|p90|p99|p999|max|mean with us, ms or s; "
           "errors|timeouts|not_sent|cold_starts.rate|count; rate.achieved|ok|target. "
           "Double-click to edit."));
    m_list->setMaximumHeight(96);
    m_add->setToolTip(tr("Add a threshold"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addThreshold(QStringLiteral("latency.p99<500ms"));
        m_list->setCurrentRow(m_list->count() - 1);
        m_list->editItem(m_list->currentItem());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        validate(item);
        changed();
    });
}

QStringList ThresholdList::thresholds() const
{
    QStringList valid;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->data(kErrorRole).toString().isEmpty() && !item->text().trimmed().isEmpty())
            valid << item->text().trimmed();
    }
    return valid;
}

QString ThresholdList::firstError() const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString e = m_list->item(i)->data(kErrorRole).toString(); !e.isEmpty())
            return e;
    return {};
}

void ThresholdList::setThresholds(const QStringList& expressions)
{
    if (expressions == thresholds())
        return;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const QString& e : expressions) {
            auto* item = new QListWidgetItem(e, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            validate(item);
        }
    }
    m_lastEmitted = thresholds();
}

void ThresholdList::addThreshold(const QString& expression)
{
    {
        const QSignalBlocker block(m_list);
        auto* item = new QListWidgetItem(expression, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        validate(item);
    }
    changed();
}

void ThresholdList::setEditable(bool editable)
{
    m_list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void ThresholdList::validate(QListWidgetItem* item)
{
    const QSignalBlocker block(m_list); // the colours below change the item again
    QString error;
    try {
        Threshold::parse(item->text().trimmed());
    } catch (const InputError& e) {
        error = e.toString();
    }
    item->setData(kErrorRole, error);
    item->setToolTip(error.isEmpty() ? tr("Valid") : error);
    item->setForeground(error.isEmpty() ? palette().color(QPalette::Text)
                                        : QColor(0xd6, 0x27, 0x28));
}

void ThresholdList::changed()
{
    emit edited();
    const QStringList valid = thresholds();
    if (valid == m_lastEmitted)
        return;
    m_lastEmitted = valid;
    emit thresholdsChanged(valid);
}

} // namespace traceload

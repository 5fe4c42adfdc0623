#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace traceload {

// Edits the run's pass/fail thresholds (`--threshold` expressions such as
// "latency.p99<500ms") as a list. Every entry is checked with Threshold::parse as it is
// typed: a bad one is drawn in red with the parser's message as its tooltip and is left
// out of thresholds(), which holds the valid expressions in order.
class ThresholdList : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdList(QWidget* parent = nullptr);

    QStringList thresholds() const; // the valid ones
    // The parser's message for the first invalid entry; empty when all are valid.
    QString firstError() const;
    // Shows `expressions` unless they are already the valid entries shown (so that an
    // entry being fixed is not thrown away when the workspace echoes the valid ones).
    void setThresholds(const QStringList& expressions);
    // Adds an entry (validated like a typed one).
    void addThreshold(const QString& expression);
    void setEditable(bool editable);

signals:
    void thresholdsChanged(const QStringList& valid);
    void edited(); // any change, valid or not

private:
    void validate(QListWidgetItem* item);
    void changed();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QStringList m_lastEmitted;
};

} // namespace traceload

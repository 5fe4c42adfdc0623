#pragma once

#include "models/trace_table.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>

namespace traceload {

struct Trace;

// The functions of a trace, one row each: short id, trigger, invocations in the loaded
// window, memory and duration at a settable percentile. It shows a TraceTable, whose display
// and sort values are computed once per trace and percentile (off the GUI thread by the
// Trace page), so data() is O(1) and 46,000 rows sort without stalling. Roles: see
// model_roles.h (SortRole, SortKeyRole, FullIdRole = trace id, FilterTextRole = id and
// trigger, TriggerRole).
class TraceFunctionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FunctionColumn,
        TriggerColumn,
        InvocationsColumn,
        MemoryColumn,
        DurationColumn,
        ColumnCount
    };

    explicit TraceFunctionModel(QObject* parent = nullptr);

    // Shows a table built off the GUI thread. The same trace at another percentile changes
    // the memory and duration columns in place (selection and order survive); another
    // trace resets the model.
    void setTable(std::shared_ptr<const TraceTable> table);
    // The same in the caller's thread, for small traces and tests: resets the model (nullptr
    // empties it) ...
    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_table->trace; }
    // ... and sets the percentile (0..100) of the memory and duration columns.
    void setPercentile(int percentile);
    int percentile() const { return m_table->percentile; }
    const TraceTable& table() const { return *m_table; }
    // The distinct triggers of the trace, sorted (for a trigger filter).
    QStringList triggers() const;
    // Row of a trace id, -1 if absent.
    int rowOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const TraceTable> m_table;
};

} // namespace traceload

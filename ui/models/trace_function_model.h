#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>
#include <vector>

namespace traceload {

struct Trace;

// The functions of a trace, one row each: short id, trigger, invocations in the loaded
// window, memory and duration at a settable percentile. Display and sort values are
// computed once per trace (and per percentile), so data() is O(1) and 46,000 rows sort
// without stalling. Roles: see model_roles.h (SortRole, FullIdRole = trace id,
// FilterTextRole = id and trigger, TriggerRole).
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

    // Resets the model; nullptr empties it.
    void setTrace(std::shared_ptr<const Trace> trace);
    std::shared_ptr<const Trace> trace() const { return m_trace; }
    // Percentile (0..100) of the memory and duration columns; changes them in place.
    void setPercentile(int percentile);
    int percentile() const { return m_percentile; }
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
    struct Row
    {
        QString shortId;
        QString filterText;
        std::uint64_t invocations = 0;
        double memoryMb = 0;   // NaN: the function lacks the percentile
        double durationMs = 0; // NaN likewise
    };
    void computePercentileValues();

    std::shared_ptr<const Trace> m_trace;
    std::vector<Row> m_rows;
    int m_percentile = 75;
};

} // namespace traceload

#include "models/trace_function_model.h"

#include "models/function_id.h"
#include "models/model_roles.h"
#include "models/number_format.h"
#include "trace/trace.h"

#include <QSet>
#include <cmath>
#include <numeric>

namespace traceload {

namespace {

QVariant numberOrInvalid(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

} // namespace

TraceFunctionModel::TraceFunctionModel(QObject* parent)
    : QAbstractTableModel(parent), m_table(std::make_shared<TraceTable>())
{
}

void TraceFunctionModel::setTable(std::shared_ptr<const TraceTable> table)
{
    if (!table)
        table = std::make_shared<TraceTable>();
    if (table->trace != m_table->trace) {
        beginResetModel();
        m_table = std::move(table);
        endResetModel();
        return;
    }
    const bool percentileChanged = table->percentile != m_table->percentile;
    m_table = std::move(table);
    if (!percentileChanged)
        return;
    emit headerDataChanged(Qt::Horizontal, MemoryColumn, DurationColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, MemoryColumn), index(rowCount() - 1, DurationColumn));
}

void TraceFunctionModel::setTrace(std::shared_ptr<const Trace> trace)
{
    setTable(std::make_shared<TraceTable>(TraceTable::build(std::move(trace), percentile())));
}

void TraceFunctionModel::setPercentile(int percentile)
{
    if (percentile != this->percentile())
        setTable(std::make_shared<TraceTable>(m_table->atPercentile(percentile)));
}

QStringList TraceFunctionModel::triggers() const
{
    if (!trace())
        return {};
    QSet<QString> seen;
    for (const TraceFunction& f : trace()->functions)
        seen.insert(f.trigger);
    QStringList list(seen.begin(), seen.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

int TraceFunctionModel::rowOfId(const QString& id) const
{
    if (!trace())
        return -1;
    for (std::size_t i = 0; i < trace()->functions.size(); ++i)
        if (trace()->functions[i].id == id)
            return int(i);
    return -1;
}

int TraceFunctionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table->rows.size());
}

int TraceFunctionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceFunctionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceTable::Row& row = m_table->rows[std::size_t(index.row())];
    const TraceFunction& f = m_table->trace->functions[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FunctionColumn:
            return row.shortId;
        case TriggerColumn:
            return f.trigger;
        case InvocationsColumn:
            return formatCount(row.invocations);
        case MemoryColumn:
            return formatMeasure(row.memoryMb);
        case DurationColumn:
            return formatMeasure(row.durationMs);
        }
        break;
    case roles::SortRole:
        switch (column) {
        case FunctionColumn:
            return f.id;
        case TriggerColumn:
            return f.trigger;
        case InvocationsColumn:
            return qulonglong(row.invocations);
        case MemoryColumn:
            return numberOrInvalid(row.memoryMb);
        case DurationColumn:
            return numberOrInvalid(row.durationMs);
        }
        break;
    case roles::SortKeyRole:
        switch (column) {
        case FunctionColumn:
            return row.idRank;
        case TriggerColumn:
            return row.triggerRank;
        case InvocationsColumn:
            return double(row.invocations);
        case MemoryColumn:
            return row.memoryMb;
        case DurationColumn:
            return row.durationMs;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case FunctionColumn:
            return functionIdToolTip(f);
        case MemoryColumn:
            return std::isnan(row.memoryMb)
                       ? tr("No memory percentile %1 in the trace").arg(percentile())
                       : tr("%1 MB").arg(formatExact(row.memoryMb));
        case DurationColumn:
            return std::isnan(row.durationMs)
                       ? tr("No duration percentile %1 in the trace").arg(percentile())
                       : tr("%1 ms").arg(formatExact(row.durationMs));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= InvocationsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case roles::FullIdRole:
        return f.id;
    case roles::FilterTextRole:
        return row.filterText;
    case roles::TriggerRole:
        return f.trigger;
    }
    return {};
}

QVariant TraceFunctionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Function");
        case TriggerColumn:
            return tr("Trigger");
        case InvocationsColumn:
            return tr("Invocations");
        case MemoryColumn:
            return tr("Memory p%1 (MB)").arg(percentile());
        case DurationColumn:
            return tr("Duration p%1 (ms)").arg(percentile());
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Owner, app and function hashes, first 8 characters of each");
        case InvocationsColumn:
            return tr("Invocations in the loaded window of slots");
        case MemoryColumn:
            return tr("Allocated memory, percentile %1 (memory.csv)").arg(percentile());
        case DurationColumn:
            return tr("Execution time, percentile %1 (durations.csv)").arg(percentile());
        }
    }
    return {};
}

} // namespace traceload

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

double valueOrNan(const PercentileMap& map, int percentile)
{
    return percentileValue(map, percentile).value_or(std::nan(""));
}

QVariant numberOrInvalid(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

} // namespace

TraceFunctionModel::TraceFunctionModel(QObject* parent) : QAbstractTableModel(parent) {}

void TraceFunctionModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_rows.clear();
    if (m_trace) {
        m_rows.resize(m_trace->functions.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const TraceFunction& f = m_trace->functions[i];
            Row& row = m_rows[i];
            row.shortId = shortFunctionId(f);
            row.filterText = f.id + u'\n' + f.trigger;
            row.invocations =
                std::accumulate(f.invocations.begin(), f.invocations.end(), std::uint64_t(0));
        }
        computePercentileValues();
    }
    endResetModel();
}

void TraceFunctionModel::setPercentile(int percentile)
{
    if (percentile == m_percentile)
        return;
    m_percentile = percentile;
    computePercentileValues();
    emit headerDataChanged(Qt::Horizontal, MemoryColumn, DurationColumn);
    if (!m_rows.empty())
        emit dataChanged(index(0, MemoryColumn), index(rowCount() - 1, DurationColumn));
}

void TraceFunctionModel::computePercentileValues()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const TraceFunction& f = m_trace->functions[i];
        m_rows[i].memoryMb = valueOrNan(f.memoryMb, m_percentile);
        m_rows[i].durationMs = valueOrNan(f.durationMs, m_percentile);
    }
}

QStringList TraceFunctionModel::triggers() const
{
    if (!m_trace)
        return {};
    QSet<QString> seen;
    for (const TraceFunction& f : m_trace->functions)
        seen.insert(f.trigger);
    QStringList list(seen.begin(), seen.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

int TraceFunctionModel::rowOfId(const QString& id) const
{
    if (!m_trace)
        return -1;
    for (std::size_t i = 0; i < m_trace->functions.size(); ++i)
        if (m_trace->functions[i].id == id)
            return int(i);
    return -1;
}

int TraceFunctionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TraceFunctionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceFunctionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const TraceFunction& f = m_trace->functions[std::size_t(index.row())];
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
    case Qt::ToolTipRole:
        switch (column) {
        case FunctionColumn:
            return functionIdToolTip(f);
        case MemoryColumn:
            return std::isnan(row.memoryMb)
                       ? tr("No memory percentile %1 in the trace").arg(m_percentile)
                       : tr("%1 MB").arg(formatExact(row.memoryMb));
        case DurationColumn:
            return std::isnan(row.durationMs)
                       ? tr("No duration percentile %1 in the trace").arg(m_percentile)
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
            return tr("Memory p%1 (MB)").arg(m_percentile);
        case DurationColumn:
            return tr("Duration p%1 (ms)").arg(m_percentile);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Owner, app and function hashes, first 8 characters of each");
        case InvocationsColumn:
            return tr("Invocations in the loaded window of slots");
        case MemoryColumn:
            return tr("Allocated memory, percentile %1 (memory.csv)").arg(m_percentile);
        case DurationColumn:
            return tr("Execution time, percentile %1 (durations.csv)").arg(m_percentile);
        }
    }
    return {};
}

} // namespace traceload

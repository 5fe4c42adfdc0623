#include "models/mapping_model.h"

#include "charts/palette.h"
#include "mapping/mapper.h"
#include "mapping/mapping.h"
#include "models/error_tint.h"
#include "models/function_id.h"
#include "models/mapping_table.h"
#include "models/model_roles.h"
#include "models/number_format.h"
#include "profile/proxy_catalogue.h"
#include "trace/trace.h"

#include <QFont>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceload {

MappingModel::MappingModel(QObject* parent)
    : QAbstractTableModel(parent), m_table(std::make_shared<MappingTable>())
{
}

void MappingModel::setMapping(std::shared_ptr<const Mapping> mapping,
                              std::shared_ptr<const Trace> trace,
                              std::shared_ptr<const ProxyCatalogue> catalogue)
{
    setTable(std::make_shared<MappingTable>(
        MappingTable::build(std::move(mapping), std::move(trace), std::move(catalogue))));
}

void MappingModel::setTable(std::shared_ptr<const MappingTable> table)
{
    beginResetModel();
    m_table = table ? std::move(table) : std::make_shared<MappingTable>();
    markOverrides();
    endResetModel();
}

void MappingModel::setOverrides(const QSet<QString>& traceIds)
{
    m_overrides = traceIds;
    markOverrides();
    if (!m_table->rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MappingModel::markOverrides()
{
    m_overridden.assign(m_table->rows.size(), false);
    for (std::size_t i = 0; i < m_overridden.size(); ++i)
        m_overridden[i] = m_overrides.contains(m_table->mapping->entries[i].traceId);
}

void MappingModel::setBadError(double error)
{
    m_badError = error;
    if (!m_table->rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

QStringList MappingModel::proxyNames() const
{
    QStringList names;
    if (m_table->catalogue)
        for (const ProxyFunction& p : m_table->catalogue->proxies)
            names << p.name;
    return names;
}

QStringList MappingModel::proxiesByDistance(int row) const
{
    const QStringList names = proxyNames();
    if (row < 0 || row >= rowCount() || !m_table->trace ||
        m_table->rows[std::size_t(row)].traceIndex < 0)
        return names;
    const int percentile = m_table->mapping->percentile;
    const TraceFunction& f =
        m_table->trace->functions[std::size_t(m_table->rows[std::size_t(row)].traceIndex)];
    const auto memory = percentileValue(f.memoryMb, percentile);
    const auto duration = percentileValue(f.durationMs, percentile);
    if (!memory || !duration)
        return names;
    std::vector<double> distance(m_table->catalogue->proxies.size(), HUGE_VAL);
    for (std::size_t p = 0; p < distance.size(); ++p) {
        const ProxyFunction& proxy = m_table->catalogue->proxies[p];
        const auto pm = percentileValue(proxy.memoryMb, percentile);
        const auto pd = percentileValue(proxy.durationMs, percentile);
        if (pm && pd)
            distance[p] = mappingDistance(*memory, *duration, *pm, *pd);
    }
    std::vector<int> order(distance.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return distance[std::size_t(a)] < distance[std::size_t(b)];
    });
    QStringList sorted;
    for (int p : order)
        sorted << names[p];
    return sorted;
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table->rows.size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingTable::Row& row = m_table->rows[std::size_t(index.row())];
    const bool overridden = m_overridden[std::size_t(index.row())];
    const MappingEntry& e = m_table->mapping->entries[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FunctionColumn:
            return row.shortId;
        case ProxyColumn:
            return e.proxyName;
        case ErrorColumn:
            return formatMeasure(e.error);
        case OverriddenColumn:
            return overridden ? tr("by hand") : QString();
        case FallbackColumn:
            return row.fallbackReason;
        }
        break;
    case Qt::EditRole:
        if (column == ProxyColumn)
            return e.proxyName;
        break;
    case roles::SortKeyRole:
        switch (column) {
        case FunctionColumn:
            return row.idRank;
        case ProxyColumn:
            return row.proxyRank;
        case ErrorColumn:
            return e.error;
        case OverriddenColumn:
            return overridden ? 1.0 : 0.0;
        case FallbackColumn:
            return e.fallback ? row.fallbackKey : std::nan("");
        }
        break;
    case roles::SortRole:
        switch (column) {
        case FunctionColumn:
            return e.traceId;
        case ProxyColumn:
            return e.proxyName;
        case ErrorColumn:
            return std::isnan(e.error) ? QVariant() : QVariant(e.error);
        case OverriddenColumn:
            return overridden;
        case FallbackColumn:
            return e.fallback ? QVariant(row.fallbackKey) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case FunctionColumn:
            return row.traceIndex >= 0
                       ? functionIdToolTip(m_table->trace->functions[std::size_t(row.traceIndex)])
                       : e.traceId;
        case ProxyColumn:
            if (e.fallback)
                return tr("Not deployed: the function fell back to a trace function (%1)")
                    .arg(row.fallbackReason);
            if (overridden)
                return tr("Proxy chosen by hand, not by the mapper");
            break;
        case OverriddenColumn:
            if (overridden)
                return tr("Proxy chosen by hand, not by the mapper");
            break;
        case FallbackColumn:
            if (e.fallback)
                return tr("A trace function replaces proxy %1, which is off by more than %2 % at "
                          "percentile %3: %4")
                    .arg(e.proxyName)
                    .arg(100 * m_table->mapping->fallbackTolerance, 0, 'g', 6)
                    .arg(m_table->mapping->percentile)
                    .arg(row.fallbackReason);
            break;
        case ErrorColumn:
            return tr("Distance %1 in (ln memory, ln duration) at percentile %2")
                .arg(formatExact(e.error))
                .arg(m_table->mapping->percentile);
        }
        break;
    case Qt::FontRole: {
        const bool italic = overridden && (column == ProxyColumn || column == OverriddenColumn);
        const bool struck = e.fallback && column == ProxyColumn;
        if (italic || struck) {
            QFont font;
            font.setItalic(italic);
            font.setStrikeOut(struck);
            return font;
        }
        break;
    }
    case Qt::DecorationRole:
        if (column == FallbackColumn && e.fallback)
            return palette::fallback(); // the views draw it as a swatch, as in the figures
        break;
    case Qt::BackgroundRole: {
        const QColor tint = errorTint(e.error, m_badError);
        if (tint.isValid())
            return tint;
        break;
    }
    case Qt::TextAlignmentRole:
        if (column == ErrorColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case roles::FullIdRole:
        return e.traceId;
    case roles::FilterTextRole:
        return row.filterText;
    case roles::TriggerRole:
        if (row.traceIndex >= 0)
            return m_table->trace->functions[std::size_t(row.traceIndex)].trigger;
        break;
    }
    return {};
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Function");
        case ProxyColumn:
            return tr("Proxy");
        case ErrorColumn:
            return tr("Error");
        case OverriddenColumn:
            return tr("Overridden");
        case FallbackColumn:
            return tr("Fallback");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FallbackColumn:
            return tr("Why the function fell back to a trace function (one that runs for the "
                      "requested time and touches the requested memory): its proxy is off by "
                      "more than the fallback tolerance in duration or in memory");
        case ProxyColumn:
            return tr("Double-click to choose another proxy");
        case ErrorColumn:
            return tr("Distance in (ln memory, ln duration) space");
        }
    }
    return {};
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ProxyColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != ProxyColumn)
        return false;
    const QString proxy = value.toString();
    const MappingEntry& e = m_table->mapping->entries[std::size_t(index.row())];
    if (proxy.isEmpty() || proxy == e.proxyName ||
        (m_table->catalogue && m_table->catalogue->indexOf(proxy) < 0))
        return false;
    emit overrideRequested(e.traceId, proxy);
    return true;
}

} // namespace traceload

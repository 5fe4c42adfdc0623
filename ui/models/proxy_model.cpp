#include "models/proxy_model.h"

#include "models/model_roles.h"
#include "models/number_format.h"
#include "profile/proxy_catalogue.h"

#include <QDir>
#include <cmath>

namespace traceload {

ProxyModel::ProxyModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProxyModel::setCatalogue(std::shared_ptr<const ProxyCatalogue> catalogue)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    m_rows.clear();
    if (m_catalogue) {
        m_rows.resize(m_catalogue->proxies.size());
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const ProxyFunction& p = m_catalogue->proxies[i];
            m_rows[i].filterText = p.name + u'\n' + p.yaml;
        }
        computePercentileValues();
    }
    endResetModel();
}

void ProxyModel::setPercentile(int percentile)
{
    if (percentile == m_percentile)
        return;
    m_percentile = percentile;
    computePercentileValues();
    emit headerDataChanged(Qt::Horizontal, MemoryColumn, CpuColumn);
    if (!m_rows.empty())
        emit dataChanged(index(0, MemoryColumn), index(rowCount() - 1, CpuColumn));
}

void ProxyModel::computePercentileValues()
{
    const auto value = [this](const PercentileMap& map) {
        return percentileValue(map, m_percentile).value_or(std::nan(""));
    };
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const ProxyFunction& p = m_catalogue->proxies[i];
        m_rows[i].values[0] = value(p.memoryMb);
        m_rows[i].values[1] = value(p.durationMs);
        m_rows[i].values[2] = value(p.cpu);
    }
}

int ProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const ProxyFunction& p = m_catalogue->proxies[std::size_t(index.row())];
    const int column = index.column();
    const bool numeric = column >= MemoryColumn && column <= CpuColumn;
    const double value = numeric ? row.values[column - MemoryColumn] : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (numeric)
            return formatMeasure(value);
        return column == NameColumn ? p.name : p.yaml;
    case roles::SortRole:
        if (numeric)
            return std::isnan(value) ? QVariant() : QVariant(value);
        return column == NameColumn ? p.name : p.yaml;
    case Qt::ToolTipRole:
        if (numeric && std::isnan(value))
            return tr("No percentile %1 in the profile").arg(m_percentile);
        if (numeric)
            return formatExact(value);
        if (column == YamlColumn)
            return p.yamlPath.isEmpty() ? tr("No YAML file") : QDir::toNativeSeparators(p.yamlPath);
        break;
    case Qt::TextAlignmentRole:
        if (numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case roles::FullIdRole:
        return p.name;
    case roles::FilterTextRole:
        return row.filterText;
    }
    return {};
}

QVariant ProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Proxy");
        case MemoryColumn:
            return tr("Memory p%1 (MB)").arg(m_percentile);
        case DurationColumn:
            return tr("Duration p%1 (ms)").arg(m_percentile);
        case CpuColumn:
            return tr("CPU p%1").arg(m_percentile);
        case YamlColumn:
            return tr("YAML file");
        }
    } else if (role == Qt::ToolTipRole && section == CpuColumn) {
        return tr("CPU utilisation at percentile %1, as profile.json gives it").arg(m_percentile);
    }
    return {};
}

} // namespace traceload

#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace traceload {

struct ProxyCatalogue;

// The proxies of a profile, one row each in profile order: name, memory (MB), duration
// (ms) and CPU at a settable percentile, and the YAML file as profile.json writes it (the
// resolved path in its tooltip). Roles: see model_roles.h (SortRole, FullIdRole = name,
// FilterTextRole = name and YAML; no TriggerRole).
class ProxyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MemoryColumn,
        DurationColumn,
        CpuColumn,
        YamlColumn,
        ColumnCount
    };

    explicit ProxyModel(QObject* parent = nullptr);

    // Resets the model; nullptr empties it.
    void setCatalogue(std::shared_ptr<const ProxyCatalogue> catalogue);
    std::shared_ptr<const ProxyCatalogue> catalogue() const { return m_catalogue; }
    // Percentile (0..100) of the memory, duration and CPU columns; changes them in place.
    void setPercentile(int percentile);
    int percentile() const { return m_percentile; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString filterText;
        double values[3] = {}; // memory, duration, CPU; NaN when missing
    };
    void computePercentileValues();

    std::shared_ptr<const ProxyCatalogue> m_catalogue;
    std::vector<Row> m_rows;
    int m_percentile = 75;
};

} // namespace traceload

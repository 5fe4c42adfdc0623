#pragma once

#include "models/mapping_table.h"

#include <QAbstractTableModel>
#include <QSet>
#include <memory>
#include <vector>

namespace traceload {

struct Mapping;
struct ProxyCatalogue;
struct Trace;

// The entries of a mapping, one row each in trace order: function, proxy, error
// (distance), whether the proxy was overridden by hand, and why the function fell back to
// a trace function (empty when it did not; the proxy it would have had is struck out, and
// the reason carries the fallback colour of the figures). Rows are tinted by error
// (errorTint). The mapping is immutable: editing the proxy column does not change it but
// asks the owner to, through overrideRequested; the owner recomputes the mapping and sets
// it again. Roles: see model_roles.h (SortRole, SortKeyRole, FullIdRole = trace id, FilterTextRole
// = trace id and proxy, TriggerRole when the trace is known).
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FunctionColumn,
        ProxyColumn,
        ErrorColumn,
        FallbackColumn,
        OverriddenColumn,
        ColumnCount
    };

    explicit MappingModel(QObject* parent = nullptr);

    // Resets the model to a table built off the GUI thread (nullptr empties it). Its trace
    // (for short ids, triggers and distances) and catalogue (to validate edits and order
    // proxies by distance) may be null.
    void setTable(std::shared_ptr<const MappingTable> table);
    // The same, building the table in the caller's thread (small mappings, tests).
    void setMapping(std::shared_ptr<const Mapping> mapping, std::shared_ptr<const Trace> trace = {},
                    std::shared_ptr<const ProxyCatalogue> catalogue = {});
    std::shared_ptr<const Mapping> mapping() const { return m_table->mapping; }
    const MappingTable& table() const { return *m_table; }
    // Marks the rows of these trace ids as overridden (italic proxy, flag, tooltip).
    void setOverrides(const QSet<QString>& traceIds);
    QSet<QString> overrides() const { return m_overrides; }
    // Error at which the tint is fully "bad" (default 2: a factor of e² ≈ 7 off).
    void setBadError(double error);

    // Every proxy name of the catalogue, in profile order.
    QStringList proxyNames() const;
    // The catalogue's proxies by distance to the function of `row` at the mapping's
    // percentile, closest first; profile order when distances cannot be computed.
    QStringList proxiesByDistance(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Proxy column, EditRole, a proxy name other than the current one (and in the
    // catalogue, when known): emits overrideRequested and returns true; the row itself
    // changes only when the owner sets the recomputed mapping.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void overrideRequested(const QString& traceId, const QString& proxyName);

private:
    void markOverrides();

    std::shared_ptr<const MappingTable> m_table;
    std::vector<bool> m_overridden; // per row: its proxy was chosen by hand
    QSet<QString> m_overrides;
    double m_badError = 2.0;
};

} // namespace traceload

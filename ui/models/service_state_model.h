#pragma once

#include "deploy/deployment_record.h"
#include "deploy/service_progress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace traceload {

// The services of a deployment and where each one is (pending, applying, ready, failed):
// filled from a plan before deploying, from a build folder's record, and updated from the
// backend's ServiceProgress reports while deploying.
class ServiceStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ProxyColumn,
        StateColumn,
        TimeColumn,
        MessageColumn,
        ColumnCount
    };
    // Sorts by what a column means (states in their order, times as numbers).
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Counts
    {
        int pending = 0;
        int applying = 0;
        int ready = 0;
        int failed = 0;
        int total() const { return pending + applying + ready + failed; }
    };

    explicit ServiceStateModel(QObject* parent = nullptr);

    // Every service of the plan, pending, without a time.
    void setPlan(const ServicePlan& plan, const ProxyCatalogue& catalogue);
    // The services a record lists: ready, failed (not ready with a reason, or a record that
    // failed), applying (applied, not yet ready) or pending. servedByEmulator = false (a
    // local deployment whose emulator is gone) makes ready services failed.
    void setRecord(const DeploymentRecord& record, bool servedByEmulator = true);
    void clear();
    // One report of a running deployment; unknown services are ignored.
    void apply(const ServiceProgress& progress);
    // Services neither ready nor failed become failed with this message (a deployment that
    // ended without saying more about them).
    void failUnfinished(const QString& message);

    Counts counts() const { return m_counts; }
    ServiceState state(int row) const;
    QString serviceName(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(ServiceState state); // translated

signals:
    void countsChanged();

private:
    struct Row
    {
        QString name;
        QString proxy;
        ServiceState state = ServiceState::Pending;
        qint64 elapsedMs = -1; // -1: not known
        QString message;
    };
    void reset(std::vector<Row> rows);
    void recount();
    void setRowState(int row, ServiceState state, qint64 elapsedMs, const QString& message);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    Counts m_counts;
};

} // namespace traceload

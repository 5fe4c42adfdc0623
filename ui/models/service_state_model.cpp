#include "service_state_model.h"

#include <QColor>
#include <QLocale>

namespace traceload {

namespace {

// Colours that read on light and dark palettes alike.
QColor stateColor(ServiceState state)
{
    switch (state) {
    case ServiceState::Pending:
        return QColor(140, 140, 140);
    case ServiceState::Applying:
        return QColor(38, 139, 210);
    case ServiceState::Ready:
        return QColor(64, 160, 43);
    case ServiceState::Failed:
        return QColor(220, 50, 47);
    }
    return {};
}

} // namespace

ServiceStateModel::ServiceStateModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ServiceStateModel::stateText(ServiceState state)
{
    switch (state) {
    case ServiceState::Pending:
        return tr("pending");
    case ServiceState::Applying:
        return tr("applying");
    case ServiceState::Ready:
        return tr("ready");
    case ServiceState::Failed:
        return tr("failed");
    }
    return {};
}

void ServiceStateModel::reset(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOf.insert(m_rows[size_t(i)].name, i);
    endResetModel();
    recount();
}

void ServiceStateModel::setPlan(const ServicePlan& plan, const ProxyCatalogue& catalogue)
{
    std::vector<Row> rows;
    rows.reserve(plan.services.size());
    for (const ServiceSpec& spec : plan.services) {
        Row r;
        r.name = spec.name;
        if (spec.proxyIndex >= 0 && size_t(spec.proxyIndex) < catalogue.proxies.size())
            r.proxy = catalogue.proxies[size_t(spec.proxyIndex)].name;
        rows.push_back(std::move(r));
    }
    reset(std::move(rows));
}

void ServiceStateModel::setRecord(const DeploymentRecord& record, bool servedByEmulator)
{
    std::vector<Row> rows;
    rows.reserve(record.services.size());
    const bool failedRecord = record.status == u"failed";
    for (const DeployedService& s : record.services) {
        Row r;
        r.name = s.name;
        r.proxy = s.proxy;
        if (s.ready && servedByEmulator) {
            r.state = ServiceState::Ready;
        } else if (s.ready) {
            r.state = ServiceState::Failed;
            r.message = tr("its emulator process is not running");
        } else if (!s.reason.isEmpty() || (failedRecord && s.applied)) {
            r.state = ServiceState::Failed;
            r.message = s.reason.isEmpty() ? record.error : s.reason;
        } else {
            r.state = s.applied ? ServiceState::Applying : ServiceState::Pending;
        }
        rows.push_back(std::move(r));
    }
    reset(std::move(rows));
}

void ServiceStateModel::clear()
{
    reset({});
}

void ServiceStateModel::setRowState(int row, ServiceState state, qint64 elapsedMs,
                                    const QString& message)
{
    Row& r = m_rows[size_t(row)];
    r.state = state;
    r.elapsedMs = elapsedMs;
    r.message = message;
    emit dataChanged(index(row, StateColumn), index(row, MessageColumn));
}

void ServiceStateModel::apply(const ServiceProgress& progress)
{
    int row = progress.index;
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].name != progress.service)
        row = m_rowOf.value(progress.service, -1);
    if (row < 0)
        return;
    setRowState(row, progress.state, progress.elapsedMs, progress.message);
    recount();
}

void ServiceStateModel::failUnfinished(const QString& message)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Row& r = m_rows[size_t(row)];
        if (r.state == ServiceState::Pending || r.state == ServiceState::Applying)
            setRowState(row, ServiceState::Failed, r.elapsedMs, message);
    }
    recount();
}

void ServiceStateModel::recount()
{
    Counts c;
    for (const Row& r : m_rows) {
        switch (r.state) {
        case ServiceState::Pending:
            ++c.pending;
            break;
        case ServiceState::Applying:
            ++c.applying;
            break;
        case ServiceState::Ready:
            ++c.ready;
            break;
        case ServiceState::Failed:
            ++c.failed;
            break;
        }
    }
    m_counts = c;
    emit countsChanged();
}

ServiceState ServiceStateModel::state(int row) const
{
    return m_rows.at(size_t(row)).state;
}

QString ServiceStateModel::serviceName(int row) const
{
    return m_rows.at(size_t(row)).name;
}

int ServiceStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case ProxyColumn:
            return r.proxy;
        case StateColumn:
            return stateText(r.state);
        case TimeColumn:
            return r.elapsedMs < 0
                       ? QString()
                       : tr("%1 s").arg(QLocale().toString(double(r.elapsedMs) / 1000.0, 'f', 1));
        case MessageColumn:
            return r.message;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(r.state);
        case TimeColumn:
            return r.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(r.state);
        break;
    case Qt::ToolTipRole:
        if (!r.message.isEmpty())
            return r.message;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ServiceStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case ProxyColumn:
        return tr("Proxy");
    case StateColumn:
        return tr("State");
    case TimeColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace traceload

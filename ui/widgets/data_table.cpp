#include "data_table.h"

#include <QHeaderView>

namespace traceload {

namespace {
// Rows looked at when fitting a column: enough for a representative width, cheap for any
// table size.
constexpr int kFitPrecision = 200;
} // namespace

DataTable::DataTable(QWidget* parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // ids differ at both ends
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setResizeContentsPrecision(kFitPrecision);
}

void DataTable::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &QTableView::resizeColumnsToContents);
    resizeColumnsToContents();
}

} // namespace traceload

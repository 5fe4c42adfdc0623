#pragma once

#include <QTableView>

namespace traceload {

// The pages' tables: one line per row (no wrapping, fixed compact row heights, so that
// 46,000 rows scroll and sort without measuring each), whole-row single selection, sorting
// by header click, and columns fitted to a sample of their contents after each reset.
class DataTable : public QTableView
{
    Q_OBJECT
public:
    explicit DataTable(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model) override;
};

} // namespace traceload

#pragma once

#include "stage_page.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace traceload {

class FigurePanel;
class FunctionFilterModel;
class MappingModel;
struct MappingTable;
class ProxyComboDelegate;

// Trace function -> proxy: nearest or unique at a percentile, with an optional fallback
// tolerance beyond which a function gets a trace function instead, recomputed in the
// background on every change; the table (coloured by error, each proxy replaceable by hand,
// fallbacks and their reasons in a column), the log-log scatter with the selected
// function's mapping drawn, the error histogram and the summary. Manual overrides and the
// tolerance live in the workspace.
class MappingPage : public StagePage
{
    Q_OBJECT
public:
    MappingPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    QList<FigurePanel*> figurePanels() const override;
    QTableView* table() const { return m_table; }
    MappingModel* model() const { return m_model; }
    // The fallback tolerance controls: on/off and the tolerance in percent.
    QCheckBox* fallbackCheck() const { return m_fallback; }
    QDoubleSpinBox* toleranceSpin() const { return m_tolerance; }

signals:
    void openMappingRequested();
    void exportMappingRequested();

protected:
    void refresh() override;

private:
    void updatePercentiles();
    void updateTolerance();
    void editTolerance();
    QString summaryText() const;
    void highlightSelected();
    // Builds the table and figure data of `mapping` off the GUI thread and shows them when
    // done (unless a newer mapping replaced it meanwhile).
    void buildTable(const std::shared_ptr<const Mapping>& mapping,
                    const std::shared_ptr<const Trace>& trace,
                    const std::shared_ptr<const ProxyCatalogue>& catalogue);
    void showTable(const std::shared_ptr<const MappingTable>& table);

    QButtonGroup* m_method;
    QComboBox* m_percentile;
    QCheckBox* m_fallback;
    QDoubleSpinBox* m_tolerance;
    QLabel* m_mappingFile;
    QPushButton* m_clearFile;
    QPushButton* m_clearOverrides;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QTableView* m_table;
    MappingModel* m_model;
    FunctionFilterModel* m_sorted;
    ProxyComboDelegate* m_delegate;
    FigurePanel* m_scatter;
    FigurePanel* m_errors;
    std::shared_ptr<const Mapping> m_tableInProgress;
};

} // namespace traceload

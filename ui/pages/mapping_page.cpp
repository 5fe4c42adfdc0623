#include "mapping_page.h"

#include "charts/figure_set.h"
#include "charts/mapping_plot.h"
#include "jobs/stage_job_runner.h"
#include "models/function_filter_model.h"
#include "models/mapping_model.h"
#include "models/proxy_combo_delegate.h"
#include "report/function_points.h"
#include "widgets/data_table.h"
#include "widgets/figure_panel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace traceload {

namespace {

// Percentiles every trace function and every proxy has for both memory and duration.
QList<int> commonPercentiles(const Trace* trace, const ProxyCatalogue* catalogue)
{
    QList<int> result;
    for (int p = 0; p <= 100; ++p) {
        const auto has = [p](const PercentileMap& m) {
            return m.count(p) > 0;
        };
        bool ok = true;
        if (trace && !trace->functions.empty())
            ok = has(trace->functions.front().durationMs) && has(trace->functions.front().memoryMb);
        if (ok && catalogue)
            ok = std::all_of(
                catalogue->proxies.begin(), catalogue->proxies.end(),
                [&](const ProxyFunction& f) { return has(f.durationMs) && has(f.memoryMb); });
        if (ok)
            result.append(p);
    }
    return result;
}

} // namespace

MappingPage::MappingPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Mapping, pipeline, jobs, parent), m_method(new QButtonGroup(this)),
      m_percentile(new QComboBox(this)),
      m_fallback(new QCheckBox(tr("Fall back to a trace function beyond"), this)),
      m_tolerance(new QDoubleSpinBox(this)), m_mappingFile(new QLabel(this)),
      m_clearFile(new QPushButton(tr("Compute instead"), this)),
      m_clearOverrides(new QPushButton(tr("Clear overrides"), this)), m_summary(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_table(new DataTable(this)), m_model(new MappingModel(this)),
      m_sorted(new FunctionFilterModel(this)), m_delegate(new ProxyComboDelegate(this)),
      m_scatter(new FigurePanel(this)), m_errors(new FigurePanel(this))
{
    auto* nearest = new QRadioButton(tr("Nearest"), this);
    nearest->setToolTip(tr("Every trace function gets its closest proxy"));
    auto* unique = new QRadioButton(tr("Unique"), this);
    unique->setToolTip(tr("An optimal one-to-one assignment (when there are at least as many "
                          "proxies as trace functions)"));
    m_method->addButton(nearest, int(MappingMethod::Nearest));
    m_method->addButton(unique, int(MappingMethod::Unique));
    auto* openFile = new QPushButton(tr("Use mapping file…"), this);
    auto* exportFile = new QPushButton(tr("Export mapping…"), this);
    connect(openFile, &QPushButton::clicked, this, &MappingPage::openMappingRequested);
    connect(exportFile, &QPushButton::clicked, this, &MappingPage::exportMappingRequested);

    const QString fallbackTip =
        tr("A function whose proxy is off by more than this, relatively, in duration or in "
           "memory at the percentile gets a trace function instead: one that runs for the "
           "requested time and touches the requested memory (the invitro loader's trace "
           "function). Off by default, as in --batch (--fallback-tolerance).");
    m_fallback->setToolTip(fallbackTip);
    m_tolerance->setToolTip(fallbackTip);
    m_tolerance->setRange(0.1, 100'000);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(5);
    m_tolerance->setSuffix(tr(" %"));
    m_tolerance->setValue(40);
    m_tolerance->setKeyboardTracking(false); // one recomputation per edit, not per keystroke
    m_tolerance->setEnabled(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Method:"), this));
    controls->addWidget(nearest);
    controls->addWidget(unique);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Percentile:"), this));
    controls->addWidget(m_percentile);
    controls->addSpacing(12);
    controls->addWidget(m_fallback);
    controls->addWidget(m_tolerance);
    controls->addStretch(1);
    controls->addWidget(exportFile);
    // The mapping's source on a row of its own: long translations must not clip the buttons.
    auto* source = new QHBoxLayout;
    source->addWidget(m_mappingFile, 1);
    source->addWidget(openFile);
    source->addWidget(m_clearFile);
    source->addWidget(m_clearOverrides);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setPlaceholderText(tr("Filter by function or proxy"));
    m_filter->setClearButtonEnabled(true);
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_delegate->setOrder([this](int sourceRow) { return m_model->proxiesByDistance(sourceRow); });
    m_table->setItemDelegateForColumn(MappingModel::ProxyColumn, m_delegate);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);
    auto* figures = new QTabWidget(this);
    figures->addTab(m_scatter, tr("Trace and proxies"));
    figures->addTab(m_errors, tr("Errors"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(figures);
    split->setSizes({1000, 1000}); // halves, whatever the window's size

    contentLayout()->addLayout(controls);
    contentLayout()->addLayout(source);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(split, 1);
    for (FigurePanel* panel : figurePanels())
        watchExports(panel);

    connect(m_method, &QButtonGroup::idClicked, this, [this](int id) {
        editWorkspace([id](Workspace& w) { w.mapping.method = MappingMethod(id); });
    });
    connect(m_percentile, &QComboBox::activated, this, [this] {
        const int p = m_percentile->currentData().toInt();
        editWorkspace([p](Workspace& w) { w.mapping.percentile = p; });
    });
    // clicked and valueChanged under a QSignalBlocker in refresh(): only the user's edits
    // reach the workspace.
    connect(m_fallback, &QCheckBox::clicked, this, &MappingPage::editTolerance);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &MappingPage::editTolerance);
    connect(m_clearFile, &QPushButton::clicked, this,
            [this] { editWorkspace([](Workspace& w) { w.mappingIn.clear(); }); });
    connect(m_clearOverrides, &QPushButton::clicked, this,
            [this] { editWorkspace([](Workspace& w) { w.overrides.clear(); }); });
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &FunctionFilterModel::setFilterText);
    connect(m_model, &MappingModel::overrideRequested, this,
            [this](const QString& traceId, const QString& proxy) {
                editWorkspace([&](Workspace& w) { w.overrides[traceId] = proxy; });
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingPage::highlightSelected);
}

QList<FigurePanel*> MappingPage::figurePanels() const
{
    return {m_scatter, m_errors};
}

void MappingPage::updatePercentiles()
{
    const auto trace = pipeline()->trace();
    const auto proxies = pipeline()->proxies();
    const int chosen = pipeline()->workspace().mapping.percentile;
    QList<int> available = commonPercentiles(trace.get(), proxies ? &proxies->catalogue : nullptr);
    if (!available.contains(chosen))
        available.append(chosen); // shown, and the mapping's error says why it fails
    std::sort(available.begin(), available.end());
    m_percentile->clear();
    for (int p : available)
        m_percentile->addItem(figures::ordinal(p), p);
    m_percentile->setCurrentIndex(m_percentile->findData(chosen));
}

void MappingPage::updateTolerance()
{
    const double tolerance = pipeline()->workspace().mapping.fallbackTolerance;
    const QSignalBlocker blockCheck(m_fallback);
    const QSignalBlocker blockSpin(m_tolerance);
    m_fallback->setChecked(tolerance > 0);
    m_tolerance->setEnabled(tolerance > 0);
    if (tolerance > 0)
        m_tolerance->setValue(100 * tolerance);
}

void MappingPage::editTolerance()
{
    const double tolerance = m_fallback->isChecked() ? m_tolerance->value() / 100 : 0.0;
    m_tolerance->setEnabled(m_fallback->isChecked());
    editWorkspace([tolerance](Workspace& w) { w.mapping.fallbackTolerance = tolerance; });
}

QString MappingPage::summaryText() const
{
    const Workspace& w = pipeline()->workspace();
    const auto mapping = pipeline()->mapping();
    const MappingErrorStats e = mapping->errorStats();
    QString summary =
        tr("%1 at the %2 percentile: error mean %3, median %4, p90 %5, max %6 (distance in "
           "(ln memory, ln duration)); manual overrides: %7.")
            .arg(mapping->used == MappingMethod::Unique ? tr("Unique") : tr("Nearest"),
                 figures::ordinal(mapping->percentile))
            .arg(e.mean, 0, 'f', 3)
            .arg(e.median, 0, 'f', 3)
            .arg(e.p90, 0, 'f', 3)
            .arg(e.max, 0, 'f', 3)
            .arg(w.overrides.size());
    // The fallback counts and accuracies come with the table, computed off the GUI thread.
    if (m_model->mapping() == mapping) {
        const MappingTable& t = m_model->table();
        const auto percent = [](double share) {
            return QString::number(100 * share, 'f', 1);
        };
        if (mapping->fallbackTolerance > 0)
            summary += u'\n' + tr("Fallback beyond %1 %: %2 of %3 functions get a trace function "
                                  "(see the Fallback column).")
                                   .arg(100 * mapping->fallbackTolerance, 0, 'g', 6)
                                   .arg(t.fallbacks)
                                   .arg(mapping->entries.size());
        QString accuracy =
            tr("Median relative error of duration / memory, and functions within 25 % on both: "
               "proxies %1 % / %2 %, %3 %")
                .arg(percent(t.proxiesOnly.medianDurationError),
                     percent(t.proxiesOnly.medianMemoryError), percent(t.proxiesOnly.shareWithin));
        if (t.fallbacks > 0)
            accuracy += tr("; with the fallbacks %1 % / %2 %, %3 %")
                            .arg(percent(t.withFallback.medianDurationError),
                                 percent(t.withFallback.medianMemoryError),
                                 percent(t.withFallback.shareWithin));
        summary += u'\n' + accuracy + u'.';
    }
    for (const QString& warning : mapping->warnings)
        summary += u'\n' + tr("Note: %1").arg(warning);
    return summary;
}

void MappingPage::refresh()
{
    const Workspace& w = pipeline()->workspace();
    m_method->button(int(w.mapping.method))->setChecked(true);
    updatePercentiles();
    updateTolerance();
    m_mappingFile->setText(w.mappingIn.isEmpty()
                               ? tr("Computed mapping")
                               : tr("From %1").arg(QFileInfo(w.mappingIn).fileName()));
    m_mappingFile->setToolTip(w.mappingIn);
    m_clearFile->setEnabled(!w.mappingIn.isEmpty());
    m_clearOverrides->setEnabled(!w.overrides.empty());
    QSet<QString> overridden;
    for (const auto& [id, proxy] : w.overrides)
        overridden.insert(id);
    m_model->setOverrides(overridden);

    const auto mapping = pipeline()->mapping();
    const auto trace = pipeline()->trace();
    const auto proxies = pipeline()->proxies();
    if (!mapping || !trace || !proxies) {
        m_summary->setText(tr("No mapping yet."));
        return;
    }
    m_summary->setText(summaryText());

    if (m_model->mapping() != mapping)
        buildTable(mapping, trace,
                   std::shared_ptr<const ProxyCatalogue>(proxies, &proxies->catalogue));
}

void MappingPage::buildTable(const std::shared_ptr<const Mapping>& mapping,
                             const std::shared_ptr<const Trace>& trace,
                             const std::shared_ptr<const ProxyCatalogue>& catalogue)
{
    if (m_tableInProgress == mapping)
        return;
    m_tableInProgress = mapping;
    auto table = std::make_shared<MappingTable>();
    jobs()->runFileJob(
        tr("Preparing the table of %1 mapped functions").arg(mapping->entries.size()),
        [mapping, trace, catalogue, table](const JobControl& job) {
            *table = MappingTable::build(mapping, trace, catalogue, job);
        },
        [this, guard = QPointer<MappingPage>(this), mapping, table](const QString& error) {
            if (!guard || m_tableInProgress != mapping)
                return; // the page is gone, or a newer mapping replaced this one
            m_tableInProgress.reset();
            if (!error.isEmpty())
                return; // cancelled (or failed): the next refresh builds it again
            showTable(table);
        },
        StageJobRunner::Priority::Background);
}

void MappingPage::showTable(const std::shared_ptr<const MappingTable>& table)
{
    m_model->setTable(table);
    m_delegate->setProxyNames(m_model->proxyNames());
    if (pipeline()->mapping() == table->mapping)
        m_summary->setText(summaryText());
    const int p = table->mapping->percentile;
    FigureSet set = figures::mapping(table->tracePoints, table->proxyPoints, table->series, p);
    m_scatter->setFigure(takeFigure(set, QStringLiteral("mapping")));
    m_errors->setFigure(takeFigure(set, QStringLiteral("mapping-error")));
    highlightSelected();
}

void MappingPage::highlightSelected()
{
    auto* plot = qobject_cast<MappingScatterPlot*>(m_scatter->figure());
    if (!plot)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_sorted->mapToSource(current).row() : -1;
    // The figure's points are in trace order, the table's rows in the mapping's.
    plot->setHighlight(row >= 0 ? m_model->table().rows[std::size_t(row)].traceIndex : -1);
}

} // namespace traceload

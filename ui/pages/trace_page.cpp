#include "trace_page.h"

#include "charts/figure_set.h"
#include "charts/slot_series_plot.h"
#include "common/text.h"
#include "jobs/stage_job_runner.h"
#include "models/function_filter_model.h"
#include "models/trace_function_model.h"
#include "models/trace_table.h"
#include "report/function_points.h"
#include "trace/trace_file_set.h"
#include "widgets/data_table.h"
#include "widgets/figure_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace traceload {

namespace {

QString shownPath(const QString& path)
{
    return isBundled(path) ? Text::tr("the bundled 250-function vSwarm sample")
                           : QFileInfo(path).absoluteFilePath();
}

} // namespace

TracePage::TracePage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Trace, pipeline, jobs, parent), m_path(new QLabel(this)),
      m_granularity(new QComboBox(this)),
      m_strict(new QCheckBox(tr("Stop at the first malformed row"), this)),
      m_dayLabel(new QLabel(tr("Day:"), this)), m_day(new QComboBox(this)),
      m_appMemory(new QComboBox(this)), m_summary(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_table(new DataTable(this)), m_model(new TraceFunctionModel(this)),
      m_sorted(new FunctionFilterModel(this)), m_memory(new FigurePanel(this)),
      m_duration(new FigurePanel(this)), m_selected(new FigurePanel(this))
{
    auto* open = new QPushButton(tr("Open trace folder…"), this);
    connect(open, &QPushButton::clicked, this, &TracePage::openTraceRequested);
    m_granularity->addItem(tr("Minute slots"), int(Granularity::Minute));
    m_granularity->addItem(tr("Second slots"), int(Granularity::Second));
    m_granularity->setToolTip(tr("The length of one column of invocations.csv"));
    m_day->setToolTip(tr("The folder holds several days of the Azure release; the day to read"));
    m_dayLabel->setBuddy(m_day);
    m_day->hide(); // until a folder with several days is open
    m_dayLabel->hide();
    const QString splitName = tr("Per-app memory: split");
    const QString copyName = tr("Per-app memory: copy");
    const QString splitTip = tr("split: an application's memory (each percentile and the average) "
                                "is divided evenly among its functions in the trace, as the "
                                "invitro loader does (default)");
    const QString copyTip = tr("copy: each of an application's functions gets the application's "
                               "whole memory");
    m_appMemory->addItem(splitName, int(AppMemoryRule::Split));
    m_appMemory->setItemData(0, splitTip, Qt::ToolTipRole);
    m_appMemory->addItem(copyName, int(AppMemoryRule::Copy));
    m_appMemory->setItemData(1, copyTip, Qt::ToolTipRole);
    m_appMemory->setToolTip(tr("How a memory file per application (the release's "
                               "app_memory_percentiles) becomes each function's memory.\n%1\n%2")
                                .arg(splitTip, copyTip));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_summary->setWordWrap(true);

    auto* inputs = new QHBoxLayout;
    inputs->addWidget(new QLabel(tr("Trace:"), this));
    inputs->addWidget(m_path, 1);
    inputs->addWidget(open);
    inputs->addWidget(m_dayLabel);
    inputs->addWidget(m_day);
    inputs->addWidget(m_granularity);
    inputs->addWidget(m_appMemory);
    inputs->addWidget(m_strict);

    m_filter->setPlaceholderText(tr("Filter functions by id or trigger"));
    m_filter->setClearButtonEnabled(true);
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);

    auto* distributions = new QTabWidget(this);
    distributions->addTab(m_memory, tr("Memory"));
    distributions->addTab(m_duration, tr("Duration"));
    auto* figures = new QSplitter(Qt::Vertical, this);
    figures->addWidget(distributions);
    figures->addWidget(m_selected);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(figures);
    split->setSizes({1000, 1000}); // halves, whatever the window's size

    contentLayout()->addLayout(inputs);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(split, 1);
    for (FigurePanel* panel : figurePanels())
        watchExports(panel);

    connect(m_filter, &QLineEdit::textChanged, m_sorted, &FunctionFilterModel::setFilterText);
    connect(m_granularity, &QComboBox::activated, this, [this] {
        const auto g = Granularity(m_granularity->currentData().toInt());
        editWorkspace([g](Workspace& w) { w.granularity = g; });
    });
    connect(m_day, &QComboBox::activated, this, [this] {
        const int day = m_day->currentData().toInt();
        if (day > 0)
            editWorkspace([day](Workspace& w) { w.traceDay = day; });
    });
    connect(m_appMemory, &QComboBox::activated, this, [this] {
        const auto rule = AppMemoryRule(m_appMemory->currentData().toInt());
        editWorkspace([rule](Workspace& w) { w.appMemory = rule; });
    });
    connect(m_strict, &QCheckBox::toggled, this,
            [this](bool on) { editWorkspace([on](Workspace& w) { w.strict = on; }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePage::showSelectedFunction);
}

QList<FigurePanel*> TracePage::figurePanels() const
{
    return {m_memory, m_duration, m_selected};
}

void TracePage::refresh()
{
    const Workspace& w = pipeline()->workspace();
    m_path->setText(shownPath(w.tracePath));
    m_granularity->setCurrentIndex(m_granularity->findData(int(w.granularity)));
    m_strict->setChecked(w.strict);
    m_appMemory->setCurrentIndex(m_appMemory->findData(int(w.appMemory)));
    updateDays(w);

    const auto trace = pipeline()->trace();
    const auto proxies = pipeline()->proxies();
    const int percentile = w.mapping.percentile;
    if (!trace) {
        m_summary->setText(tr("No trace loaded."));
        return;
    }
    if (m_model->trace() != trace) {
        m_summary->setText(tr("Preparing the table of %1 functions…").arg(trace->functions.size()));
        buildTable(trace, percentile);
        return;
    }
    m_model->setPercentile(percentile);
    const TraceReport& r = trace->report;
    m_summary->setText(
        tr("%1 functions, %2 %3 slots, %4 invocations. %5 malformed rows skipped, %6 "
           "functions not in all three files (see the log). Memory and duration at the %7 "
           "percentile (set on the Mapping page).")
            .arg(trace->functions.size())
            .arg(trace->slotCount)
            .arg(trace->granularity == Granularity::Minute ? tr("minute") : tr("second"))
            .arg(QLocale().toString(qulonglong(m_model->table().totalInvocations)))
            .arg(r.skippedRows.size())
            .arg(r.incompleteFunctions.size())
            .arg(figures::ordinal(percentile)) +
        readingText(*trace));

    if (m_drawnTrace == trace.get() && m_drawnProxies == proxies.get() &&
        m_drawnPercentile == percentile)
        return;
    m_drawnTrace = trace.get();
    m_drawnProxies = proxies.get();
    m_drawnPercentile = percentile;
    const FunctionPoints proxyPoints =
        proxies ? FunctionPoints::ofProxies(proxies->catalogue, percentile) : FunctionPoints();
    FigureSet set = figures::traceDistributions(m_model->table().points, proxyPoints, percentile);
    m_memory->setFigure(takeFigure(set, QStringLiteral("trace-functions-memory-utilization")));
    m_duration->setFigure(takeFigure(set, QStringLiteral("trace-functions-duration-utilization")));
    showSelectedFunction();
}

void TracePage::updateDays(const Workspace& w)
{
    // The days are listed once per folder (a directory listing, not a read).
    const QString folder = isBundled(w.tracePath) ? QString() : w.tracePath;
    if (folder != m_daysOf) {
        m_daysOf = folder;
        m_day->clear();
        const std::vector<int> days =
            folder.isEmpty() ? std::vector<int>() : TraceFileSet::daysIn(folder);
        if (days.size() > 1)
            for (const int day : days)
                m_day->addItem(tr("Day %1").arg(day), day);
    }
    // "Choose a day" (data 0) stands first while the workspace names no listed day (its read
    // fails then), and goes once it does.
    const int chooser = m_day->findData(0);
    const bool dayListed = w.traceDay != 0 && m_day->findData(w.traceDay) >= 0;
    if (m_day->count() > 0 && !dayListed && chooser < 0)
        m_day->insertItem(0, tr("Choose a day"), 0);
    else if (dayListed && chooser >= 0)
        m_day->removeItem(chooser);
    m_day->setCurrentIndex(m_day->findData(w.traceDay));
    m_day->setVisible(m_day->count() > 0);
    m_dayLabel->setVisible(m_day->count() > 0);
}

QString TracePage::readingText(const Trace& trace) const
{
    QString text;
    if (trace.files.day > 0)
        text += u' ' + tr("Day %1 of the release.").arg(trace.files.day);
    if (trace.report.memoryPerApplication)
        text += u' ' + (trace.report.appMemoryRule == AppMemoryRule::Split
                            ? tr("Memory per application, split evenly among its functions.")
                            : tr("Memory per application, copied to each of its functions."));
    return text;
}

void TracePage::buildTable(const std::shared_ptr<const Trace>& trace, int percentile)
{
    if (m_tableInProgress == trace)
        return;
    m_tableInProgress = trace;
    auto table = std::make_shared<TraceTable>();
    jobs()->runFileJob(
        tr("Preparing the table of %1 functions").arg(trace->functions.size()),
        [trace, percentile, table](const JobControl& job) {
            *table = TraceTable::build(trace, percentile, job);
        },
        [this, guard = QPointer<TracePage>(this), trace, table](const QString& error) {
            if (!guard || m_tableInProgress != trace)
                return; // the page is gone, or a newer trace replaced this one
            m_tableInProgress.reset();
            if (error == u"cancelled")
                m_summary->setText(tr("Cancelled. The function table is prepared again when the "
                                      "trace or a setting changes."));
            else if (!error.isEmpty())
                m_summary->setText(error);
            else {
                m_model->setTable(std::move(table));
                refreshWhenShown();
            }
        },
        StageJobRunner::Priority::Background);
}

void TracePage::showSelectedFunction()
{
    const auto trace = pipeline()->trace();
    auto plot = std::make_unique<SlotSeriesPlot>();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (trace && current.isValid()) {
        const int row = m_sorted->mapToSource(current).row();
        if (row >= 0 && std::size_t(row) < trace->functions.size())
            plot->setFunction(*trace, row);
    } else {
        plot->setTitle(tr("Invocations per slot of the selected function"));
        plot->setNoData(true);
    }
    m_selected->setFigure(std::move(plot));
}

} // namespace traceload

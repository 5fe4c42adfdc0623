// The Run page's files: opening run folders (read off the GUI thread), the folder
// dialogs, and exporting every chart.
#include "charts/live_chart.h"
#include "common/input_error.h"
#include "jobs/stage_job_runner.h"
#include "report/run_folder_reader.h"
#include "run_page.h"
#include "widgets/live_run_panel.h"
#include "widgets/run_results_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>

namespace traceload {

void RunPage::openRunFolder(const QString& folder, bool compare)
{
    auto view = std::make_shared<RunView>();
    view->folder = QDir(folder).absolutePath();
    jobs()->runFileJob(
        tr("Reading the run %1").arg(folder),
        [view](const JobControl& job) {
            auto series = std::make_shared<RunSeries>(RunFolderReader::read(view->folder, job));
            view->warnings = series->warnings;
            view->series = std::move(series);
            const QString summary = QDir(view->folder).filePath(QStringLiteral("summary.json"));
            if (QFileInfo::exists(summary)) {
                try {
                    view->report = RunReport::read(summary);
                } catch (const InputError& e) {
                    view->warnings << e.toString();
                }
            }
        },
        [this, guard = QPointer<RunPage>(this), view, compare](const QString& e) {
            if (!guard)
                return;
            if (!e.isEmpty()) {
                emit error(e);
                return;
            }
            if (compare && m_results->shown())
                m_results->setComparison(*view);
            else
                m_results->showRun(*view);
            m_tabs->setCurrentWidget(m_results);
            emit info(tr("Opened the run %1").arg(QDir::toNativeSeparators(view->folder)));
            emit runFolderShown(view->folder);
        });
}

void RunPage::askForRunFolder(bool compare)
{
    auto* dialog = new QFileDialog(
        window(), compare ? tr("Compare with the run in folder") : tr("Open a run folder"),
        QSettings().value(QStringLiteral("folders/runs")).toString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, compare](const QString& folder) {
        QSettings().setValue(QStringLiteral("folders/runs"), QFileInfo(folder).absolutePath());
        openRunFolder(folder, compare);
    });
    dialog->open();
}

QStringList RunPage::exportCharts(const QString& folder, const FigureExport& options)
{
    static const char* const kLiveStems[] = {"live-rates", "live-latency", "live-lateness",
                                             "live-errors-timeouts", "live-cold-starts"};
    QStringList written;
    const QDir dir(folder);
    const QString suffix = u'.' + figureSuffix(options.format);
    const QList<LiveChart*> charts = m_live->charts();
    for (qsizetype i = 0; i < charts.size() && i < qsizetype(std::size(kLiveStems)); ++i) {
        const QString path = dir.filePath(QLatin1String(kLiveStems[i]) + suffix);
        charts[i]->save(path, options);
        written << path;
    }
    written << m_results->exportFigures(folder, options);
    return written;
}

void RunPage::askForExport(FigureFormat format)
{
    auto* dialog = new QFileDialog(window(), tr("Export every chart of the run into a folder"),
                                   QSettings().value(QStringLiteral("folders/figures")).toString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& folder) {
        QSettings().setValue(QStringLiteral("folders/figures"), folder);
        FigureExport options;
        options.format = format;
        try {
            const QStringList paths = exportCharts(folder, options);
            emit info(tr("Charts written into %1: %2")
                          .arg(QDir::toNativeSeparators(folder))
                          .arg(paths.size()));
        } catch (const InputError& e) {
            emit error(e.toString());
        }
    });
    dialog->open();
}

} // namespace traceload

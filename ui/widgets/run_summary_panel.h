#pragma once

#include <QWidget>

class QLabel;

namespace traceload {

struct RunReport;
struct RunSeries;

// What a finished run amounts to: where its files are, whether it ran to the end, the
// counts by status (which add up to the scheduled invocations), rates, latency, response
// time and lateness percentiles, cold starts, and every threshold passed or failed.
// Fed from a run that just ended or from a run folder opened later (summary.json), the
// same way.
class RunSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunSummaryPanel(QWidget* parent = nullptr);

    // report may be null (a folder without summary.json): the counts then come from the
    // series, which are read from invocations.csv.
    void showRun(const QString& folder, const RunSeries& series, const RunReport* report,
                 const QStringList& warnings = {});
    void showMessage(const QString& text);
    QString text() const; // what the panel shows, as plain text (for tests and the log)

private:
    QLabel* m_label;
};

} // namespace traceload

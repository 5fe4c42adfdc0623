#include "run_summary_panel.h"

#include "charts/run_plots.h"
#include "report/run_report.h"
#include "report/run_series.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace traceload {

namespace {

QString count(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString ms(const PercentileSummary& p, std::int64_t us)
{
    return p.isEmpty() ? QStringLiteral("–") : RunPlot::formatMs(double(us) / 1e3);
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

// A threshold's measured value in the unit its metric is written in.
QString thresholdValue(const ThresholdResult& t)
{
    if (!t.value)
        return RunSummaryPanel::tr("nothing to measure");
    const QString metric = t.expr.section(u'.', 0, 0).trimmed();
    if (metric == u"latency" || metric == u"response" || metric == u"lateness")
        return RunPlot::formatMs(*t.value / 1e3);
    if (metric == u"rate")
        return RunSummaryPanel::tr("%1/s").arg(*t.value, 0, 'f', 1);
    if (t.expr.section(u'.', 1).startsWith(u"rate"))
        return QStringLiteral("%1 %").arg(*t.value * 100, 0, 'g', 3);
    return QString::number(*t.value, 'g', 6);
}

} // namespace

RunSummaryPanel::RunSummaryPanel(QWidget* parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(true);
    m_label->setMargin(6);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showMessage(tr("No run yet: start one, or open a run folder."));
}

void RunSummaryPanel::showMessage(const QString& text)
{
    m_label->setText(text.toHtmlEscaped());
}

QString RunSummaryPanel::text() const
{
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText();
}

void RunSummaryPanel::showRun(const QString& folder, const RunSeries& series,
                              const RunReport* report, const QStringList& warnings)
{
    QString html;
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(QUrl::fromLocalFile(folder).toString(),
                                  QDir::toNativeSeparators(folder).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(report && report->cancelled ? tr("Stopped before the end (partial results)")
                                                 : tr("Finished"),
                     link);
    html += QStringLiteral("<table>");
    if (report && report->startUnixUs > 0)
        html += row(tr("Started"),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(report->startUnixUs / 1000),
                                       QLocale::ShortFormat) +
                        tr(", %1 s, replayed %2× faster")
                            .arg(report->wallS, 0, 'f', 1)
                            .arg(report->speedup));
    // The counts of all phases: from summary.json when there is one, else invocations.csv.
    const std::uint64_t scheduled = report ? report->summary.all.scheduled : series.scheduled;
    const std::uint64_t ok = report ? report->summary.all.ok : series.ok;
    const std::uint64_t error = report ? report->summary.all.error : series.errors;
    const std::uint64_t timeout = report ? report->summary.all.timeout : series.timeouts;
    const std::uint64_t notSent = report ? report->summary.all.notSent : series.notSent;
    const bool addsUp = ok + error + timeout + notSent == scheduled;
    html += row(tr("Scheduled"),
                tr("<b>%1</b> = %2 ok + %3 error + %4 timeout + %5 not sent%6")
                    .arg(count(scheduled), count(ok), count(error), count(timeout), count(notSent),
                         addsUp ? QString() : tr(" <b>(does not add up!)</b>")));
    if (report) {
        const RunSummary& s = report->summary;
        html +=
            row(tr("Measured phase"),
                tr("%1 scheduled, %2 ok, %3 error, %4 timeout, %5 not "
                   "sent")
                    .arg(count(s.measured.scheduled), count(s.measured.ok), count(s.measured.error),
                         count(s.measured.timeout), count(s.measured.notSent)));
        html += row(tr("Rate"), tr("target %1/s, achieved %2/s, ok %3/s")
                                    .arg(s.targetRate, 0, 'f', 1)
                                    .arg(s.achievedRate, 0, 'f', 1)
                                    .arg(s.okRate, 0, 'f', 1));
        const auto percentiles = [](const PercentileSummary& p) {
            return tr("p50 %1 · p90 %2 · p99 %3 · p99.9 %4 · max %5")
                .arg(ms(p, p.p50), ms(p, p.p90), ms(p, p.p99), ms(p, p.p999), ms(p, p.max));
        };
        html += row(tr("Latency (send → reply)"), percentiles(s.latency));
        html += row(tr("Response (schedule → reply)"), percentiles(s.response));
        html += row(tr("Lateness (send − schedule)"), percentiles(s.lateness));
        html += row(tr("Cold starts"),
                    s.coldStartsKnown ? tr("%1 (%2 in the measured phase), %3 instances")
                                            .arg(count(s.coldStarts), count(s.coldStartsMeasured),
                                                 count(s.instances))
                                      : tr("unknown (the endpoints do not report them)"));
    } else {
        html += row(tr("Summary"), tr("no summary.json: counts from invocations.csv"));
    }
    html += QStringLiteral("</table>");
    if (report && !report->verdicts.empty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Thresholds"));
        for (const ThresholdResult& t : report->verdicts)
            html += QStringLiteral("<span style=\"color:%1\">%2</span> %3 %4<br>")
                        .arg(t.passed ? QStringLiteral("#2ca02c") : QStringLiteral("#d62728"),
                             t.passed ? tr("✔ passed") : tr("✘ failed"), t.expr.toHtmlEscaped(),
                             tr("(%1)").arg(thresholdValue(t)));
        html += QStringLiteral("</p>");
    }
    for (const QString& w : warnings)
        html += QStringLiteral("<p style=\"color:#d62728\">%1</p>").arg(w.toHtmlEscaped());
    m_label->setText(html);
}

} // namespace traceload

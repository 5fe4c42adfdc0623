#include "live_run_panel.h"

#include "charts/live_chart.h"
#include "charts/palette.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace traceload {

namespace {

QString count(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString duration(double seconds)
{
    const auto s = std::int64_t(std::llround(std::max(0.0, seconds)));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

double ms(std::int64_t us)
{
    return us < 0 ? NAN : double(us) / 1e3;
}

} // namespace

LiveRunPanel::LiveRunPanel(QWidget* parent)
    : QWidget(parent),
      m_latency(new LiveChart(tr("Latency (send → reply)"), tr("ms (log scale)"), this)),
      m_rates(new LiveChart(tr("Calls per second"), tr("calls/s"), this)),
      m_lateness(new LiveChart(tr("Lateness (send − schedule)"), tr("ms (log scale)"), this)),
      m_failures(new LiveChart(tr("Errors and timeouts"), tr("calls so far"), this)),
      m_cold(new LiveChart(tr("Cold starts"), tr("per second"), this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)),
      m_counters(new QLabel(this))
{
    using Merge = LiveChart::Merge;
    m_rates->addLine(tr("target"), palette::grey(), Qt::DashLine);
    m_rates->addLine(tr("issued"), palette::blue());
    m_rates->addLine(tr("completed"), palette::green());
    m_rates->addLine(tr("failed"), palette::red(), Qt::SolidLine, Merge::Maximum);
    m_latency->addLine(tr("p50"), palette::blue(), Qt::SolidLine, Merge::Maximum);
    m_latency->addLine(tr("p90"), palette::orange(), Qt::SolidLine, Merge::Maximum);
    m_latency->addLine(tr("p99"), palette::red(), Qt::SolidLine, Merge::Maximum);
    m_lateness->addLine(tr("p50"), palette::blue(), Qt::SolidLine, Merge::Maximum);
    m_lateness->addLine(tr("p99"), palette::red(), Qt::SolidLine, Merge::Maximum);
    m_lateness->addLine(tr("max"), palette::grey(), Qt::DotLine, Merge::Maximum);
    m_failures->addLine(tr("errors"), palette::red(), Qt::SolidLine, Merge::Maximum);
    m_failures->addLine(tr("timeouts"), palette::orange(), Qt::SolidLine, Merge::Maximum);
    m_cold->addLine(tr("cold starts/s"), palette::purple(), Qt::SolidLine, Merge::Maximum);
    m_charts = {m_rates, m_latency, m_lateness, m_failures, m_cold};
    // p50 and p99 are often decades apart; below 1 µs is drawn at 1 µs.
    m_latency->setLogScale(0.001);
    m_lateness->setLogScale(0.001);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->addWidget(m_rates, 0, 0, 1, 3);
    grid->addWidget(m_latency, 0, 3, 1, 3);
    grid->addWidget(m_lateness, 1, 0, 1, 2);
    grid->addWidget(m_failures, 1, 2, 1, 2);
    grid->addWidget(m_cold, 1, 4, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(m_counters);
    layout->addLayout(grid, 1);
    setStatus(tr("No run in progress."));
}

void LiveRunPanel::begin(const Plan& plan)
{
    m_plan = plan;
    m_last = LiveSnapshot();
    m_last.scheduled = plan.scheduled;
    m_last.slotCount = plan.slotCount;
    m_snapshots = 0;
    for (LiveChart* chart : m_charts)
        chart->clear();
    m_cold->setTitle(tr("Cold starts"));
    m_progress->setValue(0);
    m_progressText->setText(tr("Connecting…"));
    m_counters->setText(countersText());
}

void LiveRunPanel::setStatus(const QString& text)
{
    m_progressText->setText(text);
    m_counters->setText(m_snapshots > 0 ? countersText() : QString());
}

void LiveRunPanel::addSnapshot(const LiveSnapshot& s)
{
    // Per-second rates of what the snapshots only count, from the previous snapshot.
    const double dt = s.elapsedS - m_last.elapsedS;
    const bool hasPrevious = m_snapshots > 0 && dt > 1e-3;
    const double failedPerS =
        hasPrevious ? double((s.errors + s.timeouts) - (m_last.errors + m_last.timeouts)) / dt
                    : NAN;
    // No gap-free zero line while no reply has said cold or warm: real functions do not.
    const double coldPerS =
        hasPrevious && s.coldKnown > 0 ? double(s.coldStarts - m_last.coldStarts) / dt : NAN;
    const double target = s.slot >= 0 && std::size_t(s.slot) < m_plan.targetPerSlot.size()
                              ? m_plan.targetPerSlot[std::size_t(s.slot)]
                              : NAN;
    if (s.started) {
        const double t = s.elapsedS;
        m_rates->append(t, {s.finished ? NAN : target, s.issueRate, s.completionRate, failedPerS});
        m_latency->append(
            t, {ms(s.latencyWindow.p50), ms(s.latencyWindow.p90), ms(s.latencyWindow.p99)});
        m_lateness->append(
            t, {ms(s.latenessWindow.p50), ms(s.latenessWindow.p99), ms(s.latenessWindow.max)});
        m_failures->append(t, {double(s.errors), double(s.timeouts)});
        m_cold->append(t, {coldPerS});
        const QString coldTitle =
            s.ok > 0 && s.coldKnown == 0
                ? tr("Cold starts: unknown (the functions do not report them)")
                : tr("Cold starts");
        if (m_cold->title() != coldTitle)
            m_cold->setTitle(coldTitle);
    }
    m_last = s;
    ++m_snapshots;
    const double total = double(m_plan.slotCount) * m_plan.slotWallS;
    m_progress->setValue(s.finished  ? 1000
                         : total > 0 ? int(std::min(1.0, s.elapsedS / total) * 1000)
                                     : 0);
    m_progressText->setText(progressText());
    m_counters->setText(countersText());
}

QString LiveRunPanel::progressText() const
{
    const LiveSnapshot& s = m_last;
    if (!s.started)
        return tr("Connecting…");
    const double total = double(m_plan.slotCount) * m_plan.slotWallS;
    if (s.finished)
        return s.cancelled ? tr("Stopped after %1").arg(duration(s.elapsedS))
                           : tr("Done in %1").arg(duration(s.elapsedS));
    return tr("Slot %1 of %2 · %3 elapsed · about %4 left")
        .arg(s.slot + 1)
        .arg(std::max(1, s.slotCount))
        .arg(duration(s.elapsedS), duration(total - s.elapsedS));
}

QString LiveRunPanel::countersText() const
{
    const LiveSnapshot& s = m_last;
    const std::uint64_t done = s.ok + s.errors + s.timeouts + s.notSent;
    const std::uint64_t pending = s.scheduled > done ? s.scheduled - done : 0;
    const std::uint64_t inFlight = std::min(pending, s.inFlight);
    return tr("Scheduled %1 = ok %2 + error %3 + timeout %4 + not sent %5 + pending %6 "
              "(%7 in flight, %8 not yet due)")
        .arg(count(s.scheduled), count(s.ok), count(s.errors), count(s.timeouts), count(s.notSent),
             count(pending), count(inFlight), count(pending - inFlight));
}

} // namespace traceload

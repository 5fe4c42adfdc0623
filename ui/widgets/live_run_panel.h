#pragma once

#include "invoke/live_stats.h"

#include <QList>
#include <QWidget>
#include <vector>

class QLabel;
class QProgressBar;

namespace traceload {

class LiveChart;

// The run in progress: a progress bar with the current slot and the time left, counters
// that always add up (scheduled = ok + error + timeout + not sent + pending) and the live
// charts — latency p50/p90/p99, issued/completed/failed rate against the target rate,
// lateness, errors and timeouts, cold starts — fed with the invoker's snapshots a few times
// a second. Each chart keeps a bounded number of points, however long the run.
class LiveRunPanel : public QWidget
{
    Q_OBJECT
public:
    struct Plan
    {
        std::uint64_t scheduled = 0;
        int slotCount = 0;
        double slotWallS = 0;              // a slot's length after the speedup
        std::vector<double> targetPerSlot; // calls/s the load schedules in each slot
    };

    explicit LiveRunPanel(QWidget* parent = nullptr);

    void begin(const Plan& plan); // clears the charts
    void addSnapshot(const LiveSnapshot& snapshot);
    // Shows a message instead of the progress (preparing, writing files, failed).
    void setStatus(const QString& text);

    QList<LiveChart*> charts() const { return m_charts; }
    int snapshotCount() const { return m_snapshots; }
    const LiveSnapshot& lastSnapshot() const { return m_last; }
    QString countersText() const;
    QString progressText() const;

private:
    LiveChart* m_latency;
    LiveChart* m_rates;
    LiveChart* m_lateness;
    LiveChart* m_failures;
    LiveChart* m_cold;
    QList<LiveChart*> m_charts;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_counters;
    Plan m_plan;
    LiveSnapshot m_last;
    int m_snapshots = 0;
};

} // namespace traceload

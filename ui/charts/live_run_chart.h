#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace traceload {

struct LiveSnapshot;

// The live run dashboard chart (Qt Charts): issued and completed calls per second and
// the window p50/p99 latency, fed with the invoker's snapshots a few times a second.
// Each series keeps at most maxPoints() points: when full, neighbouring points are
// merged pairwise (rates averaged, latency percentiles by their maximum, so spikes
// stay visible), so an hour-long run costs as much to redraw as a minute-long one.
// The same widget renders into a PNG for --batch.
class LiveRunChart : public QChartView
{
    Q_OBJECT

public:
    explicit LiveRunChart(QWidget* parent = nullptr);

    void setMaxPoints(int points); // >= 16; default 600
    int maxPoints() const { return m_maxPoints; }
    int pointCount() const { return int(m_issued.points.size()); }

    void clear();
    void addSnapshot(const LiveSnapshot& snapshot);

    // The chart as an image of `size` pixels; the widget itself is left as it was.
    QImage renderImage(QSize size);
    // Writes renderImage(size) to a PNG atomically; throws InputError naming the path.
    void savePng(const QString& path, QSize size);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Merge
    {
        Average,
        Maximum
    };
    struct Buffer
    {
        QLineSeries* series = nullptr;
        QList<QPointF> points;
        Merge merge = Merge::Average;
    };

    void append(Buffer& buffer, QPointF point);
    void decimate(Buffer& buffer);
    void applyTheme();
    void updateAxes();

    int m_maxPoints = 600;
    Buffer m_issued, m_completed, m_p50, m_p99;
    QValueAxis* m_time = nullptr;
    QValueAxis* m_rate = nullptr;
    QValueAxis* m_latency = nullptr;
};

} // namespace traceload

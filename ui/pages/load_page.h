#pragma once

#include "stage_page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace traceload {

class FigurePanel;

// The timestamped load: distribution, seed, shift, offset, warm-up and duration; the
// invocations per slot (total and the busiest functions stacked) as the options change; one
// slot's arrivals on a time axis; the totals checked against the trace; export load.json.
class LoadPage : public StagePage
{
    Q_OBJECT
public:
    LoadPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent = nullptr);

    QList<FigurePanel*> figurePanels() const override;

signals:
    void exportLoadRequested();

protected:
    void refresh() override;

private:
    void showSlot();

    QComboBox* m_distribution;
    QSpinBox* m_seed;
    QCheckBox* m_shift;
    QSpinBox* m_offset;
    QSpinBox* m_warmup;
    QSpinBox* m_duration;
    QLabel* m_totals;
    QSpinBox* m_slot;
    FigurePanel* m_perSlot;
    FigurePanel* m_arrivals;
    const void* m_drawn = nullptr;
};

} // namespace traceload

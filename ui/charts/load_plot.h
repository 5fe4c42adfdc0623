#pragma once

#include "charts/figure.h"
#include "charts/phase_shade.h"

namespace traceload {

struct LoadProfile;

// Invocations per slot of a load: the busiest endpoints stacked, the rest as "other"; the
// warm-up slots shaded as the run figures shade the warm-up.
class LoadPlot : public Figure
{
    Q_OBJECT

public:
    explicit LoadPlot(QWidget* parent = nullptr);

    void setProfile(const LoadProfile& profile);

protected:
    void restyle() override;

private:
    QList<QCPBars*> m_layers;
    PhaseShade m_warmup;
    int m_slotCount = 0;
    bool m_hasOther = false;
};

} // namespace traceload

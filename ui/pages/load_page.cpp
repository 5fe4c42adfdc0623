#include "load_page.h"

#include "charts/figure_set.h"
#include "charts/slot_arrivals_plot.h"
#include "load/load_generator.h"
#include "report/load_profile.h"
#include "widgets/figure_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <limits>

namespace traceload {

LoadPage::LoadPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Load, pipeline, jobs, parent), m_distribution(new QComboBox(this)),
      m_seed(new QSpinBox(this)), m_shift(new QCheckBox(tr("Random phase per function"), this)),
      m_offset(new QSpinBox(this)), m_warmup(new QSpinBox(this)), m_duration(new QSpinBox(this)),
      m_totals(new QLabel(this)), m_slot(new QSpinBox(this)), m_perSlot(new FigurePanel(this)),
      m_arrivals(new FigurePanel(this))
{
    m_distribution->addItem(tr("Equidistant"), int(IatDistribution::Equidistant));
    m_distribution->addItem(tr("Uniform"), int(IatDistribution::Uniform));
    m_distribution->addItem(tr("Exponential"), int(IatDistribution::Exponential));
    m_distribution->setToolTip(tr("How the n invocations of a function are placed in a slot"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The same seed gives a byte-identical load.json"));
    m_shift->setToolTip(tr("Rotates each function's arrivals by a random phase, so that "
                           "functions do not all fire at the start of a slot"));
    for (QSpinBox* box : {m_offset, m_warmup, m_duration})
        box->setRange(0, 10'000'000);
    m_duration->setMinimum(1);
    m_offset->setToolTip(tr("Slots of the trace skipped before the load starts"));
    auto* exportLoad = new QPushButton(tr("Export load.json…"), this);
    connect(exportLoad, &QPushButton::clicked, this, &LoadPage::exportLoadRequested);

    auto* form = new QFormLayout;
    form->addRow(tr("Distribution:"), m_distribution);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(QString(), m_shift);
    form->addRow(tr("Offset (slots):"), m_offset);
    form->addRow(tr("Warm-up (slots):"), m_warmup);
    form->addRow(tr("Duration (slots):"), m_duration);
    form->addRow(QString(), exportLoad);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_totals);
    auto* controls = new QWidget(this);
    controls->setLayout(form);
    controls->setMaximumWidth(360);

    auto* slotRow = new QHBoxLayout;
    slotRow->addWidget(new QLabel(tr("Arrivals in slot:"), this));
    slotRow->addWidget(m_slot);
    slotRow->addStretch(1);
    auto* zoom = new QWidget(this);
    auto* zoomLayout = new QVBoxLayout(zoom);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    zoomLayout->addLayout(slotRow);
    zoomLayout->addWidget(m_arrivals, 1);
    auto* figures = new QSplitter(Qt::Vertical, this);
    figures->addWidget(m_perSlot);
    figures->addWidget(zoom);
    figures->setSizes({1000, 1000}); // the arrivals need the height for their rows

    auto* row = new QHBoxLayout;
    row->addWidget(controls);
    row->addWidget(figures, 1);
    contentLayout()->addLayout(row, 1);
    for (FigurePanel* panel : figurePanels())
        watchExports(panel);

    const auto edit = [this](auto apply) {
        return [this, apply](auto value) {
            editWorkspace([&](Workspace& w) { apply(w.load, value); });
        };
    };
    connect(m_distribution, &QComboBox::activated, this, edit([this](LoadOptions& o, int) {
                o.distribution = IatDistribution(m_distribution->currentData().toInt());
            }));
    connect(m_seed, &QSpinBox::valueChanged, this,
            edit([](LoadOptions& o, int v) { o.seed = std::uint64_t(v); }));
    connect(m_shift, &QCheckBox::toggled, this, edit([](LoadOptions& o, bool v) { o.shift = v; }));
    connect(m_offset, &QSpinBox::valueChanged, this,
            edit([](LoadOptions& o, int v) { o.offset = v; }));
    connect(m_warmup, &QSpinBox::valueChanged, this,
            edit([](LoadOptions& o, int v) { o.warmupSlots = v; }));
    connect(m_duration, &QSpinBox::valueChanged, this,
            edit([](LoadOptions& o, int v) { o.durationSlots = v; }));
    connect(m_slot, &QSpinBox::valueChanged, this, &LoadPage::showSlot);
}

QList<FigurePanel*> LoadPage::figurePanels() const
{
    return {m_perSlot, m_arrivals};
}

void LoadPage::refresh()
{
    const Workspace& w = pipeline()->workspace();
    {
        // Showing the workspace's values must not write them back.
        const QSignalBlocker b1(m_distribution), b2(m_seed), b3(m_shift), b4(m_offset),
            b5(m_warmup), b6(m_duration);
        m_distribution->setCurrentIndex(m_distribution->findData(int(w.load.distribution)));
        m_seed->setValue(
            int(std::min<std::uint64_t>(w.load.seed, std::numeric_limits<int>::max())));
        m_shift->setChecked(w.load.shift);
        m_offset->setValue(w.load.offset);
        m_warmup->setValue(w.load.warmupSlots);
        m_duration->setValue(w.load.durationSlots);
    }
    const auto load = pipeline()->load();
    const auto trace = pipeline()->trace();
    if (!load || !trace) {
        m_totals->setText(w.backend == u"knative"
                              ? tr("Knative endpoints are the services' URLs: deploy first.")
                              : tr("No load yet."));
        return;
    }
    if (m_drawn == load.get())
        return;
    m_drawn = load.get();

    const std::uint64_t generated = load->invocationCount();
    QString totals = tr("%1 invocations in %2 slots (%3 warm-up), endpoints as the %4 backend "
                        "names them.")
                         .arg(QLocale().toString(qulonglong(generated)))
                         .arg(load->timeSlots.size())
                         .arg(w.load.warmupSlots)
                         .arg(w.backend);
    try {
        const LoadOptions options = loadOptions(w, *trace);
        const std::uint64_t expected = LoadGenerator::statistics(*trace, options).total;
        totals +=
            u'\n' + (generated == expected ? tr("Equal to the trace's count for these slots.")
                                           : tr("The trace has %1 invocations in these slots!")
                                                 .arg(QLocale().toString(qulonglong(expected))));
    } catch (const std::exception&) {
        // The options changed since this load was made; the header says it is stale.
    }
    m_totals->setText(totals);

    LoadProfile profile = LoadProfile::of(*load);
    profile.warmupSlots = w.load.warmupSlots;
    FigureSet set = figures::load(profile);
    if (!set.empty())
        m_perSlot->setFigure(std::move(set.front().figure));
    {
        const QSignalBlocker block(m_slot);
        m_slot->setRange(0, std::max<int>(0, int(load->timeSlots.size()) - 1));
    }
    showSlot();
}

void LoadPage::showSlot()
{
    const auto load = pipeline()->load();
    auto plot = std::make_unique<SlotArrivalsPlot>();
    if (load)
        plot->setSlot(*load, m_slot->value());
    m_arrivals->setFigure(std::move(plot));
}

} // namespace traceload

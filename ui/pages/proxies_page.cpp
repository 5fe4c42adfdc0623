#include "proxies_page.h"

#include "charts/figure_set.h"
#include "common/text.h"
#include "models/function_filter_model.h"
#include "models/proxy_model.h"
#include "report/function_points.h"
#include "widgets/data_table.h"
#include "widgets/figure_panel.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace traceload {

namespace {

QString shownPath(const QString& path)
{
    if (path.isEmpty())
        return Text::tr("none (no pre- or post-deployment commands)");
    return isBundled(path) ? Text::tr("bundled (%1)").arg(QFileInfo(path).fileName())
                           : QFileInfo(path).absoluteFilePath();
}

} // namespace

ProxiesPage::ProxiesPage(Pipeline* pipeline, StageJobRunner* jobs, QWidget* parent)
    : StagePage(Stage::Proxies, pipeline, jobs, parent), m_profile(new QLabel(this)),
      m_config(new QLabel(this)), m_summary(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_table(new DataTable(this)), m_model(new ProxyModel(this)),
      m_sorted(new FunctionFilterModel(this)), m_details(new QPlainTextEdit(this)),
      m_memory(new FigurePanel(this)), m_duration(new FigurePanel(this)),
      m_cpu(new FigurePanel(this))
{
    auto* openProfile = new QPushButton(tr("Open profile…"), this);
    auto* openConfig = new QPushButton(tr("Open config…"), this);
    auto* noConfig = new QPushButton(tr("No config"), this);
    noConfig->setToolTip(tr("Deploy without pre- and post-deployment commands"));
    connect(openProfile, &QPushButton::clicked, this, &ProxiesPage::openProfileRequested);
    connect(openConfig, &QPushButton::clicked, this, &ProxiesPage::openConfigRequested);
    connect(noConfig, &QPushButton::clicked, this,
            [this] { editWorkspace([](Workspace& w) { w.configPath.clear(); }); });
    for (QLabel* label : {m_profile, m_config}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    auto* inputs = new QGridLayout;
    inputs->addWidget(new QLabel(tr("Profile:"), this), 0, 0);
    inputs->addWidget(m_profile, 0, 1);
    inputs->addWidget(openProfile, 0, 2);
    inputs->addWidget(new QLabel(tr("Config:"), this), 1, 0);
    inputs->addWidget(m_config, 1, 1);
    auto* configButtons = new QHBoxLayout;
    configButtons->addWidget(openConfig);
    configButtons->addWidget(noConfig);
    inputs->addLayout(configButtons, 1, 2);
    inputs->setColumnStretch(1, 1);

    m_filter->setPlaceholderText(tr("Filter proxies by name"));
    m_filter->setClearButtonEnabled(true);
    m_sorted->setSourceModel(m_model);
    m_table->setModel(m_sorted);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* left = new QSplitter(Qt::Vertical, this);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table);
    left->addWidget(tableBox);
    left->addWidget(m_details);

    auto* figures = new QTabWidget(this);
    figures->addTab(m_memory, tr("Memory"));
    figures->addTab(m_duration, tr("Duration"));
    figures->addTab(m_cpu, tr("CPU"));
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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProxiesPage::showSelectedProxy);
}

QList<FigurePanel*> ProxiesPage::figurePanels() const
{
    return {m_memory, m_duration, m_cpu};
}

void ProxiesPage::refresh()
{
    const Workspace& w = pipeline()->workspace();
    m_profile->setText(shownPath(w.profilePath));
    m_config->setText(shownPath(w.configPath));
    const auto proxies = pipeline()->proxies();
    if (!proxies) {
        m_summary->setText(tr("No profile loaded."));
        return;
    }
    const int percentile = w.mapping.percentile;
    m_summary->setText(tr("%1 proxy functions; %2 deployment command entries. Values at the %3 "
                          "percentile.")
                           .arg(proxies->catalogue.proxies.size())
                           .arg(proxies->config ? proxies->config->entries.size() : 0)
                           .arg(figures::ordinal(percentile)));
    if (m_drawn == proxies.get() && m_drawnPercentile == percentile)
        return;
    m_drawn = proxies.get();
    m_drawnPercentile = percentile;
    m_model->setCatalogue(std::shared_ptr<const ProxyCatalogue>(proxies, &proxies->catalogue));
    m_model->setPercentile(percentile);
    FigureSet set = figures::proxyDistributions(
        FunctionPoints::ofProxies(proxies->catalogue, percentile), percentile);
    m_memory->setFigure(takeFigure(set, QStringLiteral("proxy-functions-memory-utilization")));
    m_duration->setFigure(takeFigure(set, QStringLiteral("proxy-functions-duration")));
    m_cpu->setFigure(takeFigure(set, QStringLiteral("proxy-functions-cpu-utilization")));
    showSelectedProxy();
}

void ProxiesPage::showSelectedProxy()
{
    const auto proxies = pipeline()->proxies();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!proxies || !current.isValid()) {
        m_details->setPlainText(tr("Select a proxy to see its YAML and deployment commands."));
        return;
    }
    const int row = m_sorted->mapToSource(current).row();
    const ProxyFunction& proxy = proxies->catalogue.proxies.at(std::size_t(row));
    QString text;
    if (proxies->config) {
        if (const ProxyConfigEntry* entry = proxies->config->findByYaml(proxy.yamlPath)) {
            const auto list = [&text](const QString& heading, const QStringList& commands) {
                text += heading;
                for (const QString& c : commands)
                    text += c + u'\n';
                if (commands.isEmpty())
                    text += tr("# (none)\n");
            };
            list(tr("# pre-deployment commands (run once, through bash -c, in %1)\n")
                     .arg(proxies->config->directory),
                 entry->preDeploymentCommands);
            list(tr("# post-deployment commands\n"), entry->postDeploymentCommands);
            text += u'\n';
        }
    }
    QFile yaml(proxy.yamlPath);
    if (proxy.yamlPath.isEmpty())
        text += tr("# %1 names no YAML").arg(proxy.name);
    else if (QFileInfo(proxy.yamlPath).isFile() && yaml.open(QIODevice::ReadOnly))
        text += tr("# %1\n").arg(proxy.yaml) + QString::fromUtf8(yaml.readAll());
    else
        text += tr("# %1: %2").arg(proxy.yamlPath, yaml.errorString());
    m_details->setPlainText(text);
}

} // namespace traceload

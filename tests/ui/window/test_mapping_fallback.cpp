// The Mapping page's fallback tolerance, offscreen on the bundled sample: off by default,
// kept in the workspace, the same mapping file as `--batch loadgen --fallback-tolerance`
// byte for byte, the Fallback column and both mapping figures showing the functions that
// fell back.
#include "charts/mapping_plot.h"
#include "main_window.h"
#include "models/function_filter_model.h"
#include "models/mapping_model.h"
#include "models/model_roles.h"
#include "pages/mapping_page.h"
#include "test_support.h"
#include "widgets/figure_panel.h"
#include "window_fixtures.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

constexpr int kTimeoutMs = test::kWindowTimeoutMs;

int fallbacksOf(const Mapping& mapping)
{
    int n = 0;
    for (const MappingEntry& e : mapping.entries)
        n += e.fallback ? 1 : 0;
    return n;
}

// Rows of the page's table whose Fallback cell says why.
int fallbackRows(const MappingModel& model)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.index(row, MappingModel::FallbackColumn).data().toString().isEmpty() ? 0 : 1;
    return n;
}

template <typename Plot> Plot* figureOf(MappingPage* page, int panel)
{
    return qobject_cast<Plot*>(page->figurePanels().at(panel)->figure());
}

} // namespace

class TestMappingFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void toleranceMatchesBatch()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        Workspace ws = w.pipeline()->workspace();
        ws.backend = QStringLiteral("dry-run");
        w.pipeline()->setWorkspace(ws);
        auto* page = static_cast<MappingPage*>(w.page(Stage::Mapping));
        w.showStage(Stage::Mapping);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);

        // Off by default, as in --batch: the spin box waits for the check box.
        QVERIFY(!page->fallbackCheck()->isChecked());
        QVERIFY(!page->toleranceSpin()->isEnabled());
        QCOMPARE(w.pipeline()->workspace().mapping.fallbackTolerance, 0.0);
        QCOMPARE(fallbacksOf(*w.pipeline()->mapping()), 0);

        page->fallbackCheck()->click(); // the default 40 %
        QCOMPARE(w.pipeline()->workspace().mapping.fallbackTolerance, 0.4);
        QVERIFY(page->toleranceSpin()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(fallbacksOf(*w.pipeline()->mapping()), 115);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->mapping(), w.pipeline()->mapping(), kTimeoutMs);
        QCOMPARE(fallbackRows(*page->model()), 115);
        bool summarySays = false;
        for (const QLabel* label : page->findChildren<QLabel*>())
            summarySays |= label->text().contains(
                QStringLiteral("Fallback beyond 40 %: 115 of 250 functions get a trace function"));
        QVERIFY(summarySays);
        QCOMPARE(figureOf<MappingScatterPlot>(page, 0)->fallbackCount(), 115);
        QCOMPARE(figureOf<MappingErrorPlot>(page, 1)->fallbackCount(), 115);

        // The exported mapping is --batch loadgen --fallback-tolerance 0.4's, byte for byte.
        const QString guiMapping = dir.filePath(QStringLiteral("gui-mapping.json"));
        QCOMPARE(test::waitForJob([&](auto done) { w.exportMapping(guiMapping, done); }),
                 QString());
        const QString batchMapping = dir.filePath(QStringLiteral("batch-mapping.json"));
        const auto r =
            runTraceload({QStringLiteral("--batch"), QStringLiteral("loadgen"),
                          QStringLiteral("--backend"), QStringLiteral("dry-run"),
                          QStringLiteral("--fallback-tolerance"), QStringLiteral("0.4"),
                          QStringLiteral("-o"), dir.filePath(QStringLiteral("batch-load.json")),
                          QStringLiteral("--mapping-out"), batchMapping});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readText(guiMapping), readText(batchMapping));
        QVERIFY(readText(guiMapping).contains("\"fallback\": true"));

        // Another tolerance through the spin box, then off again; kept in the workspace file.
        page->toleranceSpin()->setValue(25);
        QCOMPARE(w.pipeline()->workspace().mapping.fallbackTolerance, 0.25);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(fallbacksOf(*w.pipeline()->mapping()), 152);
        const QString file = dir.filePath(QStringLiteral("fallback.traceload"));
        QVERIFY(w.saveWorkspace(file));
        QCOMPARE(Workspace::read(file).mapping.fallbackTolerance, 0.25);
        page->fallbackCheck()->click();
        QCOMPARE(w.pipeline()->workspace().mapping.fallbackTolerance, 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(fallbacksOf(*w.pipeline()->mapping()), 0);

        // Reopened, the workspace sets the controls.
        MainWindow again;
        QVERIFY(again.openWorkspace(file));
        auto* againPage = static_cast<MappingPage*>(again.page(Stage::Mapping));
        again.showStage(Stage::Mapping);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(againPage->fallbackCheck()->isChecked(), kTimeoutMs);
        QCOMPARE(againPage->toleranceSpin()->value(), 25.0);
    }
};

QTEST_MAIN(TestMappingFallback)
#include "test_mapping_fallback.moc"

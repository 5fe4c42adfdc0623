// A scripted session in the workbench, on the bundled sample: the pages fill in from
// background jobs, nearest -> unique -> nearest, a new percentile, a manual override, the
// exported load.json and mapping equal `--batch loadgen`'s for the same workspace byte for
// byte, the workspace reopens to the same state, and bad inputs leave the earlier data.
#include "common/translations.h"
#include "jobs/stage_job_runner.h"
#include "main_window.h"
#include "models/mapping_model.h"
#include "pages/mapping_page.h"
#include "pages/trace_page.h"
#include "test_support.h"
#include "widgets/log_panel.h"
#include "window_fixtures.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {

constexpr int kTimeoutMs = test::kWindowTimeoutMs;

QAbstractButton* buttonNamed(QWidget* parent, const QString& text)
{
    for (auto* b : parent->findChildren<QAbstractButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
        QSettings().clear();
    }

    void opensWithTheSampleAndFillsThePages()
    {
        MainWindow w;
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(w.pipeline()->trace()->functions.size(), std::size_t(250));
        auto* trace = static_cast<TracePage*>(w.page(Stage::Trace));
        QTRY_COMPARE_WITH_TIMEOUT(trace->table()->model()->rowCount(), 250, kTimeoutMs);
        QCOMPARE(w.pipeline()->status(Stage::Deployment), StageStatus::Empty);
        // The last two pages say what they will do; nothing ran there.
        QCOMPARE(w.page(Stage::Run)->title(), QStringLiteral("Run"));
    }

    void scriptedSession()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        Workspace ws = w.pipeline()->workspace();
        ws.backend = QStringLiteral("dry-run"); // endpoints named, nothing started
        w.pipeline()->setWorkspace(ws);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        auto* mapping = static_cast<MappingPage*>(w.page(Stage::Mapping));
        w.showStage(Stage::Mapping);

        // nearest -> unique -> nearest through the page's own buttons.
        buttonNamed(mapping, QStringLiteral("Unique"))->click();
        QCOMPARE(w.pipeline()->workspace().mapping.method, MappingMethod::Unique);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        // 250 functions > 191 proxies: unique falls back to nearest and says so.
        QCOMPARE(w.pipeline()->mapping()->used, MappingMethod::Nearest);
        QVERIFY(!w.pipeline()->mapping()->warnings.isEmpty());
        buttonNamed(mapping, QStringLiteral("Nearest"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);

        // The 50th percentile through the combo box.
        auto* percentile = mapping->findChild<QComboBox*>();
        const int index = percentile->findData(50);
        QVERIFY(index >= 0);
        percentile->setCurrentIndex(index);
        emit percentile->activated(index);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(w.pipeline()->mapping()->percentile, 50);

        // A manual override, as the table's combo box delegate sets it.
        MappingModel* model = mapping->model();
        const QModelIndex proxyCell = model->index(7, MappingModel::ProxyColumn);
        const QString id = w.pipeline()->mapping()->entries.at(7).traceId;
        const QString before = w.pipeline()->mapping()->entries.at(7).proxyName;
        const QStringList proxies = model->proxyNames();
        const QString chosen = proxies.at(proxies.at(0) == before ? 1 : 0);
        QVERIFY(model->setData(proxyCell, chosen));
        QCOMPARE(w.pipeline()->workspace().overrides.at(id), chosen);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(w.pipeline()->mapping()->entries.at(7).proxyName, chosen);

        // Load options, export, and the same through --batch loadgen --workspace.
        ws = w.pipeline()->workspace();
        ws.load.seed = 7;
        ws.load.distribution = IatDistribution::Exponential;
        w.pipeline()->setWorkspace(ws);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        const QString guiLoad = dir.filePath(QStringLiteral("gui-load.json"));
        const QString guiMapping = dir.filePath(QStringLiteral("gui-mapping.json"));
        QCOMPARE(test::waitForJob([&](auto done) { w.exportLoad(guiLoad, done); }), QString());
        QCOMPARE(test::waitForJob([&](auto done) { w.exportMapping(guiMapping, done); }),
                 QString());
        const QString workspace = dir.filePath(QStringLiteral("session.traceload"));
        QVERIFY(w.saveWorkspace(workspace));

        const QString batchLoad = dir.filePath(QStringLiteral("batch-load.json"));
        const QString batchMapping = dir.filePath(QStringLiteral("batch-mapping.json"));
        const auto r =
            test::runTraceload({QStringLiteral("--batch"), QStringLiteral("loadgen"),
                                QStringLiteral("--workspace"), workspace, QStringLiteral("-o"),
                                batchLoad, QStringLiteral("--mapping-out"), batchMapping});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::readText(guiLoad), test::readText(batchLoad));
        QCOMPARE(test::readText(guiMapping), test::readText(batchMapping));

        // Reopened, the workspace gives the same state.
        MainWindow again;
        QVERIFY(again.openWorkspace(workspace));
        QCOMPARE(again.pipeline()->workspace(), w.pipeline()->workspace());
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(again.pipeline()), kTimeoutMs);
        QCOMPARE(again.pipeline()->mapping()->entries.at(7).proxyName, chosen);
        const QString againLoad = dir.filePath(QStringLiteral("again-load.json"));
        QCOMPARE(test::waitForJob([&](auto done) { again.exportLoad(againLoad, done); }),
                 QString());
        QCOMPARE(test::readText(againLoad), test::readText(guiLoad));
    }

    void badInputsKeepWhatWasLoaded()
    {
        QTemporaryDir dir;
        MainWindow w;
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        const auto trace = w.pipeline()->trace();

        // A trace folder whose invocations.csv has a bad header count on line 3.
        const QString bad = dir.filePath(QStringLiteral("bad-trace"));
        QDir().mkpath(bad);
        for (const QString& name : {QStringLiteral("durations.csv"), QStringLiteral("memory.csv")})
            QFile::copy(test::sampleTraceDir() + u'/' + name, bad + u'/' + name);
        test::writeText(bad + QStringLiteral("/invocations.csv"), "HashOwner,HashApp\n");
        QVERIFY(w.openPath(bad));
        QTRY_COMPARE_WITH_TIMEOUT(w.pipeline()->status(Stage::Trace), StageStatus::Failed,
                                  kTimeoutMs);
        const QString error = w.pipeline()->error(Stage::Trace);
        QVERIFY2(error.contains(bad + QStringLiteral("/invocations.csv")), qPrintable(error));
        QVERIFY2(w.log()->text().contains(error), qPrintable(w.log()->text()));
        QCOMPARE(w.pipeline()->trace(), trace); // still shown
        QCOMPARE(w.pipeline()->status(Stage::Mapping), StageStatus::Stale);

        // A profile with a bad value: the message names profile.json and the key path.
        const QString profile = dir.filePath(QStringLiteral("profile.json"));
        QByteArray text = test::readText(test::sampleProfile());
        text.replace("\"75-percentile\": ", "\"75-percentile\": \"x\", \"ignored\": ");
        test::writeText(profile, text);
        QVERIFY(w.openPath(profile));
        QTRY_COMPARE_WITH_TIMEOUT(w.pipeline()->status(Stage::Proxies), StageStatus::Failed,
                                  kTimeoutMs);
        QVERIFY2(w.pipeline()->error(Stage::Proxies).contains(profile),
                 qPrintable(w.pipeline()->error(Stage::Proxies)));
        QVERIFY(w.pipeline()->proxies()); // the bundled profile stays loaded

        // Something that is no input at all.
        QVERIFY(!w.openPath(test::sampleTraceDir() + QStringLiteral("/memory.csv")));
    }

    void germanTranslation()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        MainWindow w;
        QCOMPARE(w.page(Stage::Load)->title(), QStringLiteral("Last"));
        QCOMPARE(w.page(Stage::Mapping)->title(), QStringLiteral("Zuordnung"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"

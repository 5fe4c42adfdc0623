// The Trace page's release-layout controls and File -> Open URL, offscreen: the day and
// app-memory controls edit the workspace and give the trace (and so the mapping and load
// files) `--batch loadgen --day N --app-memory R` gives; the Open URL dialog downloads from
// a server on 127.0.0.1, cancels, resumes and opens the extracted folder.
#include "archive_server.h"
#include "common/percentile_map.h"
#include "jobs/stage_job_runner.h"
#include "main_window.h"
#include "pages/trace_page.h"
#include "test_support.h"
#include "widgets/log_panel.h"
#include "widgets/open_url_dialog.h"
#include "window_fixtures.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

constexpr int kTimeoutMs = test::kWindowTimeoutMs;

void choose(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(QString::number(data)));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

double memoryAt75(const Trace& trace, const QString& id)
{
    for (const TraceFunction& f : trace.functions)
        if (f.id == id)
            return percentileValue(f.memoryMb, 75).value_or(-1);
    return -1;
}

QString releaseDir()
{
    return fixturesDir() + QStringLiteral("/trace/release");
}

} // namespace

class TestTraceSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void dayAndAppMemoryMatchBatch()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        Workspace ws = w.pipeline()->workspace();
        ws.backend = QStringLiteral("dry-run");
        ws.load.warmupSlots = 0;
        ws.load.durationSlots = 3; // the fixture's days have 3 minutes
        w.pipeline()->setWorkspace(ws);

        // Opening a folder with two days reads the first; the page offers both.
        QVERIFY(w.openPath(releaseDir()));
        QCOMPARE(w.pipeline()->workspace().traceDay, 1);
        QVERIFY(w.log()->text().contains(QStringLiteral("holds days 1, 2 of the release")));
        auto* page = static_cast<TracePage*>(w.page(Stage::Trace));
        QComboBox* day = page->dayCombo();
        QTRY_COMPARE_WITH_TIMEOUT(day->count(), 2, kTimeoutMs); // the page refreshes when shown
        QVERIFY(day->isVisible());
        QCOMPARE(day->itemData(0).toInt(), 1);
        QCOMPARE(day->itemData(1).toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(w.pipeline()->trace()->files.day, 1);
        QCOMPARE(w.pipeline()->trace()->functions.size(), std::size_t(3)); // f3 lacks durations
        // split (default): app a1's 300 MB at p75 between its complete functions f1 and f2.
        QCOMPARE(memoryAt75(*w.pipeline()->trace(), QStringLiteral("o1a1f1")), 150.0);

        choose(day, 2);
        QCOMPARE(w.pipeline()->workspace().traceDay, 2);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(w.pipeline()->trace()->files.day, 2);
        QCOMPARE(w.pipeline()->trace()->functions.back().id, QStringLiteral("o3a3f5"));

        // Day 1 with the copy rule: f1 gets the app's whole 300 MB.
        choose(day, 1);
        QComboBox* appMemory = page->appMemoryCombo();
        QVERIFY(!appMemory->itemData(0, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!appMemory->itemData(1, Qt::ToolTipRole).toString().isEmpty());
        choose(appMemory, int(AppMemoryRule::Copy));
        QCOMPARE(w.pipeline()->workspace().appMemory, AppMemoryRule::Copy);
        QTRY_VERIFY_WITH_TIMEOUT(test::analysisReady(w.pipeline()), kTimeoutMs);
        QCOMPARE(memoryAt75(*w.pipeline()->trace(), QStringLiteral("o1a1f1")), 300.0);

        const QString guiLoad = dir.filePath(QStringLiteral("gui-load.json"));
        const QString guiMapping = dir.filePath(QStringLiteral("gui-mapping.json"));
        QCOMPARE(test::waitForJob([&](auto done) { w.exportLoad(guiLoad, done); }), QString());
        QCOMPARE(test::waitForJob([&](auto done) { w.exportMapping(guiMapping, done); }),
                 QString());
        const QString batchLoad = dir.filePath(QStringLiteral("batch-load.json"));
        const QString batchMapping = dir.filePath(QStringLiteral("batch-mapping.json"));
        const auto r = runTraceload(
            {QStringLiteral("--batch"), QStringLiteral("loadgen"), QStringLiteral("-t"),
             releaseDir(), QStringLiteral("--day"), QStringLiteral("1"),
             QStringLiteral("--app-memory"), QStringLiteral("copy"), QStringLiteral("-w"),
             QStringLiteral("0"), QStringLiteral("-d"), QStringLiteral("3"),
             QStringLiteral("--backend"), QStringLiteral("dry-run"), QStringLiteral("-o"),
             batchLoad, QStringLiteral("--mapping-out"), batchMapping});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readText(guiMapping), readText(batchMapping));
        QCOMPARE(readText(guiLoad), readText(batchLoad));

        // Kept in the workspace file.
        const QString file = dir.filePath(QStringLiteral("release.traceload"));
        QVERIFY(w.saveWorkspace(file));
        const Workspace saved = Workspace::read(file);
        QCOMPARE(saved.traceDay, 1);
        QCOMPARE(saved.appMemory, AppMemoryRule::Copy);
    }

    void openUrlCancelResumeAndOpen()
    {
        QTemporaryDir scratch;
        QTemporaryDir cache;
        const QByteArray archive = releaseArchive(scratch);
        ArchiveServer server(archive);
        server.trickleBytes = 8; // slow enough to cancel in the middle
        MainWindow w;
        w.show();
        OpenUrlDialog* d = w.showOpenUrlDialog();
        QVERIFY(d->isVisible());
        QCOMPARE(d->windowModality(), Qt::NonModal); // the window stays usable meanwhile
        QCOMPARE(w.showOpenUrlDialog(), d);          // one dialog

        // Bad fields start nothing.
        d->urlEdit()->setText(QStringLiteral("ftp://example.org/x.tar.gz"));
        d->startButton()->click();
        QVERIFY(!d->isDownloading());
        QCOMPARE(d->statusText(),
                 QStringLiteral("URL: 'ftp://example.org/x.tar.gz' is not an http or https URL"));

        d->urlEdit()->setText(server.url().toString());
        d->cacheEdit()->setText(cache.path());
        d->sha256Edit()->setText(QString::fromLatin1(
            QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex()));
        d->sizeEdit()->setText(QString::number(archive.size()));
        d->startButton()->click();
        QVERIFY(d->isDownloading());
        QVERIFY(w.jobs()->isBusy()); // its progress is the status bar's
        QVERIFY(!d->startButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            d->statusText().startsWith(QStringLiteral("Downloading release.tar.gz: ")), kTimeoutMs);
        d->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!d->isDownloading(), kTimeoutMs);
        QVERIFY2(d->statusText().startsWith(QStringLiteral("Cancelled. ")),
                 qPrintable(d->statusText()));
        QVERIFY2(d->statusText().endsWith(
                     QStringLiteral(" bytes are kept in the cache; Resume continues there.")),
                 qPrintable(d->statusText()));
        QCOMPARE(d->startButton()->text(), QStringLiteral("&Resume"));
        QVERIFY(d->isVisible());

        // Resume at full speed: a range request for the rest, then the folder opens.
        server.trickleBytes = 0;
        d->startButton()->click();
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        const QString folder =
            traceCacheFolder(server.url(), options) + QStringLiteral("/extracted/release");
        QTRY_COMPARE_WITH_TIMEOUT(w.pipeline()->workspace().tracePath, folder, kTimeoutMs);
        QVERIFY(!d->isVisible());
        QCOMPARE(server.ranges.size(), 2);
        QCOMPARE(server.ranges[0], QByteArray());
        QVERIFY2(server.ranges[1].startsWith("bytes=") && server.ranges[1] != "bytes=0-",
                 server.ranges[1].constData());
        QCOMPARE(w.pipeline()->workspace().traceDay, 1); // two days in the archive: the first
        QTRY_COMPARE_WITH_TIMEOUT(w.pipeline()->status(Stage::Trace), StageStatus::Ready,
                                  kTimeoutMs);
        QCOMPARE(w.pipeline()->trace()->functions.size(), std::size_t(3));
        QVERIFY(w.log()->text().contains(
            QStringLiteral("Downloaded %1 (").arg(server.url().toString())));

        // A checksum that does not match: the error names the URL, nothing opens.
        ArchiveServer other(archive);
        QTemporaryDir otherCache;
        OpenUrlDialog* again = w.showOpenUrlDialog();
        again->urlEdit()->setText(other.url().toString());
        again->cacheEdit()->setText(otherCache.path());
        again->sha256Edit()->setText(QString(64, u'a'));
        again->sizeEdit()->clear();
        again->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!again->isDownloading(), kTimeoutMs);
        QVERIFY2(
            again->statusText().startsWith(other.url().toString() + QStringLiteral(": SHA-256 ")),
            qPrintable(again->statusText()));
        QCOMPARE(w.pipeline()->workspace().tracePath, folder);
    }
};

QTEST_MAIN(TestTraceSources)
#include "test_trace_sources.moc"

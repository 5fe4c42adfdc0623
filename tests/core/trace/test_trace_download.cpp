// downloadTrace against a small HTTP server on 127.0.0.1 (in this process) serving a
// tar.gz of the release-layout fixture: download, extraction, reuse of the cache, resume
// after a dropped connection (a Range request), size and checksum checks, HTTP errors.

#include "archive_server.h"
#include "common/input_error.h"
#include "test_support.h"
#include "trace/trace_download.h"
#include "trace/trace_reader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace traceload;
using namespace traceload::test;

namespace {

QString errorOf(const QUrl& url, const TraceDownloadOptions& options)
{
    try {
        downloadTrace(url, options);
    } catch (const InputError& e) {
        return e.toString();
    }
    return {};
}

} // namespace

class TestTraceDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = releaseArchive(m_scratch);
        QVERIFY(m_archive.size() > 100);
    }

    void downloadsExtractsAndReuses()
    {
        ArchiveServer server(m_archive);
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        options.expectedSize = m_archive.size();
        options.expectedSha256 =
            QCryptographicHash::hash(m_archive, QCryptographicHash::Sha256).toHex();
        const TraceDownload first = downloadTrace(server.url(), options);
        QVERIFY(!first.reused);
        QCOMPARE(first.requests, 1);
        QCOMPARE(first.bytesFetched, qint64(m_archive.size()));
        QCOMPARE(first.folder,
                 traceCacheFolder(server.url(), options) + QStringLiteral("/extracted/release"));
        QCOMPARE(readText(first.archive), m_archive);
        TraceReadOptions day;
        day.day = 1;
        QCOMPARE(TraceReader::read(first.folder, day).functions.size(), std::size_t(3));

        const TraceDownload second = downloadTrace(server.url(), options);
        QVERIFY(second.reused);
        QCOMPARE(second.requests, 0);
        QCOMPARE(second.folder, first.folder);
        QCOMPARE(server.ranges.size(), 1); // the second run asked nothing
    }

    // Cancel reaches a download whose server stopped sending (it used to wait for the next
    // data, up to the 60 s transfer timeout); the partial file stays for a resume.
    void cancelWhileTheServerStalls()
    {
        ArchiveServer server(m_archive);
        server.stall = true;
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        CancelToken cancel;
        const JobControl job(&cancel, {});
        QTimer::singleShot(300, [&cancel] { cancel.cancel(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, downloadTrace(server.url(), options, job));
        // Far from the 60 s it took before, whatever the machine's load (polled every 100 ms).
        QVERIFY2(clock.elapsed() < 20'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.ranges.size(), 1);
    }

    void resumesAfterADroppedConnection()
    {
        ArchiveServer server(m_archive);
        server.dropFirst = true;
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        options.expectedSha256 =
            QCryptographicHash::hash(m_archive, QCryptographicHash::Sha256).toHex();
        const TraceDownload d = downloadTrace(server.url(), options);
        QCOMPARE(d.requests, 2);
        QCOMPARE(server.ranges.size(), 2);
        QCOMPARE(server.ranges[0], QByteArray());
        const qint64 half = m_archive.size() / 2;
        QCOMPARE(server.ranges[1], "bytes=" + QByteArray::number(half) + '-');
        QCOMPARE(readText(d.archive), m_archive);
        QVERIFY(QFileInfo::exists(d.folder +
                                  QStringLiteral("/invocations_per_function_md.anon.d02.csv")));
    }

    void checksumMismatchKeepsNothing()
    {
        ArchiveServer server(m_archive);
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        options.expectedSha256 = QByteArray(64, 'a');
        const QString error = errorOf(server.url(), options);
        QVERIFY2(error.startsWith(server.url().toString() + QStringLiteral(": SHA-256 ")),
                 qPrintable(error));
        QVERIFY(
            error.endsWith(QStringLiteral(" does not match the expected ") + QString(64, u'a')));
        const QString folder = traceCacheFolder(server.url(), options);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void sizeMismatch()
    {
        ArchiveServer server(m_archive);
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        options.expectedSize = m_archive.size() + 1;
        QCOMPARE(errorOf(server.url(), options),
                 server.url().toString() + QStringLiteral(": downloaded %1 bytes, expected %2")
                                               .arg(m_archive.size())
                                               .arg(m_archive.size() + 1));
    }

    void httpError()
    {
        ArchiveServer server(m_archive);
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        const QUrl missing = server.url(QStringLiteral("/nosuch.tar.gz"));
        QCOMPARE(errorOf(missing, options),
                 missing.toString() + QStringLiteral(": the server answered HTTP 404"));
    }

    void notAnArchive()
    {
        ArchiveServer server(QByteArray("this is not a tar file\n"));
        QTemporaryDir cache;
        TraceDownloadOptions options;
        options.cacheDir = cache.path();
        const QString error = errorOf(server.url(), options);
        QVERIFY2(error.contains(QStringLiteral(": tar could not extract the archive: ")),
                 qPrintable(error));
    }

private:
    QTemporaryDir m_scratch;
    QByteArray m_archive;
};

QTEST_GUILESS_MAIN(TestTraceDownload)
#include "test_trace_download.moc"

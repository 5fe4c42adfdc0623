// downloadTrace against a small HTTP server on 127.0.0.1 (in this process) serving a
// tar.gz of the release-layout fixture: download, extraction, reuse of the cache, resume
// after a dropped connection (a Range request), size and checksum checks, HTTP errors.

#include "common/input_error.h"
#include "test_support.h"
#include "trace/trace_download.h"
#include "trace/trace_reader.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;
using namespace traceload::test;

namespace {

// Serves one file at /release.tar.gz, honouring "Range: bytes=N-". With dropFirst, the
// first response announces the whole length but closes after half of the body.
class ArchiveServer : public QObject
{
public:
    explicit ArchiveServer(QByteArray body) : m_body(std::move(body))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QUrl url(const QString& path = QStringLiteral("/release.tar.gz")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    bool dropFirst = false;
    QList<QByteArray> ranges; // the Range header of every request ("" when none)

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_pending[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.split('\n');
        buffer.clear();
        const QByteArray path = lines.value(0).split(' ').value(1);
        QByteArray range;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("range:"))
                range = line.mid(6).trimmed();
        }
        ranges << range;
        if (path != "/release.tar.gz") {
            socket->write(
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        qint64 from = 0;
        QByteArray status = "200 OK";
        QByteArray extra;
        if (range.startsWith("bytes=")) {
            from = range.mid(6, range.indexOf('-') - 6).toLongLong();
            status = "206 Partial Content";
            extra = "Content-Range: bytes " + QByteArray::number(from) + '-' +
                    QByteArray::number(m_body.size() - 1) + '/' +
                    QByteArray::number(m_body.size()) + "\r\n";
        }
        const QByteArray body = m_body.mid(from);
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra +
                      "Connection: close\r\n\r\n");
        if (dropFirst && ranges.size() == 1) {
            socket->write(body.left(body.size() / 2));
            socket->flush();
            socket->abort(); // the connection drops mid-body
            return;
        }
        socket->write(body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

QByteArray releaseArchive(const QTemporaryDir& scratch)
{
    const QString archive = scratch.filePath(QStringLiteral("release.tar.gz"));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
               fixturesDir() + QStringLiteral("/trace"), QStringLiteral("release")});
    tar.waitForFinished(60'000);
    return readText(archive);
}

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

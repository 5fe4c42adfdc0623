#pragma once
// Test helper (header-only): a small HTTP server on 127.0.0.1 serving a trace archive, and
// the release-layout fixture packed as one; shared by the download tests of the core and
// of the window's File -> Open URL.

#include "test_support.h"

#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace traceload::test {

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
    // > 0: the body goes out this many bytes every 20 ms (a slow server, to cancel during).
    int trickleBytes = 0;
    bool stall = false;       // headers only, then nothing: a server that stopped sending
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
        if (stall)
            return;
        if (trickleBytes > 0) {
            trickle(socket, body);
            return;
        }
        socket->write(body);
        socket->disconnectFromHost();
    }

    void trickle(QTcpSocket* socket, const QByteArray& body)
    {
        auto* timer = new QTimer(socket); // dies with the socket when the client aborts
        auto sent = std::make_shared<qsizetype>(0);
        const int step = trickleBytes;
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent, step] {
            socket->write(body.mid(*sent, step));
            *sent += step;
            if (*sent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(20);
    }

    QTcpServer m_server;
    QByteArray m_body;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

// tests/fixtures/trace/release (two days) as a tar.gz whose top folder is release/.
inline QByteArray releaseArchive(const QTemporaryDir& scratch)
{
    const QString archive = scratch.filePath(QStringLiteral("release.tar.gz"));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
               fixturesDir() + QStringLiteral("/trace"), QStringLiteral("release")});
    tar.waitForFinished(60'000);
    return readText(archive);
}

} // namespace traceload::test

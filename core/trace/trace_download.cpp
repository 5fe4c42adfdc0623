#include "trace_download.h"

#include "common/input_error.h"
#include "common/text.h"
#include "trace_file_set.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace traceload {

namespace {

const QString kComplete = QStringLiteral(".complete"); // written last into an extraction

QString archiveName(const QUrl& url)
{
    const QString name = url.fileName();
    return name.isEmpty() ? QStringLiteral("trace-archive") : name;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, Text::tr("cannot read: %1").arg(file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// One HTTP request: appends to the partial file from its current size (a Range request
// when it has bytes already). Returns false when the connection dropped and a resume may
// help; throws for what a retry cannot fix.
bool fetchOnce(QNetworkAccessManager& network, const QUrl& url, const QString& partPath,
               qint64& total, TraceDownload& result, const JobControl& job)
{
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
        throw InputError(partPath, 0, {}, Text::tr("cannot write: %1").arg(part.errorString()));
    const qint64 have = part.size();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    ++result.requests;
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    bool restarted = false;
    bool failedWrite = false;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && have > 0) {
            // The server ignored the range: start over.
            part.resize(0);
            restarted = true;
        }
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 206 || status == 200)
            total = (status == 206 && !restarted ? have : 0) + length;
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        if (part.write(chunk) != chunk.size()) {
            failedWrite = true;
            reply->abort();
            return;
        }
        result.bytesFetched += chunk.size();
        if (job.isCancelled())
            reply->abort();
        if (total > 0)
            job.progress(Text::tr("Downloading %1").arg(archiveName(url)),
                         double(part.size()) / double(total));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Cancel is also noticed while no data arrives (a stalled server).
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (job.isCancelled())
            reply->abort();
    });
    cancelPoll.start(100);
    loop.exec();
    cancelPoll.stop();
    const QByteArray rest = reply->readAll();
    part.write(rest);
    result.bytesFetched += rest.size();
    part.close();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    job.checkCancelled();
    if (failedWrite)
        throw InputError(partPath, 0, {}, Text::tr("cannot write: %1").arg(part.errorString()));
    if (status == 416 && total > 0 && have >= total)
        return true; // already complete
    if (status >= 400)
        throw InputError(url.toString(), 0, {},
                         Text::tr("the server answered HTTP %1").arg(status));
    if (error != QNetworkReply::NoError) {
        if (status == 0 && error != QNetworkReply::RemoteHostClosedError &&
            error != QNetworkReply::TimeoutError && error != QNetworkReply::UnknownNetworkError &&
            error != QNetworkReply::TemporaryNetworkFailureError &&
            error != QNetworkReply::NetworkSessionFailedError)
            throw InputError(url.toString(), 0, {}, Text::tr("download failed: %1").arg(errorText));
        return false; // dropped mid-transfer: resume
    }
    // A reply that ended early without an error is a dropped connection as well.
    return total <= 0 || QFileInfo(partPath).size() >= total;
}

void extract(const QString& archive, const QString& into, const JobControl& job)
{
    QDir(into).removeRecursively();
    if (!QDir().mkpath(into))
        throw InputError(into, 0, {}, Text::tr("cannot create the folder"));
    QProcess tar;
    // GNU tar recognises gzip, xz and bzip2 by their contents.
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), archive, QStringLiteral("-C"), into});
    if (!tar.waitForStarted(10'000))
        throw InputError(archive, 0, {}, Text::tr("cannot run tar to extract the archive"));
    // Waited for in steps, so that Cancel stops tar and removes what it wrote.
    while (tar.state() != QProcess::NotRunning && !tar.waitForFinished(100)) {
        if (job.isCancelled()) {
            tar.kill();
            tar.waitForFinished(-1);
            QDir(into).removeRecursively();
            job.checkCancelled();
        }
    }
    if (tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        QDir(into).removeRecursively();
        throw InputError(archive, 0, {},
                         Text::tr("tar could not extract the archive: %1")
                             .arg(QString::fromLocal8Bit(tar.readAllStandardError()).trimmed()));
    }
}

// The folder inside an extraction that holds the trace files.
QString traceFolderIn(const QString& root)
{
    QDirIterator it(root,
                    {QStringLiteral("invocations.csv"),
                     QStringLiteral("invocations_per_function_md.anon.d*.csv")},
                    QDir::Files, QDirIterator::Subdirectories);
    QString best = root;
    while (it.hasNext()) {
        const QString folder = QFileInfo(it.next()).absolutePath();
        if (best == root || folder < best)
            best = folder;
    }
    return best;
}

} // namespace

bool isTraceUrl(const QString& text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString traceCacheFolder(const QUrl& url, const TraceDownloadOptions& options)
{
    const QString base = options.cacheDir.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                   QStringLiteral("/traces")
                             : options.cacheDir;
    const QByteArray key = QCryptographicHash::hash(url.toString(QUrl::FullyEncoded).toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    return base + u'/' + QString::fromLatin1(key);
}

TraceDownload downloadTrace(const QUrl& url, const TraceDownloadOptions& options,
                            const JobControl& job)
{
    if (!url.isValid() || !isTraceUrl(url.toString()))
        throw InputError(url.toString(), 0, {}, Text::tr("not an http or https URL"));
    const QString folder = traceCacheFolder(url, options);
    TraceDownload result;
    result.archive = folder + u'/' + archiveName(url);
    const QString extracted = folder + QStringLiteral("/extracted");
    if (QFileInfo::exists(extracted + u'/' + kComplete)) {
        result.reused = true;
        result.folder = traceFolderIn(extracted);
        return result;
    }
    if (!QDir().mkpath(folder))
        throw InputError(folder, 0, {}, Text::tr("cannot create the cache folder"));

    if (!QFileInfo::exists(result.archive)) {
        const QString partPath = result.archive + QStringLiteral(".part");
        QNetworkAccessManager network;
        network.setTransferTimeout(60'000);
        qint64 total = -1;
        bool complete = false;
        for (int attempt = 0; attempt < std::max(1, options.attempts) && !complete; ++attempt)
            complete = fetchOnce(network, url, partPath, total, result, job);
        if (!complete) {
            throw InputError(url.toString(), 0, {},
                             Text::tr("the connection dropped %1 times; %2 of %3 bytes are kept "
                                      "in %4 and the next run resumes there")
                                 .arg(options.attempts)
                                 .arg(QFileInfo(partPath).size())
                                 .arg(total)
                                 .arg(partPath));
        }
        const qint64 size = QFileInfo(partPath).size();
        if (options.expectedSize && size != *options.expectedSize) {
            QFile::remove(partPath);
            throw InputError(
                url.toString(), 0, {},
                Text::tr("downloaded %1 bytes, expected %2").arg(size).arg(*options.expectedSize));
        }
        if (!options.expectedSha256.isEmpty()) {
            const QByteArray actual = sha256Of(partPath);
            if (actual != options.expectedSha256.toLower()) {
                QFile::remove(partPath);
                throw InputError(url.toString(), 0, {},
                                 Text::tr("SHA-256 %1 does not match the expected %2")
                                     .arg(QString::fromLatin1(actual),
                                          QString::fromLatin1(options.expectedSha256)));
            }
        }
        if (!QFile::rename(partPath, result.archive))
            throw InputError(result.archive, 0, {}, Text::tr("cannot move the download here"));
    }
    job.progress(Text::tr("Extracting %1").arg(archiveName(url)), 0.0);
    extract(result.archive, extracted, job);
    QFile marker(extracted + u'/' + kComplete);
    if (!marker.open(QIODevice::WriteOnly))
        throw InputError(marker.fileName(), 0, {},
                         Text::tr("cannot write: %1").arg(marker.errorString()));
    marker.close();
    result.folder = traceFolderIn(extracted);
    job.progress(Text::tr("Extracting %1").arg(archiveName(url)), 1.0);
    return result;
}

} // namespace traceload

#pragma once

#include "common/job_control.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace traceload {

// Where and how a trace archive is fetched (`-t URL`, File -> Open URL).
struct TraceDownloadOptions
{
    // Downloads and extractions are kept here, one folder per URL, and reused by later runs.
    // Empty: the user's cache folder (QStandardPaths::CacheLocation) + "/traces".
    QString cacheDir;
    std::optional<qint64> expectedSize; // bytes of the archive; checked when given
    QByteArray expectedSha256;          // hex; checked when given
    int attempts = 5;                   // a dropped connection resumes this often
};

struct TraceDownload
{
    QString folder;      // the extracted trace folder (holds the CSV files)
    QString archive;     // the downloaded archive in the cache
    bool reused = false; // nothing was downloaded: the cache had it
    int requests = 0;    // HTTP requests made (resumes included)
    qint64 bytesFetched = 0;
};

// Whether text names a URL to download (http or https) rather than a folder.
bool isTraceUrl(const QString& text);

// The cache folder of url under options.cacheDir (or the default).
QString traceCacheFolder(const QUrl& url, const TraceDownloadOptions& options);

// Downloads the archive at url with Qt Network into the cache (resuming a partial download
// with an HTTP range request, also after a dropped connection), checks its size and
// SHA-256, extracts it with `tar` (gzip, xz, bzip2 or plain tar) and returns the folder
// that holds the trace's files: the deepest folder with an invocations file, or the
// extraction folder. A URL already downloaded and extracted is reused without a request.
// Runs its own event loop for the transfer: call it from a worker thread or from a batch
// command, never from the GUI thread. Throws InputError naming the URL or file (HTTP
// errors, size or checksum mismatch, extraction failure), Cancelled when cancelled.
TraceDownload downloadTrace(const QUrl& url, const TraceDownloadOptions& options,
                            const JobControl& job = {});

} // namespace traceload

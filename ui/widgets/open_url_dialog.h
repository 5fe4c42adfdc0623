#pragma once

#include "trace/trace_download.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace traceload {

class CancelToken;
class StageJobRunner;

// File -> Open URL: the Azure release archive's URL and optionally its SHA-256 and size,
// downloaded with the core's downloadTrace() (what `--batch ... -t URL` calls) off the GUI
// thread, with progress here and in the status bar, Cancel, and Resume (a cancelled or
// dropped download keeps its partial file in the cache, and the next start continues
// there). Non-modal: the window stays usable while a day of data arrives. When the archive
// is extracted, traceFolderReady() names the folder and the dialog closes.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenUrlDialog(StageJobRunner* jobs, QWidget* parent = nullptr);
    ~OpenUrlDialog() override;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* sha256Edit() const { return m_sha256; }
    QLineEdit* sizeEdit() const { return m_size; }
    QLineEdit* cacheEdit() const { return m_cache; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancelDownload; }
    QString statusText() const;
    bool isDownloading() const { return m_token != nullptr; }

    // Starts (or resumes) the download of the URL in the fields; a bad field is reported in
    // the dialog and nothing starts.
    void start();
    // Cancels the running download (its partial file stays for a resume).
    void cancel();

signals:
    void traceFolderReady(const QString& folder);
    // What the window's log should keep (the outcome, errors naming the URL or file).
    void info(const QString& text);
    void error(const QString& text);

private:
    // The options of the fields, or an empty optional and the reason in `why`.
    std::optional<TraceDownloadOptions> options(QString* why) const;
    void finished(const QUrl& url, const TraceDownloadOptions& options, const QString& error,
                  const TraceDownload& result);
    void setBusy(bool busy);
    void setStatus(const QString& text, bool isError = false);

    StageJobRunner* m_jobs;
    QLineEdit* m_url;
    QLineEdit* m_sha256;
    QLineEdit* m_size;
    QLineEdit* m_cache;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_cancelDownload;
    QPushButton* m_close;
    std::shared_ptr<CancelToken> m_token;
};

} // namespace traceload

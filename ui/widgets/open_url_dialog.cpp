#include "widgets/open_url_dialog.h"

#include "jobs/stage_job_runner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace traceload {

namespace {

// Bytes of partial downloads kept in the URL's cache folder (what a resume continues).
qint64 partialBytes(const QUrl& url, const TraceDownloadOptions& options)
{
    qint64 bytes = 0;
    const QDir folder(traceCacheFolder(url, options));
    for (const QFileInfo& part : folder.entryInfoList({QStringLiteral("*.part")}, QDir::Files))
        bytes += part.size();
    return bytes;
}

} // namespace

OpenUrlDialog::OpenUrlDialog(StageJobRunner* jobs, QWidget* parent)
    : QDialog(parent), m_jobs(jobs), m_url(new QLineEdit(this)), m_sha256(new QLineEdit(this)),
      m_size(new QLineEdit(this)), m_cache(new QLineEdit(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_start(new QPushButton(tr("&Download and Open"), this)),
      m_cancelDownload(new QPushButton(tr("&Cancel Download"), this)),
      m_close(new QPushButton(tr("C&lose"), this))
{
    setWindowTitle(tr("Open a trace from a URL"));
    setModal(false);
    m_url->setPlaceholderText(tr("https://…/azurefunctions-dataset2019.tar.xz"));
    m_url->setToolTip(tr("The http or https URL of a trace archive (tar, gzip, xz or bzip2) in the "
                         "Azure Functions 2019 release's layout or with the pre-cut files"));
    m_sha256->setPlaceholderText(tr("optional: 64 hex digits, checked after the download"));
    m_sha256->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,64}")), m_sha256));
    m_size->setPlaceholderText(tr("optional: the archive's size in bytes"));
    m_size->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_size));
    m_cache->setPlaceholderText(
        QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                 QStringLiteral("/traces")));
    m_cache->setToolTip(tr("Downloads and extractions are kept here, one folder per URL; a URL "
                           "already downloaded opens without a request"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Release archive URL:"), m_url);
    form->addRow(tr("SHA-256:"), m_sha256);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Cache folder:"), m_cache);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelDownload, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);

    connect(m_start, &QPushButton::clicked, this, &OpenUrlDialog::start);
    connect(m_cancelDownload, &QPushButton::clicked, this, &OpenUrlDialog::cancel);
    // Closing only hides the dialog: a running download goes on, its progress in the status
    // bar, and its folder opens when it is done.
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);
    setBusy(false);
    setStatus(tr("The archive is downloaded into the cache folder, checked, extracted and "
                 "opened on the Trace page."));
}

OpenUrlDialog::~OpenUrlDialog()
{
    cancel(); // the job's completion finds the dialog gone (QPointer) and does nothing
}

QString OpenUrlDialog::statusText() const
{
    return m_status->text();
}

std::optional<TraceDownloadOptions> OpenUrlDialog::options(QString* why) const
{
    TraceDownloadOptions options;
    options.cacheDir = m_cache->text().trimmed();
    const QString sha = m_sha256->text().trimmed();
    if (!sha.isEmpty() && sha.size() != 64) {
        *why = tr("SHA-256: %1 hex digits; a SHA-256 has 64").arg(sha.size());
        return std::nullopt;
    }
    options.expectedSha256 = sha.toLatin1();
    if (!m_size->text().trimmed().isEmpty()) {
        bool ok = false;
        const qint64 size = m_size->text().trimmed().toLongLong(&ok);
        if (!ok || size <= 0) {
            *why = tr("Size: '%1' is not a number of bytes above 0").arg(m_size->text());
            return std::nullopt;
        }
        options.expectedSize = size;
    }
    return options;
}

void OpenUrlDialog::start()
{
    if (isDownloading())
        return;
    const QString text = m_url->text().trimmed();
    const QUrl url(text);
    if (!isTraceUrl(text) || !url.isValid() || url.host().isEmpty()) {
        setStatus(tr("URL: '%1' is not an http or https URL").arg(text), true);
        return;
    }
    QString why;
    const std::optional<TraceDownloadOptions> opts = options(&why);
    if (!opts) {
        setStatus(why, true);
        return;
    }
    const TraceDownloadOptions options = *opts;
    auto result = std::make_shared<TraceDownload>();
    const QPointer<OpenUrlDialog> guard(this);
    setBusy(true);
    m_progress->setValue(0);
    setStatus(tr("Connecting to %1…").arg(url.host()));
    m_token = m_jobs->runFileJob(
        tr("Downloading %1").arg(url.toDisplayString()),
        [url, options, result](const JobControl& job) {
            *result = downloadTrace(url, options, job);
        },
        [guard, url, options, result](const QString& error) {
            if (guard)
                guard->finished(url, options, error, *result);
        },
        StageJobRunner::Priority::Normal,
        [guard](const QString& what, double fraction) {
            if (!guard || !guard->isDownloading())
                return;
            guard->m_progress->setValue(int(fraction * 1000));
            guard->setStatus(tr("%1: %2 %").arg(what).arg(int(fraction * 100)));
        });
}

void OpenUrlDialog::cancel()
{
    if (m_token)
        m_token->cancel();
}

void OpenUrlDialog::finished(const QUrl& url, const TraceDownloadOptions& options,
                             const QString& error, const TraceDownload& result)
{
    m_token.reset();
    setBusy(false);
    if (error.isEmpty()) {
        m_progress->setValue(1000);
        const QString how =
            result.reused
                ? tr("%1 was in the cache already (no request)").arg(url.toDisplayString())
                : tr("Downloaded %1 (%2 bytes in %3 request(s))")
                      .arg(url.toDisplayString())
                      .arg(result.bytesFetched)
                      .arg(result.requests);
        setStatus(how);
        emit info(tr("%1; opening %2").arg(how, QDir::toNativeSeparators(result.folder)));
        emit traceFolderReady(result.folder);
        hide();
        return;
    }
    const qint64 kept = partialBytes(url, options);
    m_start->setText(kept > 0 ? tr("&Resume") : tr("&Download and Open"));
    const QString resume =
        kept > 0 ? tr(" %1 bytes are kept in the cache; Resume continues there.").arg(kept)
                 : QString();
    if (error == u"cancelled") {
        setStatus(tr("Cancelled.") + resume);
        emit info(tr("Download of %1 cancelled.").arg(url.toDisplayString()) + resume);
        return;
    }
    setStatus(error + resume, true);
    emit this->error(error);
}

void OpenUrlDialog::setBusy(bool busy)
{
    for (QLineEdit* edit : {m_url, m_sha256, m_size, m_cache})
        edit->setEnabled(!busy);
    m_start->setEnabled(!busy);
    m_cancelDownload->setEnabled(busy);
    m_progress->setVisible(busy || m_progress->value() > 0);
}

void OpenUrlDialog::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xb0, 0x20, 0x20)
                                                   : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

} // namespace traceload

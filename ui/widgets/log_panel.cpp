#include "log_panel.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace traceload {

namespace {
// A long session must not grow the log without bound.
constexpr int kMaxLines = 20000;
} // namespace

LogPanel::LogPanel(QWidget* parent) : QWidget(parent), m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void LogPanel::add(Level level, const QString& text)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString prefix;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        prefix = tr("warning: ");
        break;
    case Level::Error:
        prefix = tr("error: ");
        break;
    }
    for (const QString& line : text.split(QLatin1Char('\n')))
        m_view->appendPlainText(QStringLiteral("%1  %2%3").arg(time, prefix, line));
}

QString LogPanel::text() const
{
    return m_view->toPlainText();
}

} // namespace traceload

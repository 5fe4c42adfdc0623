#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace traceload {

// What ran and what went wrong, newest last: job starts and ends, warnings (skipped trace
// rows with file:line), errors naming file, line and field, deployment commands.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit LogPanel(QWidget* parent = nullptr);
    void add(Level level, const QString& text);
    QString text() const; // plain text, for tests and copying

private:
    QPlainTextEdit* m_view;
};

} // namespace traceload

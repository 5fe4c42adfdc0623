#include "input_error.h"

namespace traceload {

namespace {
QString format(const QString& file, qint64 line, const QString& field, const QString& message)
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    QString out = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    if (!field.isEmpty())
        out += QStringLiteral("%1: ").arg(field);
    return out + message;
}
} // namespace

InputError::InputError(QString file, qint64 line, QString field, QString message)
    : std::runtime_error(format(file, line, field, message).toStdString()), m_file(std::move(file)),
      m_line(line), m_field(std::move(field)), m_message(std::move(message))
{
}

QString InputError::toString() const
{
    return format(m_file, m_line, m_field, m_message);
}

} // namespace traceload

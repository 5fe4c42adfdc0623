#pragma once

#include <QString>
#include <stdexcept>

namespace traceload {

// Bad input from the user: a file, flag or value that cannot be used. Carries where the
// problem is so that every front end (GUI, --batch) can say "file:line: column: message".
// line and column are 1-based; 0 / empty mean "not applicable".
class InputError : public std::runtime_error
{
public:
    InputError(QString file, qint64 line, QString field, QString message);
    explicit InputError(QString message) : InputError({}, 0, {}, std::move(message)) {}

    const QString& file() const { return m_file; }
    qint64 line() const { return m_line; }
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }
    // "file:line: field 'x': message", leaving out the parts that are empty.
    QString toString() const;

private:
    QString m_file;
    qint64 m_line = 0;
    QString m_field;
    QString m_message;
};

// The user cancelled a long job through its CancelToken.
class Cancelled : public std::runtime_error
{
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace traceload

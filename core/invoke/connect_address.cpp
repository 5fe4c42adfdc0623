#include "connect_address.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace traceload {

namespace {

bool validHost(const QString& host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        return QHostAddress(host.mid(1, host.size() - 2)).protocol() ==
               QAbstractSocket::IPv6Protocol;
    static const QRegularExpression dottedNumbers(QStringLiteral("^[0-9.]+$"));
    if (dottedNumbers.match(host).hasMatch()) // looks like IPv4: must be one
        return QHostAddress(host).protocol() == QAbstractSocket::IPv4Protocol;
    // A DNS name: labels of letters, digits, '-' and '_', at most 253 characters.
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
                       "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    return host.size() <= 253 && name.match(host).hasMatch();
}

} // namespace

void checkConnectAddress(const QString& address, const QString& field)
{
    const qsizetype colon = address.lastIndexOf(u':');
    const QString host = colon > 0 ? address.left(colon) : QString();
    const QString port = colon > 0 ? address.mid(colon + 1) : QString();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (host.isEmpty() || !digits.match(port).hasMatch())
        throw InputError({}, 0, field, Text::tr("'%1' is not HOST:PORT").arg(address));
    if (const int number = port.toInt(); number < 1 || number > 65535)
        throw InputError({}, 0, field,
                         Text::tr("port %1 in '%2' is outside 1..65535").arg(port, address));
    if (!validHost(host))
        throw InputError({}, 0, field,
                         Text::tr("'%1' in '%2' is not a host name or IP address (write an IPv6 "
                                  "address in brackets: [::1]:50051)")
                             .arg(host, address));
}

} // namespace traceload

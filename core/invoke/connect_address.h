#pragma once

#include <QString>

namespace traceload {

// Checks an address every call is sent to (--connect-to, or the one a deployment record
// names): HOST:PORT with a host name, an IPv4 address or a bracketed IPv6 address, and a
// port from 1 to 65535. Throws InputError naming `field` otherwise, before any call is made.
void checkConnectAddress(const QString& address, const QString& field);

} // namespace traceload

#include "run_options.h"

#include <algorithm>
#include <thread>

namespace traceload {

std::optional<Transport> transportFromString(const QString& text)
{
    if (text == u"auto")
        return Transport::Auto;
    if (text == u"grpc")
        return Transport::Grpc;
    if (text == u"h2")
        return Transport::H2;
    return std::nullopt;
}

QString toString(Transport transport)
{
    switch (transport) {
    case Transport::Grpc:
        return QStringLiteral("grpc");
    case Transport::H2:
        return QStringLiteral("h2");
    case Transport::Auto:
        break;
    }
    return QStringLiteral("auto");
}

Transport resolveTransport(Transport requested)
{
    // Every endpoint is dialled in plaintext (h2c) today; a TLS endpoint would take Grpc here.
    return requested == Transport::Auto ? Transport::H2 : requested;
}

int senderThreadsFor(int requested)
{
    if (requested > 0)
        return requested;
    // Half the cores: the other half is left to the kernel's network stack, which does as much
    // work per call as the sender (and, on a shared machine, to the functions or the server).
    return std::max(1, int(std::thread::hardware_concurrency()) / 2);
}

} // namespace traceload

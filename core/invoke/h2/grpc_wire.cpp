#include "grpc_wire.h"

#include "faas.pb.h"
#include "helloworld.pb.h"

#include <algorithm>
#include <array>

namespace traceload::h2 {

std::string frameMessage(std::string_view message)
{
    std::string out(5, '\0');
    const auto n = std::uint32_t(message.size());
    out[1] = char(n >> 24);
    out[2] = char(n >> 16);
    out[3] = char(n >> 8);
    out[4] = char(n);
    out.append(message);
    return out;
}

std::optional<std::string_view> unframeMessage(std::string_view body)
{
    if (body.size() < 5 || body[0] != 0)
        return std::nullopt;
    const auto byte = [&](int i) {
        return std::uint32_t(std::uint8_t(body[std::size_t(i)]));
    };
    const std::uint32_t n = byte(1) << 24 | byte(2) << 16 | byte(3) << 8 | byte(4);
    if (body.size() - 5 != n)
        return std::nullopt;
    return body.substr(5);
}

std::string grpcTimeoutValue(std::chrono::microseconds timeout)
{
    // gRPC's own encoder picks the finest unit whose value fits in 8 digits.
    constexpr std::int64_t kMax = 99'999'999;
    std::int64_t value = std::max<std::int64_t>(1, timeout.count());
    const std::array<std::pair<std::int64_t, char>, 5> units{
        {{1, 'u'}, {1000, 'm'}, {1000, 'S'}, {60, 'M'}, {60, 'H'}}};
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (i > 0)
            value = (value + units[i].first - 1) / units[i].first;
        if (value <= kMax || i + 1 == units.size())
            return std::to_string(std::min(value, kMax)) + units[i].second;
    }
    return "99999999H";
}

int grpcCodeOfHttpStatus(int status)
{
    switch (status) {
    case 400:
        return kInternal;
    case 401:
        return kUnauthenticated;
    case 403:
        return kPermissionDenied;
    case 404:
        return kUnimplemented;
    case 429:
    case 502:
    case 503:
    case 504:
        return kUnavailable;
    default:
        return kUnknown;
    }
}

int grpcCodeOfHttp2Error(std::uint32_t errorCode, bool deadlinePassed)
{
    switch (errorCode) {
    case 0x0: // NO_ERROR
        return deadlinePassed ? kDeadlineExceeded : kInternal;
    case 0x8: // CANCEL
        return deadlinePassed ? kDeadlineExceeded : kCancelled;
    case 0xb: // ENHANCE_YOUR_CALM
        return kResourceExhausted;
    case 0xc: // INADEQUATE_SECURITY
        return kPermissionDenied;
    case 0x7: // REFUSED_STREAM
        return kUnavailable;
    default:
        return kInternal;
    }
}

std::string percentDecode(std::string_view text)
{
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int hi = hex(text[i + 1]);
            const int lo = hex(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

std::string helloRequestBytes()
{
    helloworld::HelloRequest request;
    request.set_name("traceload");
    return request.SerializeAsString();
}

std::string executeRequestBytes(std::int32_t runtimeMs, std::int32_t memoryMib)
{
    faas::FaasRequest request;
    request.set_runtimeinmillisec(std::uint32_t(runtimeMs));
    request.set_memoryinmebibytes(std::uint32_t(std::max(0, memoryMib)));
    return request.SerializeAsString();
}

std::optional<std::string> replyText(std::string_view message, bool execute)
{
    if (execute) {
        faas::FaasReply reply;
        if (!reply.ParseFromArray(message.data(), int(message.size())))
            return std::nullopt;
        return std::move(*reply.mutable_message());
    }
    helloworld::HelloReply reply;
    if (!reply.ParseFromArray(message.data(), int(message.size())))
        return std::nullopt;
    return std::move(*reply.mutable_message());
}

} // namespace traceload::h2

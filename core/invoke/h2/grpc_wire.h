#pragma once
// gRPC over HTTP/2 as the lean transport speaks it (the protocol's PROTOCOL-HTTP2.md): the
// 5-byte message prefix, the grpc-timeout header, and how gRPC's own stack maps HTTP statuses
// and HTTP/2 errors to gRPC codes, so that both transports record the same code.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace traceload::h2 {

// gRPC status codes used here (grpc::StatusCode).
enum GrpcCode : int
{
    kOk = 0,
    kCancelled = 1,
    kUnknown = 2,
    kDeadlineExceeded = 4,
    kPermissionDenied = 7,
    kResourceExhausted = 8,
    kUnimplemented = 12,
    kInternal = 13,
    kUnavailable = 14,
    kUnauthenticated = 16,
};

// Length-prefixed message: compressed flag 0, 4-byte big-endian length, the bytes.
std::string frameMessage(std::string_view message);
// The message of a complete unary response body; nullopt when the body is not exactly one
// uncompressed length-prefixed message.
std::optional<std::string_view> unframeMessage(std::string_view body);

// The grpc-timeout header's value: at most 8 digits and a unit (u, m, S, M, H), rounded up.
std::string grpcTimeoutValue(std::chrono::microseconds timeout);

// The code gRPC gives a response without grpc-status whose HTTP status is `status`.
int grpcCodeOfHttpStatus(int status);
// The code gRPC gives a stream reset with HTTP/2 error `errorCode` (RST_STREAM or GOAWAY)
// before any grpc-status; `deadlinePassed` as gRPC checks for NO_ERROR and CANCEL.
int grpcCodeOfHttp2Error(std::uint32_t errorCode, bool deadlinePassed);

// grpc-message is percent-encoded; invalid escapes are kept as they are.
std::string percentDecode(std::string_view text);

// The serialized requests both transports send: SayHello's HelloRequest{name: "traceload"}
// and Execute's FaasRequest (the invitro trace function's call).
std::string helloRequestBytes();
std::string executeRequestBytes(std::int32_t runtimeMs, std::int32_t memoryMib);
inline constexpr char kSayHelloPath[] = "/helloworld.Greeter/SayHello";
inline constexpr char kExecutePath[] = "/faas.Executor/Execute";

// The text of a reply's message field (HelloReply.message or FaasReply.message, both field
// 1), nullopt when `message` is not a valid reply.
std::optional<std::string> replyText(std::string_view message, bool execute);

} // namespace traceload::h2

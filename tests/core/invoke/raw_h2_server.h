#pragma once
// A scripted plaintext HTTP/2 server for the lean transport's tests (127.0.0.1, port 0, one
// thread, nghttp2): answers each gRPC request as told — a reply, a trailers-only status, an
// HTTP status without gRPC, nothing — and can send GOAWAY or limit concurrent streams. It
// records what the client sent, so both transports can be held to the same behaviour.

#include <QString>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace traceload::test {

class RawH2Server
{
public:
    struct Script
    {
        enum class Answer
        {
            Reply,      // HEADERS, DATA (a HelloReply), trailers grpc-status 0
            Status,     // trailers-only: grpc-status `grpcStatus`, grpc-message `message`
            HttpStatus, // HEADERS with :status `httpStatus` and END_STREAM, no grpc-status
            Nothing     // never answers
        };
        Answer answer = Answer::Reply;
        int grpcStatus = 0;
        std::string message; // sent percent-encoded as gRPC does
        int httpStatus = 200;
        std::string replyText = "hello";
        std::chrono::milliseconds delay{0};
        // After answering this many requests on a connection, GOAWAY (last stream: the
        // last answered) and close once the connection is idle; 0 = never.
        int goAwayAfter = 0;
        std::uint32_t maxConcurrentStreams = 0; // 0 = not announced
        // A new connection is neither read nor written for this long after accept: its
        // HTTP/2 handshake (our SETTINGS) takes as long as over a slow, distant path.
        std::chrono::milliseconds handshakeDelay{0};
    };
    struct Request
    {
        std::map<std::string, std::string> headers; // pseudo-headers included
        int connection = 0;                         // 1, 2, ... in accept order
        std::size_t bodyBytes = 0;
    };

    explicit RawH2Server(Script script);
    ~RawH2Server();

    QString address() const; // "127.0.0.1:<port>"
    std::vector<Request> requests() const;
    int connections() const;
    int maxConcurrentStreamsSeen() const;
    int resetsReceived() const; // RST_STREAM frames from the client

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace traceload::test

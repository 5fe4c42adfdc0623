#pragma once
// A blocking helloworld.Greeter client for the emulator's tests (test code only).

#include "helloworld.grpc.pb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>
#include <utility>

namespace traceload::test {

struct GreeterResult
{
    grpc::StatusCode code = grpc::StatusCode::UNKNOWN;
    QString error;      // the status message
    QByteArray message; // HelloReply.message
    QJsonObject reply;  // the message parsed as JSON
};

inline std::shared_ptr<grpc::Channel> localChannel(int port)
{
    return grpc::CreateChannel("127.0.0.1:" + std::to_string(port),
                               grpc::InsecureChannelCredentials());
}

// One SayHello call with `authority` as :authority (empty: the channel's default) and
// `metadata` (key, value) when given.
inline GreeterResult sayHello(const std::shared_ptr<grpc::Channel>& channel,
                              const std::string& authority, int timeoutS = 30,
                              const std::pair<std::string, std::string>& metadata = {})
{
    auto stub = helloworld::Greeter::NewStub(channel);
    grpc::ClientContext context;
    if (!authority.empty())
        context.set_authority(authority);
    if (!metadata.first.empty())
        context.AddMetadata(metadata.first, metadata.second);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(timeoutS));
    helloworld::HelloRequest request;
    request.set_name("traceload");
    helloworld::HelloReply reply;
    const grpc::Status status = stub->SayHello(&context, request, &reply);
    GreeterResult r;
    r.code = status.error_code();
    r.error = QString::fromStdString(status.error_message());
    r.message = QByteArray::fromStdString(reply.message());
    r.reply = QJsonDocument::fromJson(r.message).object();
    return r;
}

} // namespace traceload::test

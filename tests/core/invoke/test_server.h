#pragma once
// An in-process helloworld.Greeter server for the invoker tests (127.0.0.1, port 0):
// answers after a configurable delay with the emulator's JSON reply, fails with a chosen
// status, never answers, and can be stopped mid-run.

#include <QString>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace traceload::test {

class TestGreeterServer
{
public:
    enum class Mode
    {
        Reply,
        Fail,
        NeverAnswer
    };

    TestGreeterServer();
    ~TestGreeterServer();

    int port() const;
    QString address() const; // "127.0.0.1:<port>"

    void setDelay(std::chrono::microseconds delay);
    void setMode(Mode mode, int failCode = 14 /* UNAVAILABLE */);
    // The reply message; the default is the emulator's JSON, cold on the first call.
    void setReplyMessage(const std::string& message);

    // The endpoint dies: pending calls are cancelled, the port is closed.
    void stop();

    std::uint64_t received() const;
    std::vector<std::string> authorities() const; // :authority of every call received

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace traceload::test

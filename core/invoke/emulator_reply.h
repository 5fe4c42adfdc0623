#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace traceload {

// The reply of traceload-function: {"service":..,"exec_us":..,"instance":..,"cold":..}.
// Real vSwarm functions answer with free text; for them parse() gives nullopt.
struct EmulatorReply
{
    std::string service;
    std::string instance;
    long long execUs = -1;
    bool cold = false;

    static std::optional<EmulatorReply> parse(std::string_view message);
};

} // namespace traceload

#pragma once
// The command line both benchmark sinks take (bench_grpc_sink, bench_h2_sink):
//   NAME --listen HOST:PORT [--arrivals FILE] [--max-calls N]

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

struct SinkArgs
{
    std::string listen;
    const char* arrivals = nullptr; // the arrival log, written on SIGTERM/SIGINT
    std::size_t maxCalls = 20'000'000;
};

// The arguments, or nothing (after printing the usage line) when they are not that.
inline std::optional<SinkArgs> parseSinkArgs(const char* name, int argc, char** argv)
{
    SinkArgs a;
    bool ok = argc % 2 == 1;
    for (int i = 1; ok && i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--listen"))
            a.listen = argv[i + 1];
        else if (!std::strcmp(argv[i], "--arrivals"))
            a.arrivals = argv[i + 1];
        else if (!std::strcmp(argv[i], "--max-calls"))
            a.maxCalls = std::strtoull(argv[i + 1], nullptr, 10);
        else
            ok = false;
    }
    if (ok && !a.listen.empty())
        return a;
    std::fprintf(stderr, "usage: %s --listen HOST:PORT [--arrivals FILE] [--max-calls N]\n", name);
    return std::nullopt;
}

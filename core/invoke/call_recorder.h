#pragma once

#include "live_stats.h"
#include "run_result.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace traceload {

using InvokerClock = std::chrono::steady_clock;

// What every transport does with a call once it is on the wire and once it has ended: the
// record, the live statistics, the completion order, the interned instance and the first
// message per gRPC code. So both transports produce the same records for the same outcome.
// Writers of different shards may call it concurrently; each shard has one writer.
class CallRecorder
{
public:
    CallRecorder(RunResult& result, LiveStats& stats) : m_result(result), m_stats(stats) {}

    void setStart(InvokerClock::time_point start) { m_start = start; }
    InvokerClock::time_point start() const { return m_start; }
    InvokerClock::time_point scheduledAt(std::uint32_t index) const
    {
        return m_start + std::chrono::microseconds(m_result.records[index].scheduledUs);
    }

    // Record `index` went out at `sentAt`, from sender shard `shard`.
    void sent(int shard, std::uint32_t index, InvokerClock::time_point sentAt);
    // Record `index` could only have gone out later than RunOptions::maxLateness.
    void late(int shard, std::uint32_t index);
    // The call of record `index` ended at `now` with gRPC status `code` and `message`;
    // `replyText` is the reply's message field (HelloReply.message, FaasReply.message) of
    // an OK call, which the emulator fills with its JSON.
    void completed(int shard, std::uint32_t index, InvokerClock::time_point sentAt,
                   InvokerClock::time_point now, int code, std::string_view message,
                   std::string_view replyText);
    std::uint32_t completedCount() const { return m_completionPos.load(std::memory_order_relaxed); }

private:
    std::uint32_t internInstance(const std::string& id);

    RunResult& m_result;
    LiveStats& m_stats;
    InvokerClock::time_point m_start;
    std::atomic<std::uint32_t> m_completionPos{0};
    std::mutex m_mutex; // instances and first messages; rare after the first calls
    std::unordered_map<std::string, std::uint32_t> m_instanceIds;
};

} // namespace traceload

#include "call_recorder.h"

#include "emulator_reply.h"

#include <algorithm>

namespace traceload {

namespace {

std::int64_t microsBetween(InvokerClock::time_point from, InvokerClock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

constexpr int kDeadlineExceeded = 4; // grpc::StatusCode::DEADLINE_EXCEEDED

} // namespace

void CallRecorder::sent(int shard, std::uint32_t index, InvokerClock::time_point sentAt)
{
    InvocationRecord& rec = m_result.records[index];
    rec.sentUs = microsBetween(m_start, sentAt);
    m_stats.recordSent(rec.sentUs - rec.scheduledUs, shard);
}

void CallRecorder::late(int shard, std::uint32_t index)
{
    m_result.records[index].markLate();
    m_stats.recordLate(shard);
}

void CallRecorder::completed(int shard, std::uint32_t index, InvokerClock::time_point sentAt,
                             InvokerClock::time_point now, int code, std::string_view message,
                             std::string_view replyText)
{
    InvocationRecord& rec = m_result.records[index];
    rec.latencyUs = std::max<std::int64_t>(0, microsBetween(sentAt, now));
    rec.grpcCode = std::uint8_t(code);
    if (code == 0) {
        rec.status = InvocationStatus::Ok;
        const auto reply = EmulatorReply::parse(replyText);
        if (reply) {
            rec.cold = reply->cold ? 1 : 0;
            rec.instance = internInstance(reply->instance);
        }
        m_stats.recordOk(shard, rec.latencyUs, rec.responseUs());
        if (reply)
            m_stats.recordColdOrWarm(shard, reply->cold);
    } else {
        if (code == kDeadlineExceeded) {
            rec.status = InvocationStatus::Timeout;
            m_stats.recordTimeout(shard);
        } else {
            rec.status = InvocationStatus::Error;
            m_stats.recordError(shard);
        }
        std::lock_guard lock(m_mutex);
        m_result.firstErrorMessage.try_emplace(
            code, QString::fromUtf8(message.data(), qsizetype(message.size())));
    }
    m_result.completionOrder[m_completionPos.fetch_add(1, std::memory_order_relaxed)] = index;
}

std::uint32_t CallRecorder::internInstance(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_instanceIds.try_emplace(id, std::uint32_t(m_result.instances.size()));
    if (inserted)
        m_result.instances.push_back(QString::fromStdString(id));
    return it->second;
}

} // namespace traceload

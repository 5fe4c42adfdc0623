#include "keep_up.h"

#include "common/text.h"

namespace traceload {

std::optional<QString> keepUpWarning(const RunSummary& s)
{
    const std::uint64_t sent = s.all.scheduled - s.all.notSent;
    if (s.all.notSentLate == 0 && s.sentVeryLate * 100 <= sent)
        return std::nullopt;
    return Text::tr("the invoker could not keep up: %1 calls dropped, %2 sent more than %3 ms "
                    "late; the machine reached %4 calls/s")
        .arg(s.all.notSentLate)
        .arg(s.sentVeryLate)
        .arg(RunSummary::kVeryLateUs / 1000)
        .arg(s.peakIssueRate);
}

} // namespace traceload

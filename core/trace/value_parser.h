#pragma once

#include <QString>
#include <charconv>
#include <cstdint>
#include <string_view>

namespace traceload {

// Why a CSV field is not a usable number.
enum class ValueProblem
{
    None,
    Empty,
    NotANumber,
    NotFinite,
    Negative,
    NotInteger,
    TooLarge
};

ValueProblem parseCountSlow(std::string_view text, std::uint32_t& out);
ValueProblem parseMeasureSlow(std::string_view text, double& out);

// An invocation count: a non-negative integer that fits 32 bits. Integral decimals such
// as "3.0" (pandas writes them) are accepted. Inline fast path for plain digits, because
// a day-size invocations.csv has 66 million of them.
inline ValueProblem parseCount(std::string_view text, std::uint32_t& out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    if (ec == std::errc() && ptr == end && !text.empty())
        return ValueProblem::None;
    return parseCountSlow(text, out);
}

// A duration or memory percentile: a finite number >= 0.
inline ValueProblem parseMeasure(std::string_view text, double& out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    if (ec == std::errc() && ptr == end && !text.empty() && out >= 0 && out <= 1.7e308)
        return ValueProblem::None;
    return parseMeasureSlow(text, out);
}

// "not a number: 'abc'" and the like, translated.
QString describeProblem(ValueProblem problem, std::string_view text);

} // namespace traceload

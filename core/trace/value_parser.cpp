#include "value_parser.h"

#include "common/text.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace traceload {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// from_chars for double does not take a leading '+'.
bool parseDouble(std::string_view text, double& out)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    if (text.empty() || ptr != end)
        return false;
    if (ec == std::errc::result_out_of_range) {
        // Still a number, just a huge or tiny one; from_chars leaves out unset then.
        const auto e = text.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
        const bool negative = text.front() == '-';
        out = tiny ? 0.0 : (negative ? -HUGE_VAL : HUGE_VAL);
        return true;
    }
    return ec == std::errc();
}

} // namespace

ValueProblem parseCountSlow(std::string_view text, std::uint32_t& out)
{
    text = trimmed(text);
    if (text.empty())
        return ValueProblem::Empty;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    if (ptr == end && ec == std::errc())
        return ValueProblem::None;
    if (ptr == end && ec == std::errc::result_out_of_range)
        return ValueProblem::TooLarge;
    double value = 0;
    if (!parseDouble(text, value))
        return ValueProblem::NotANumber;
    if (!std::isfinite(value))
        return ValueProblem::NotFinite;
    if (value < 0)
        return ValueProblem::Negative;
    if (value != std::floor(value))
        return ValueProblem::NotInteger;
    if (value > double(std::numeric_limits<std::uint32_t>::max()))
        return ValueProblem::TooLarge;
    out = std::uint32_t(value);
    return ValueProblem::None;
}

ValueProblem parseMeasureSlow(std::string_view text, double& out)
{
    text = trimmed(text);
    if (text.empty())
        return ValueProblem::Empty;
    if (!parseDouble(text, out))
        return ValueProblem::NotANumber;
    if (!std::isfinite(out))
        return ValueProblem::NotFinite;
    if (out < 0)
        return ValueProblem::Negative;
    return ValueProblem::None;
}

QString describeProblem(ValueProblem problem, std::string_view text)
{
    constexpr std::size_t shown = 40;
    QString value = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), shown)));
    if (text.size() > shown)
        value += QStringLiteral("...");
    switch (problem) {
    case ValueProblem::None:
        return {};
    case ValueProblem::Empty:
        return Text::tr("empty value");
    case ValueProblem::NotANumber:
        return Text::tr("not a number: '%1'").arg(value);
    case ValueProblem::NotFinite:
        return Text::tr("not a finite number: '%1'").arg(value);
    case ValueProblem::Negative:
        return Text::tr("negative value: '%1'").arg(value);
    case ValueProblem::NotInteger:
        return Text::tr("not a whole number: '%1'").arg(value);
    case ValueProblem::TooLarge:
        return Text::tr("value too large: '%1'").arg(value);
    }
    return {};
}

} // namespace traceload

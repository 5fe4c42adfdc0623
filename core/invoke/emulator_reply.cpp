#include "emulator_reply.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace traceload {

namespace {

// The value of "key": in a flat JSON object, as written by the emulator (compact, no
// escapes in the values we read). Empty view when absent or not in that simple form.
std::string_view rawValue(std::string_view text, std::string_view key)
{
    std::size_t at = 0;
    while ((at = text.find(key, at)) != std::string_view::npos) {
        const bool quoted = at > 0 && text[at - 1] == '"' && at + key.size() < text.size() &&
                            text[at + key.size()] == '"';
        at += key.size();
        if (!quoted)
            continue;
        std::size_t i = at + 1;
        while (i < text.size() && text[i] == ' ')
            ++i;
        if (i >= text.size() || text[i] != ':')
            continue; // a value that happens to equal the key
        ++i;
        while (i < text.size() && text[i] == ' ')
            ++i;
        if (i >= text.size())
            return {};
        if (text[i] == '"') {
            const std::size_t end = text.find('"', i + 1);
            if (end == std::string_view::npos ||
                text.substr(i + 1, end - i - 1).find('\\') != std::string_view::npos)
                return {};
            return text.substr(i, end - i + 1); // with the quotes
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ',' && text[end] != '}' && text[end] != ' ')
            ++end;
        return text.substr(i, end - i);
    }
    return {};
}

// The emulator's replies are parsed on the completion thread for every call: this
// scanner does it without building a JSON document; anything unusual goes to the parser.
std::optional<EmulatorReply> parseFast(std::string_view message)
{
    const std::string_view instance = rawValue(message, "instance");
    const std::string_view cold = rawValue(message, "cold");
    if (instance.size() < 2 || instance.front() != '"' || (cold != "true" && cold != "false"))
        return std::nullopt;
    EmulatorReply reply;
    reply.instance = std::string(instance.substr(1, instance.size() - 2));
    reply.cold = cold == "true";
    const std::string_view service = rawValue(message, "service");
    if (service.size() >= 2 && service.front() == '"')
        reply.service = std::string(service.substr(1, service.size() - 2));
    const std::string_view exec = rawValue(message, "exec_us");
    long long execUs = 0;
    if (!exec.empty() && std::from_chars(exec.data(), exec.data() + exec.size(), execUs).ptr ==
                             exec.data() + exec.size())
        reply.execUs = execUs;
    return reply;
}

} // namespace

std::optional<EmulatorReply> EmulatorReply::parse(std::string_view message)
{
    if (message.empty() || message.front() != '{' || message.back() != '}')
        return std::nullopt;
    if (auto fast = parseFast(message))
        return fast;
    const auto json = nlohmann::json::parse(message, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object())
        return std::nullopt;
    const auto instance = json.find("instance");
    const auto cold = json.find("cold");
    if (instance == json.end() || !instance->is_string() || cold == json.end() ||
        !cold->is_boolean())
        return std::nullopt;
    EmulatorReply reply;
    reply.instance = instance->get<std::string>();
    reply.cold = cold->get<bool>();
    if (const auto s = json.find("service"); s != json.end() && s->is_string())
        reply.service = s->get<std::string>();
    if (const auto e = json.find("exec_us"); e != json.end() && e->is_number_integer())
        reply.execUs = e->get<long long>();
    return reply;
}

} // namespace traceload

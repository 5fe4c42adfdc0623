#pragma once

#include <string_view>

namespace traceload {

// Appends one CSV field as RFC 4180 writes it: as is, or in double quotes (with quotes
// doubled) when it holds a separator, a quote or a line break, so that CsvReader reads
// back exactly `field`. Out: std::string or QByteArray, the buffers our writers fill.
template <class Out> void appendCsvField(Out& out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field.data(), field.size());
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

} // namespace traceload

#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace traceload {

// Shared by the readers of profile.json, config.json and mapping files: whole-file reads
// through QFile (so Qt resource paths work) and JSON parsing that keeps key order and turns
// nlohmann's exceptions into InputErrors a user can act on.

// Reads all of `path`. Throws InputError naming the path when it is missing, a folder or
// unreadable.
QByteArray readInputFile(const QString& path);

// Parses `data` keeping object keys in file order. A syntax error becomes
// InputError(sourceName, line, "column N", ...) with line and column (1-based, counted in
// characters) taken from nlohmann's byte offset; a key that appears twice in one object is
// an error naming its path, because a plain parse would silently keep only one of them.
nlohmann::ordered_json parseJsonInput(const QByteArray& data, const QString& sourceName);
// The same into nlohmann::json, for large objects whose key order does not matter (a
// mapping file of a day-size trace): ordered_json finds keys by linear search, so building
// an object of n keys costs O(n^2) (46,000 keys: about 40 s), while json's map is O(n log n).
nlohmann::json parseJsonInputUnordered(const QByteArray& data, const QString& sourceName);

// 1-based line and column (in UTF-8 characters) of the byte at `offset` (0-based; may be
// data.size(), the position just past the end).
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};
TextPosition textPositionAt(const QByteArray& data, std::size_t offset);

// JSON paths as the error messages spell them: "aes-go-10-10.memory.75-percentile",
// "[3].yaml-location".
QString jsonPathKey(const QString& parent, const std::string& key);
QString jsonPathIndex(const QString& parent, std::size_t index);

// "object", "array", "string", "number", ... for messages.
QString jsonTypeName(const nlohmann::ordered_json& value);
QString jsonTypeName(const nlohmann::json& value);

} // namespace traceload

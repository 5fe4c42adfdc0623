#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace traceload::fuzz {

// A folder of this process under /dev/shm (or the temp folder), made once; the readers
// under test take paths, so each input is written to a file there first.
const QString& scratchDir();

// Writes bytes to scratchDir()/name and returns the path.
QString writeScratch(const QString& name, const QByteArray& bytes);

// Splits a fuzz input into `parts` pieces at the separator line "\n%%%%\n" (missing pieces
// are empty), so that one input can hold several files.
std::vector<QByteArray> splitInput(const std::uint8_t* data, std::size_t size, int parts);

// Runs a reader; InputError (the documented answer to bad input) is swallowed, anything
// else escapes and libFuzzer reports it as a crash.
void expectInputErrorOnly(const std::function<void()>& reader);

} // namespace traceload::fuzz

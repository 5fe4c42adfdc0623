#pragma once

#include <QString>
#include <span>
#include <vector>

namespace traceload {

// Each text's rank in case-insensitive order (0 = first); equal texts share a rank. How the
// table models turn text columns into numeric sort keys, once per sort or once per table.
std::vector<double> caseInsensitiveRanks(std::span<const QString> texts);

} // namespace traceload

#include "models/text_ranks.h"

#include <algorithm>
#include <utility>

namespace traceload {

std::vector<double> caseInsensitiveRanks(std::span<const QString> texts)
{
    // Folded once, then compared as plain UTF-16: far cheaper than folding in every compare.
    std::vector<std::pair<QString, std::size_t>> folded;
    folded.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        folded.emplace_back(texts[i].toCaseFolded(), i);
    std::sort(folded.begin(), folded.end());
    std::vector<double> ranks(texts.size());
    double rank = 0;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (i > 0 && folded[i].first != folded[i - 1].first)
            rank = double(i);
        ranks[folded[i].second] = rank;
    }
    return ranks;
}

} // namespace traceload

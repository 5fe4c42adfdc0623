#pragma once
// Cost matrices drawn exactly as tests/fixtures/mapping/make_reference.py draws them, so the
// C++ tests can compare with the optimal totals SciPy computed for the same matrices.

#include <QString>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace traceload::test {

// Knuth's MMIX linear congruential generator; next() is the top 53 bits in [0, 1).
class Lcg
{
public:
    explicit Lcg(std::uint64_t seed) : m_state(seed) {}
    double next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) * (1.0 / 9007199254740992.0);
    }

private:
    std::uint64_t m_state;
};

// The "points" kind: rows points, then cols points, of an 8 x 8 square.
struct ReferencePoints
{
    std::vector<double> rowX, rowY, colX, colY;
};

inline ReferencePoints referencePoints(int rows, int cols, std::uint64_t seed)
{
    Lcg lcg(seed);
    ReferencePoints p;
    for (int i = 0; i < rows; ++i) {
        p.rowX.push_back(8 * lcg.next());
        p.rowY.push_back(8 * lcg.next());
    }
    for (int j = 0; j < cols; ++j) {
        p.colX.push_back(8 * lcg.next());
        p.colY.push_back(8 * lcg.next());
    }
    return p;
}

// Row-major costs of the given kind: "points" (distances between the points above),
// "uniform" ([0, 1)) or "ties" (|a - b| of random integers 0..9).
inline std::vector<double> referenceCosts(const QString& kind, int rows, int cols,
                                          std::uint64_t seed)
{
    Lcg lcg(seed);
    std::vector<double> costs;
    costs.reserve(std::size_t(rows) * std::size_t(cols));
    if (kind == QLatin1String("points")) {
        const ReferencePoints p = referencePoints(rows, cols, seed);
        for (std::size_t i = 0; i < p.rowX.size(); ++i) {
            for (std::size_t j = 0; j < p.colX.size(); ++j) {
                const double dx = p.rowX[i] - p.colX[j];
                const double dy = p.rowY[i] - p.colY[j];
                costs.push_back(std::sqrt(dx * dx + dy * dy));
            }
        }
    } else if (kind == QLatin1String("uniform")) {
        for (int k = 0; k < rows * cols; ++k)
            costs.push_back(lcg.next());
    } else if (kind == QLatin1String("ties")) {
        std::vector<double> a(static_cast<std::size_t>(rows));
        std::vector<double> b(static_cast<std::size_t>(cols));
        for (double& v : a)
            v = std::floor(10 * lcg.next());
        for (double& v : b)
            v = std::floor(10 * lcg.next());
        for (const double x : a) {
            for (const double y : b)
                costs.push_back(std::fabs(x - y));
        }
    } else {
        throw std::invalid_argument("unknown cost kind");
    }
    return costs;
}

} // namespace traceload::test

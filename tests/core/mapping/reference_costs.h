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

// Row-major costs of the given kind: "points" (distances between random points of an
// 8 x 8 square), "uniform" ([0, 1)) or "ties" (|a - b| of random integers 0..9).
inline std::vector<double> referenceCosts(const QString& kind, int rows, int cols,
                                          std::uint64_t seed)
{
    Lcg lcg(seed);
    std::vector<double> costs;
    costs.reserve(std::size_t(rows) * std::size_t(cols));
    if (kind == QLatin1String("points")) {
        const auto n = static_cast<std::size_t>(rows);
        const auto m = static_cast<std::size_t>(cols);
        std::vector<double> rx(n), ry(n);
        std::vector<double> cx(m), cy(m);
        for (int i = 0; i < rows; ++i) {
            rx[std::size_t(i)] = 8 * lcg.next();
            ry[std::size_t(i)] = 8 * lcg.next();
        }
        for (int j = 0; j < cols; ++j) {
            cx[std::size_t(j)] = 8 * lcg.next();
            cy[std::size_t(j)] = 8 * lcg.next();
        }
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < cols; ++j) {
                const double dx = rx[std::size_t(i)] - cx[std::size_t(j)];
                const double dy = ry[std::size_t(i)] - cy[std::size_t(j)];
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

#include "assignment_scan.h"

#include <QByteArray>
#include <QtGlobal>
#include <cmath>
#include <cstring>

// GCC vector extensions: the same source is compiled 2 lanes wide for baseline x86-64
// (SSE2) or other processors, 2 lanes wide for SSE4.1 and 4 lanes wide for AVX; the best
// the processor has is chosen at run time.

namespace traceload::lsa {

namespace {
typedef double Double2 __attribute__((vector_size(2 * sizeof(double))));
typedef double Double4 __attribute__((vector_size(4 * sizeof(double))));

template <int Lanes> struct VectorOf;
template <> struct VectorOf<2>
{
    using Type = Double2;
};
template <> struct VectorOf<4>
{
    using Type = Double4;
};

template <typename Vec> [[gnu::always_inline]] inline void loadVector(Vec& out, const double* from)
{
    std::memcpy(&out, from, sizeof(Vec));
}

template <typename Vec> [[gnu::always_inline]] inline void storeVector(double* to, const Vec& value)
{
    std::memcpy(to, &value, sizeof(Vec));
}

template <int Lanes, bool Euclidean>
[[gnu::always_inline]] inline ScanResult relaxAndFindClosest(const ScanArrays& a, double base,
                                                             double row)
{
    using Vec = typename VectorOf<Lanes>::Type;
    // Scalars broadcast in vector arithmetic (zero + x).
    const Vec zero = {};
    const Vec vBase = zero + base, vRow = zero + row, vInf = zero + kInfinity,
              vScanned = zero + kScanned, vStep = zero + double(Lanes);
    const Vec vPointX = zero + a.pointX, vPointY = zero + a.pointY;
    Vec index = zero;
    for (int l = 0; l < Lanes; ++l)
        index[l] = l;
    Vec lowest = vInf, lowestAt = zero - 1.0, lowestFree = vInf, lowestFreeAt = zero - 1.0;
    Vec before, rowCost, v, pathRow, isFree, x, y;

    int j = 0;
    for (; j + Lanes <= a.cols; j += Lanes) {
        if constexpr (Euclidean) {
            loadVector(x, a.colX + j);
            loadVector(y, a.colY + j);
            const Vec dx = vPointX - x;
            const Vec dy = vPointY - y;
            rowCost = dx * dx + dy * dy;
            for (int l = 0; l < Lanes; ++l) // one vector square root (no errno to set)
                rowCost[l] = std::sqrt(rowCost[l]);
        } else {
            loadVector(rowCost, a.rowCosts + j);
        }
        loadVector(before, a.pathCost + j);
        loadVector(v, a.v + j);
        loadVector(pathRow, a.pathRow + j);
        loadVector(isFree, a.isFree + j);
        const Vec reduced = vBase + rowCost - v;
        const auto shorter = reduced < before; // never true for scanned columns (-inf)
        const Vec cost = shorter ? reduced : before;
        pathRow = shorter ? vRow : pathRow;
        storeVector(a.pathCost + j, cost);
        storeVector(a.pathRow + j, pathRow);
        const Vec candidate = before == vScanned ? vInf : cost;
        const auto lower = candidate < lowest; // strict: the first index per lane wins
        lowest = lower ? candidate : lowest;
        lowestAt = lower ? index : lowestAt;
        const Vec freeCandidate = isFree != zero ? candidate : vInf;
        const auto lowerFree = freeCandidate < lowestFree;
        lowestFree = lowerFree ? freeCandidate : lowestFree;
        lowestFreeAt = lowerFree ? index : lowestFreeAt;
        index += vStep;
    }

    double best = kInfinity, bestAt = -1, bestFree = kInfinity, bestFreeAt = -1;
    for (int l = 0; l < Lanes; ++l) { // merge lanes: smallest value, then smallest index
        if (lowest[l] < best || (lowest[l] == best && lowestAt[l] < bestAt)) {
            best = lowest[l];
            bestAt = lowestAt[l];
        }
        if (lowestFree[l] < bestFree ||
            (lowestFree[l] == bestFree && lowestFreeAt[l] < bestFreeAt)) {
            bestFree = lowestFree[l];
            bestFreeAt = lowestFreeAt[l];
        }
    }
    for (; j < a.cols; ++j) { // the last cols % Lanes columns
        const double before = a.pathCost[j];
        if (before == kScanned)
            continue;
        double cost;
        if constexpr (Euclidean) {
            const double dx = a.pointX - a.colX[j];
            const double dy = a.pointY - a.colY[j];
            cost = std::sqrt(dx * dx + dy * dy);
        } else {
            cost = a.rowCosts[j];
        }
        const double reduced = base + cost - a.v[j];
        if (reduced < before) {
            a.pathCost[j] = reduced;
            a.pathRow[j] = row;
        }
        const double pathCost = a.pathCost[j];
        if (pathCost < best) {
            best = pathCost;
            bestAt = j;
        }
        if (a.isFree[j] != 0 && pathCost < bestFree) {
            bestFree = pathCost;
            bestFreeAt = j;
        }
    }
    if (bestFree <= best) // a free column is among the closest
        return {int(bestFreeAt), bestFree};
    return {int(bestAt), best};
}

ScanResult scanMatrixBaseline(const ScanArrays& a, double base, double row)
{
    return relaxAndFindClosest<2, false>(a, base, row);
}

ScanResult scanEuclideanBaseline(const ScanArrays& a, double base, double row)
{
    return relaxAndFindClosest<2, true>(a, base, row);
}

#if defined(__x86_64__) && defined(__GNUC__)
// SSE4.1 brings blendvpd (SSE2 needs three instructions per select); AVX doubles the lanes.
__attribute__((target("sse4.1"))) ScanResult scanMatrixSse41(const ScanArrays& a, double base,
                                                             double row)
{
    return relaxAndFindClosest<2, false>(a, base, row);
}

__attribute__((target("sse4.1"))) ScanResult scanEuclideanSse41(const ScanArrays& a, double base,
                                                                double row)
{
    return relaxAndFindClosest<2, true>(a, base, row);
}

__attribute__((target("avx"))) ScanResult scanMatrixAvx(const ScanArrays& a, double base,
                                                        double row)
{
    return relaxAndFindClosest<4, false>(a, base, row);
}

__attribute__((target("avx"))) ScanResult scanEuclideanAvx(const ScanArrays& a, double base,
                                                           double row)
{
    return relaxAndFindClosest<4, true>(a, base, row);
}
#endif
} // namespace

ScanFunction scanFunction(bool euclidean)
{
    const QByteArray forced = qgetenv("TRACELOAD_LSA_KERNEL");
    if (forced == "baseline")
        return euclidean ? scanEuclideanBaseline : scanMatrixBaseline;
#if defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    if (forced != "sse4.1" && __builtin_cpu_supports("avx"))
        return euclidean ? scanEuclideanAvx : scanMatrixAvx;
    if (__builtin_cpu_supports("sse4.1"))
        return euclidean ? scanEuclideanSse41 : scanMatrixSse41;
#endif
    return euclidean ? scanEuclideanBaseline : scanMatrixBaseline;
}

} // namespace traceload::lsa

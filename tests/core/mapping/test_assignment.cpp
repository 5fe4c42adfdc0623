#include "common/input_error.h"
#include "mapping/assignment.h"
#include "reference_costs.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <limits>
#include <stdexcept>

using namespace traceload;

namespace {
using Matrix = std::vector<double>;

// Minimal total over all injections rows -> columns, by exhaustive search.
double bruteForceOptimum(const Matrix& costs, int rows, int cols)
{
    std::vector<bool> used(std::size_t(cols), false);
    double best = std::numeric_limits<double>::infinity();
    const auto search = [&](auto&& self, int row, double sum) -> void {
        if (row == rows) {
            best = std::min(best, sum);
            return;
        }
        for (int j = 0; j < cols; ++j) {
            if (used[std::size_t(j)])
                continue;
            used[std::size_t(j)] = true;
            self(self, row + 1, sum + costs[std::size_t(row * cols + j)]);
            used[std::size_t(j)] = false;
        }
    };
    search(search, 0, 0.0);
    return best;
}

// The total of an assignment, after checking that it is one: every row gets a distinct
// column in range.
double checkedTotal(const Matrix& costs, int rows, int cols, const std::vector<int>& assignment)
{
    if (assignment.size() != std::size_t(rows))
        throw std::runtime_error("wrong number of rows");
    std::vector<bool> used(std::size_t(cols), false);
    double total = 0;
    for (int i = 0; i < rows; ++i) {
        const int j = assignment[std::size_t(i)];
        if (j < 0 || j >= cols || used[std::size_t(j)])
            throw std::runtime_error("not a one-to-one assignment");
        used[std::size_t(j)] = true;
        total += costs[std::size_t(i * cols + j)];
    }
    return total;
}

// The solver picks its scan kernel (AVX, SSE4.1 or baseline) when it starts; run each.
const QList<QByteArray> kKernels{"best", "sse4.1", "baseline"}; // TRACELOAD_LSA_KERNEL

std::vector<int> solveWith(const QByteArray& kernel, const Matrix& costs, int rows, int cols)
{
    qputenv("TRACELOAD_LSA_KERNEL", kernel);
    std::vector<int> result = solveLinearSumAssignment(costs, rows, cols);
    qunsetenv("TRACELOAD_LSA_KERNEL");
    return result;
}

std::vector<int> solveEuclideanWith(const QByteArray& kernel, const test::ReferencePoints& p)
{
    qputenv("TRACELOAD_LSA_KERNEL", kernel);
    std::vector<int> result = solveEuclideanAssignment(p.rowX, p.rowY, p.colX, p.colY);
    qunsetenv("TRACELOAD_LSA_KERNEL");
    return result;
}

bool closeRelative(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance * std::max({1.0, std::fabs(a), std::fabs(b)});
}
} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bruteForce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        const QStringList kinds{"uniform", "points", "ties"};
        for (const QString& kind : kinds) {
            for (int rows = 1; rows <= 7; ++rows) {
                for (int cols = rows; cols <= 8; ++cols)
                    QTest::addRow("%s %dx%d", qPrintable(kind), rows, cols) << kind << rows << cols;
            }
        }
    }

    // Every small case, with several seeds, reaches the exhaustive optimum.
    void bruteForce()
    {
        QFETCH(QString, kind);
        QFETCH(int, rows);
        QFETCH(int, cols);
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const Matrix costs =
                test::referenceCosts(kind, rows, cols, seed * 1000 + rows * 10 + cols);
            const double expected = bruteForceOptimum(costs, rows, cols);
            for (const QByteArray& kernel : kKernels) {
                const double total =
                    checkedTotal(costs, rows, cols, solveWith(kernel, costs, rows, cols));
                QVERIFY2(closeRelative(total, expected, 1e-12),
                         qPrintable(QStringLiteral("seed %1, kernel %2: %3 vs optimum %4")
                                        .arg(seed)
                                        .arg(QString::fromLatin1(kernel))
                                        .arg(total, 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
                if (kind == QLatin1String("points")) { // the same costs, computed from points
                    const test::ReferencePoints points =
                        test::referencePoints(rows, cols, seed * 1000 + rows * 10 + cols);
                    const double fromPoints =
                        checkedTotal(costs, rows, cols, solveEuclideanWith(kernel, points));
                    QVERIFY(closeRelative(fromPoints, expected, 1e-12));
                }
            }
        }
    }

    void knownOptimum_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<QList<double>>("costs");
        QTest::addColumn<double>("total");
        QTest::addColumn<QList<int>>("assignment"); // empty: several optima

        QTest::newRow("1x1") << 1 << 1 << QList<double>{7} << 7.0 << QList<int>{0};
        QTest::newRow("1xN picks the minimum")
            << 1 << 5 << QList<double>{4, 3, 9, 0.5, 2} << 0.5 << QList<int>{3};
        QTest::newRow("1xN tie") << 1 << 4 << QList<double>{2, 1, 1, 3} << 1.0 << QList<int>{};
        QTest::newRow("identity 4x4")
            << 4 << 4 << QList<double>{0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0} << 0.0
            << QList<int>{0, 1, 2, 3};
        QTest::newRow("anti-diagonal 3x3")
            << 3 << 3 << QList<double>{5, 5, 1, 5, 1, 5, 1, 5, 5} << 3.0 << QList<int>{2, 1, 0};
        QTest::newRow("all equal 3x5") << 3 << 5 << QList<double>(15, 2.5) << 7.5 << QList<int>{};
        QTest::newRow("all zero 6x6") << 6 << 6 << QList<double>(36, 0.0) << 0.0 << QList<int>{};
        QTest::newRow("greedy is wrong")
            // Row 0 greedily takes column 0 (cost 1) and forces row 1 onto 100.
            << 2 << 2 << QList<double>{1, 2, 1, 100} << 3.0 << QList<int>{1, 0};
        QTest::newRow("classic 3x3")
            << 3 << 3 << QList<double>{4, 1, 3, 2, 0, 5, 3, 2, 2} << 5.0 << QList<int>{1, 0, 2};
        QTest::newRow("rectangular 2x3")
            << 2 << 3 << QList<double>{10, 19, 8, 10, 18, 7} << 17.0 << QList<int>{0, 2};
        QTest::newRow("negative costs")
            << 2 << 3 << QList<double>{-1, -5, 0, -4, -6, 2} << -9.0 << QList<int>{1, 0};
        QTest::newRow("ties with one optimum")
            << 3 << 4 << QList<double>{1, 1, 9, 9, 1, 9, 9, 9, 9, 1, 1, 9} << 3.0
            << QList<int>{1, 0, 2};
    }

    void knownOptimum()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(QList<double>, costs);
        QFETCH(double, total);
        QFETCH(QList<int>, assignment);
        const Matrix matrix(costs.begin(), costs.end());
        QCOMPARE(bruteForceOptimum(matrix, rows, cols), total);
        for (const QByteArray& kernel : kKernels) {
            const std::vector<int> result = solveWith(kernel, matrix, rows, cols);
            QCOMPARE(checkedTotal(matrix, rows, cols, result), total);
            if (!assignment.isEmpty())
                QCOMPARE(QList<int>(result.begin(), result.end()), assignment);
        }
    }

    // Optimal totals computed by SciPy for larger matrices (make_reference.py).
    void scipyReference_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<qulonglong>("seed");
        QTest::addColumn<double>("total");
        const QByteArray text =
            test::readText(test::fixturesDir() + QStringLiteral("/mapping/lsa_reference.json"));
        const QJsonArray cases = QJsonDocument::fromJson(text).array();
        QCOMPARE(cases.size(), 8);
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            const int rows = c[QLatin1String("rows")].toInt();
            const int cols = c[QLatin1String("cols")].toInt();
            const QString kind = c[QLatin1String("kind")].toString();
            QTest::addRow("%s %dx%d", qPrintable(kind), rows, cols)
                << kind << rows << cols << qulonglong(c[QLatin1String("seed")].toInteger())
                << c[QLatin1String("total")].toDouble();
        }
    }

    void scipyReference()
    {
        QFETCH(QString, kind);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(qulonglong, seed);
        QFETCH(double, total);
        const Matrix costs = test::referenceCosts(kind, rows, cols, seed);
        for (const QByteArray& kernel : kKernels) {
            const double ours =
                checkedTotal(costs, rows, cols, solveWith(kernel, costs, rows, cols));
            QVERIFY2(
                closeRelative(ours, total, 1e-9),
                qPrintable(
                    QStringLiteral("%1 vs SciPy %2").arg(ours, 0, 'g', 17).arg(total, 0, 'g', 17)));
            if (kind == QLatin1String("points")) {
                const std::vector<int> fromPoints =
                    solveEuclideanWith(kernel, test::referencePoints(rows, cols, seed));
                QVERIFY(closeRelative(checkedTotal(costs, rows, cols, fromPoints), total, 1e-9));
            }
        }
    }

    void emptyAndInvalid()
    {
        QVERIFY(solveLinearSumAssignment({}, 0, 0).empty());
        QVERIFY(solveLinearSumAssignment({}, 0, 5).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveLinearSumAssignment(Matrix(5, 1.0), 2, 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveLinearSumAssignment(Matrix(6, 1.0), 3, 2));
        Matrix withNan(6, 1.0);
        withNan[4] = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, solveLinearSumAssignment(withNan, 2, 3));
        Matrix withInf(6, 1.0);
        withInf[1] = std::numeric_limits<double>::infinity();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, solveLinearSumAssignment(withInf, 2, 3));
    }

    void euclideanInvalid()
    {
        const std::vector<double> two{1, 2}, three{1, 2, 3};
        QVERIFY(solveEuclideanAssignment({}, {}, three, three).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveEuclideanAssignment(three, three, two, two));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveEuclideanAssignment(two, three, three, three));
        const std::vector<double> withNan{1, std::numeric_limits<double>::quiet_NaN(), 3};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 solveEuclideanAssignment(two, two, withNan, three));
    }

    void cancellation()
    {
        CancelToken token;
        token.cancel();
        const JobControl job(&token, {});
        QVERIFY_THROWS_EXCEPTION(Cancelled, solveLinearSumAssignment(Matrix(4, 1.0), 2, 2, job));
        const std::vector<double> xy{1, 2};
        QVERIFY_THROWS_EXCEPTION(Cancelled, solveEuclideanAssignment(xy, xy, xy, xy, job));
    }

    void progressReachesOne()
    {
        double last = -1;
        QString stage;
        const JobControl job(nullptr, [&](const QString& s, double fraction) {
            stage = s;
            last = fraction;
        });
        const Matrix costs = test::referenceCosts(QStringLiteral("uniform"), 30, 40, 9);
        solveLinearSumAssignment(costs, 30, 40, job);
        QCOMPARE(last, 1.0);
        QCOMPARE(stage, QStringLiteral("Mapping"));
    }
};

QTEST_GUILESS_MAIN(TestAssignment)
#include "test_assignment.moc"

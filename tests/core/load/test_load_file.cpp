// LoadFile: exact bytes, round trips, the seed's own layout, every malformed load.json
// with the JSON path in the error, and atomic, cancel-safe writing.
#include "common/input_error.h"
#include "common/job_control.h"
#include "load/load_file.h"
#include "load/load_generator.h"
#include "load_test_support.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace traceload;
using traceload::test::endpointsFor;
using traceload::test::makeTrace;
using traceload::test::readText;
using traceload::test::writeText;

Q_DECLARE_METATYPE(traceload::IatDistribution)

namespace {

Load smallLoad()
{
    Load load;
    load.endpoints = {QStringLiteral("a.dry-run"), QStringLiteral("b.dry-run")};
    load.timeSlots.push_back({{0, 5, 5, 59'999'999}, {1, 0, 1, 0}});
    load.timeSlots.push_back({{}, {}});
    load.timeSlots.push_back({{17}, {1}});
    return load;
}

// Per slot, the (timestamp, endpoint name) pairs: independent of interning order.
std::vector<std::vector<std::pair<std::int64_t, QString>>> resolved(const Load& load)
{
    std::vector<std::vector<std::pair<std::int64_t, QString>>> out;
    for (const auto& slot : load.timeSlots) {
        out.emplace_back();
        for (std::size_t k = 0; k < slot.timestampsUs.size(); ++k)
            out.back().emplace_back(slot.timestampsUs[k], load.endpoints[slot.endpoints[k]]);
    }
    return out;
}

Load generated(std::uint64_t seed, IatDistribution distribution = IatDistribution::Uniform)
{
    std::vector<std::vector<std::uint32_t>> counts;
    for (std::uint32_t f = 0; f < 40; ++f)
        counts.push_back({f, 3 * f + 1, (f * f) % 17, 0, 250});
    const Trace trace = makeTrace(counts);
    LoadOptions o;
    o.distribution = distribution;
    o.seed = seed;
    o.warmupSlots = 1;
    o.durationSlots = 4;
    return LoadGenerator::generate(trace, endpointsFor(trace), o);
}

bool isEmptyDir(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
}

} // namespace

class TestLoadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, smallLoad());
        QCOMPARE(readText(path),
                 QByteArray("[\n"
                            "{\"timestamp\":[0,5,5,59999999],\"endpoint\":[\"b.dry-run\","
                            "\"a.dry-run\",\"b.dry-run\",\"a.dry-run\"]},\n"
                            "{\"timestamp\":[],\"endpoint\":[]},\n"
                            "{\"timestamp\":[17],\"endpoint\":[\"b.dry-run\"]}\n"
                            "]\n"));
        QCOMPARE(resolved(LoadFile::read(path, 60'000'000)), resolved(smallLoad()));
    }

    void emptyLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, Load{});
        QCOMPARE(readText(path), QByteArray("[\n]\n"));
        const Load back = LoadFile::read(path, 60'000'000);
        QVERIFY(back.timeSlots.empty());
        QVERIFY(back.endpoints.empty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<IatDistribution>("distribution");
        QTest::newRow("equidistant") << IatDistribution::Equidistant;
        QTest::newRow("uniform") << IatDistribution::Uniform;
        QTest::newRow("exponential") << IatDistribution::Exponential;
    }
    void roundTrip()
    {
        QFETCH(IatDistribution, distribution);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        const Load load = generated(42, distribution);
        LoadFile::write(path, load);
        const Load back = LoadFile::read(path, load.slotLengthUs);
        QCOMPARE(back.slotLengthUs, load.slotLengthUs);
        QCOMPARE(back.invocationCount(), load.invocationCount());
        QCOMPARE(resolved(back), resolved(load));
        QCOMPARE(back.endpoints.size(), std::size_t(40)); // interned: one per endpoint
    }

    // Larger than one read of the reader (1 MiB): tokens are split across reads.
    void largeRoundTrip()
    {
        const Trace trace = makeTrace(
            std::vector<std::vector<std::uint32_t>>(30, std::vector<std::uint32_t>{700, 650}));
        std::vector<QString> endpoints;
        for (int f = 0; f < 30; ++f)
            endpoints.push_back(
                QStringLiteral("video-analytics-standalone-python-%1.example").arg(f));
        LoadOptions o;
        o.warmupSlots = 0;
        o.durationSlots = 2;
        const Load load = LoadGenerator::generate(trace, endpoints, o);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, load);
        QVERIFY(QFileInfo(path).size() > 2 * (1 << 20));
        QCOMPARE(resolved(LoadFile::read(path, load.slotLengthUs)), resolved(load));
    }

    // Endpoint names that need escaping survive the round trip.
    void escapedEndpoints()
    {
        Load load;
        load.endpoints = {QStringLiteral("quote\"back\\slash"), QStringLiteral("tab\tnew\nline\r"),
                          QStringLiteral("ctl\x01\x1f"), QStringLiteral("café-😀/ü"), QString()};
        load.timeSlots.push_back({{1, 2, 3, 4, 5}, {0, 1, 2, 3, 4}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, load);
        QVERIFY(readText(path).contains(
            "[\"quote\\\"back\\\\slash\",\"tab\\tnew\\nline\\r\",\"ctl\\u0001\\u001f\","
            "\"café-😀/ü\",\"\"]"));
        QCOMPARE(resolved(LoadFile::read(path, 60'000'000)), resolved(load));
    }

    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        const QString c = dir.filePath(QStringLiteral("c.json"));
        LoadFile::write(a, generated(42));
        LoadFile::write(b, generated(42));
        LoadFile::write(c, generated(43));
        QVERIFY(!readText(a).isEmpty());
        QCOMPARE(readText(a), readText(b));
        QVERIFY(readText(a) != readText(c));
    }

    // The seed writes json.dump(load, f, indent=3): \u escapes and surrogate pairs included.
    void seedLayout()
    {
        const Load load = LoadFile::read(
            traceload::test::fixturesDir() + QStringLiteral("/load/seed_indent3.json"), 60'000'000);
        const QString aes = QStringLiteral("aes-go-10-10-x7k2.default.example.com");
        const QString fib = QStringLiteral("fibonacci-python-10-10-ab.default.example.com");
        const QString cafe = QStringLiteral("café-😀.example.com");
        QCOMPARE(load.endpoints, (std::vector<QString>{aes, fib, cafe}));
        using Pairs = std::vector<std::pair<std::int64_t, QString>>;
        QCOMPARE(resolved(load),
                 (std::vector<Pairs>{
                     Pairs{{0, aes}, {1'500'000, fib}, {1'500'000, aes}, {59'999'999, cafe}},
                     Pairs{}, Pairs{{42, fib}}}));
    }

    // A file the seed's generator wrote with exponential gaps: its last call of slot 1 is
    // at 60000000, the slot's end, which belongs to the slot (see the fixture's README).
    void seedExponentialFile()
    {
        const Load load = LoadFile::read(traceload::test::fixturesDir() +
                                             QStringLiteral("/load/seed_exponential.json"),
                                         60'000'000);
        QCOMPARE(load.timeSlots.size(), std::size_t(2));
        QCOMPARE(load.timeSlots[0].timestampsUs.size(), std::size_t(232));
        QCOMPARE(load.timeSlots[1].timestampsUs.size(), std::size_t(297));
        QCOMPARE(load.invocationCount(), std::uint64_t(529));
        QCOMPARE(load.timeSlots[1].timestampsUs.back(), std::int64_t(60'000'000));
        QCOMPARE(load.timeSlots[0].timestampsUs.back(), std::int64_t(41'750'965));
    }

    void lenientButValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        // BOM, integral numbers in other notations, extra keys, keys in any order.
        writeText(path, "\xEF\xBB\xBF [ {\"endpoint\": [\"a\", \"b\\u0041\"], \"note\": {\"x\": "
                        "[1, null, true, -2.5e3]}, \"timestamp\": [7.0, 1.2e1] } ]\r\n");
        const Load load = LoadFile::read(path, 60'000'000);
        QCOMPARE(load.timeSlots.size(), std::size_t(1));
        QCOMPARE(load.timeSlots[0].timestampsUs, (std::vector<std::int64_t>{7, 12}));
        QCOMPARE(load.endpoints, (std::vector<QString>{QStringLiteral("a"), QStringLiteral("bA")}));
    }

    void readCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        LoadFile::write(path, generated(1));
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 LoadFile::read(path, 60'000'000, JobControl(&token, {})));
    }

    // Nothing is left at the path when the folder is missing or cannot be written.
    void unwritableFolder_data()
    {
        QTest::addColumn<QString>("folder"); // "" = a temporary read-only folder
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent/traceload-out");
        QTest::newRow("read-only folder") << QString();
        QTest::newRow("read-only file system") << QStringLiteral("/proc");
    }
    void unwritableFolder()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        if (folder.isEmpty()) {
            folder = dir.filePath(QStringLiteral("ro"));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            if (::access(qPrintable(folder), W_OK) == 0)
                QSKIP("running as root: permissions do not stop writing (the /proc row covers it)");
        }
        const QString path = folder + QStringLiteral("/load.json");
        try {
            LoadFile::write(path, smallLoad());
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(e.toString().contains(folder), qPrintable(e.toString()));
        }
        QVERIFY(!QFile::exists(path));
        if (folder.startsWith(dir.path())) {
            QVERIFY(isEmptyDir(folder));
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    // Cancelled before or while writing: the old file (if any) is untouched, no temporary
    // file is left behind.
    void writeCancelled_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("midway");
        QTest::newRow("before, new file") << false << false;
        QTest::newRow("midway, new file") << false << true;
        QTest::newRow("midway, over an old file") << true << true;
    }
    void writeCancelled()
    {
        QFETCH(bool, existing);
        QFETCH(bool, midway);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        if (existing)
            writeText(path, "old");
        CancelToken token;
        if (!midway)
            token.cancel();
        int progressCalls = 0;
        const JobControl job(&token, [&](const QString&, double) {
            if (++progressCalls == 1)
                token.cancel(); // the first report comes before the first slot is written
        });
        QVERIFY_THROWS_EXCEPTION(Cancelled, LoadFile::write(path, generated(5), job));
        QCOMPARE(QFile::exists(path), existing);
        if (existing)
            QCOMPARE(readText(path), QByteArray("old"));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, existing ? QStringList{QStringLiteral("load.json")} : QStringList{});
    }

    void overwrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        writeText(path, "old content that is longer than the new one ......................");
        LoadFile::write(path, Load{});
        QCOMPARE(readText(path), QByteArray("[\n]\n"));
    }
};

QTEST_GUILESS_MAIN(TestLoadFile)
#include "test_load_file.moc"

// End-to-end tests of `traceload --batch loadgen`: the real binary on the bundled vSwarm
// sample and on broken copies of it. load.json is checked with QJsonDocument, independently
// of the engine's own reader.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceload::test;

namespace {

struct LoadSummary
{
    int slotCount = 0;
    qint64 invocations = 0;
    QSet<QString> endpoints;
    bool sorted = true;
    bool lengthsMatch = true;
};

LoadSummary summarize(const QString& path)
{
    LoadSummary s;
    const QJsonArray slotArray = QJsonDocument::fromJson(readText(path)).array();
    s.slotCount = int(slotArray.size());
    for (const QJsonValue& slot : slotArray) {
        const QJsonArray ts = slot.toObject().value(u"timestamp").toArray();
        const QJsonArray ep = slot.toObject().value(u"endpoint").toArray();
        s.lengthsMatch = s.lengthsMatch && ts.size() == ep.size();
        s.invocations += ts.size();
        for (qsizetype i = 1; i < ts.size(); ++i)
            s.sorted = s.sorted && ts[i - 1].toInteger() <= ts[i].toInteger();
        for (const QJsonValue& e : ep)
            s.endpoints.insert(e.toString());
    }
    return s;
}

// A copy of the sample trace with one file edited by `edit`.
QString brokenTrace(const QTemporaryDir& dir, const QString& file,
                    const std::function<QByteArray(QByteArray)>& edit)
{
    const QString trace = dir.filePath(QStringLiteral("trace"));
    for (const char* name : {"invocations.csv", "durations.csv", "memory.csv"}) {
        const QString n = QLatin1String(name);
        QByteArray text = readText(sampleTraceDir() + u'/' + n);
        if (n == file)
            text = edit(text);
        writeText(trace + u'/' + n, text);
    }
    return trace;
}

} // namespace

class TestLoadgenCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoadMatchesTheTrace()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("load.json"));
        const QString summary = dir.filePath(QStringLiteral("summary.json"));
        const auto r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out,
                                     "-dbg", "false", "--summary-json", summary},
                                    dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const LoadSummary s = summarize(out);
        QCOMPARE(s.slotCount, 22);
        // SOURCE.md: over the first 22 minutes the 250 functions are invoked 53,605 times;
        // every one of them must be in load.json (the seed's dictionary loses some).
        QCOMPARE(s.invocations, 53605);
        QVERIFY(s.sorted);
        QVERIFY(s.lengthsMatch);
        for (const QString& e : s.endpoints)
            QVERIFY2(e.endsWith(u".dry-run"), qPrintable(e));

        const QJsonObject j = QJsonDocument::fromJson(readText(summary)).object();
        QCOMPARE(j["trace"]["functions"].toInt(), 250);
        QCOMPARE(j["load"]["invocations"].toInteger(), 53605);
        QCOMPARE(j["load"]["invocations_per_slot"].toArray().size(), 22);
        QCOMPARE(j["load"]["seed"].toInteger(), 42);
        QCOMPARE(j["mapping"]["used"].toString(), QStringLiteral("nearest"));
        QCOMPARE(j["deployment"]["services"].toInt(), 250);
        QVERIFY(r.out.contains(u"53605 invocations in 22 slots"));
    }

    void everyDistributionConservesCounts_data()
    {
        QTest::addColumn<QString>("distribution");
        QTest::newRow("equidistant") << "equidistant";
        QTest::newRow("uniform") << "uniform";
        QTest::newRow("exponential") << "exponential";
        QTest::newRow("case-insensitive") << "Exponential";
    }
    void everyDistributionConservesCounts()
    {
        QFETCH(QString, distribution);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("load.json"));
        const auto r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out, "-i",
                                     distribution, "-dbg", "False"},
                                    dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(summarize(out).invocations, 53605);
    }

    void seedMakesTheLoadReproducible()
    {
        QTemporaryDir dir;
        auto make = [&](const QString& name, const QString& seed) {
            const QString out = dir.filePath(name);
            const auto r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out,
                                         "--seed", seed, "-i", "exponential", "-dbg", "0"},
                                        dir.path());
            return r.exitCode == 0 ? readText(out) : QByteArray();
        };
        const QByteArray a = make(QStringLiteral("a.json"), QStringLiteral("7"));
        const QByteArray b = make(QStringLiteral("b.json"), QStringLiteral("7"));
        const QByteArray c = make(QStringLiteral("c.json"), QStringLiteral("8"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void windowFlags()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("load.json"));
        const QString summary = dir.filePath(QStringLiteral("s.json"));
        const auto r =
            runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out, "-d", "5", "-w",
                          "1", "--offset", "100", "-dbg", "false", "--summary-json", summary},
                         dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(summarize(out).slotCount, 6);
        const QJsonObject j = QJsonDocument::fromJson(readText(summary)).object();
        QCOMPARE(j["load"]["offset"].toInt(), 100);
        // Independent count of slots 100..105 of the sample's invocations.csv.
        qint64 expected = 0;
        const QList<QByteArray> lines = readText(sampleTraceDir() + "/invocations.csv").split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].trimmed().split(',');
            if (f.size() < 10)
                continue;
            for (int s = 100; s < 106; ++s)
                expected += f[4 + s].toLongLong();
        }
        QCOMPARE(summarize(out).invocations, expected);
    }

    void mappingOutAndIn()
    {
        QTemporaryDir dir;
        const QString mapping = dir.filePath(QStringLiteral("mapping.json"));
        const QString out = dir.filePath(QStringLiteral("load.json"));
        auto r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out,
                               "--mapping-out", mapping, "-dbg", "false", "-d", "1", "-w", "0"},
                              dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject m = QJsonDocument::fromJson(readText(mapping)).object();
        QCOMPARE(m.size(), 250);
        for (const QJsonValue& v : m) {
            QVERIFY(!v["proxy"].toString().isEmpty());
            QVERIFY(v["error"].toDouble() >= 0.0);
        }

        // Override every function with one proxy: --share-proxies then needs one service.
        for (auto it = m.begin(); it != m.end(); ++it)
            it.value() = QJsonObject{{"proxy", "aes-go-10-10"}, {"error", 0}};
        writeText(mapping, QJsonDocument(m).toJson());
        r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o", out, "--mapping-in",
                          mapping, "--share-proxies", "-dbg", "false", "-d", "1", "-w", "0"},
                         dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSet<QString> endpoints = summarize(out).endpoints;
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(*endpoints.begin(), QStringLiteral("aes-go-10-10.dry-run"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected"); // parts the error message must contain
        QTest::newRow("unknown distribution")
            << QStringList{"-i", "poisson"} << QStringList{"iat_distribution", "poisson"};
        QTest::newRow("bad boolean")
            << QStringList{"-u", "maybe"} << QStringList{"unique", "maybe"};
        QTest::newRow("bad duration") << QStringList{"-d", "ten"} << QStringList{"duration", "ten"};
        QTest::newRow("unknown flag") << QStringList{"--frobnicate"} << QStringList{"frobnicate"};
        QTest::newRow("trace too short") << QStringList{"-d", "200"} << QStringList{"150", "202"};
        QTest::newRow("missing trace folder")
            << QStringList{"-t", "/nonexistent/trace"} << QStringList{"/nonexistent/trace"};
        QTest::newRow("missing profile") << QStringList{"-p", "/nonexistent/profile.json"}
                                         << QStringList{"/nonexistent/profile.json"};
        QTest::newRow("missing mapping-in")
            << QStringList{"--mapping-in", "/nonexistent/m.json"} << QStringList{"m.json"};
        QTest::newRow("bad percentile")
            << QStringList{"--percentile", "5"} << QStringList{"percentile_Average_5"};
        QTest::newRow("unknown backend")
            << QStringList{"--backend", "lambda"} << QStringList{"backend", "lambda"};
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("load.json"));
        const auto r = runTraceload(
            QStringList{"--batch", "loadgen", "--backend", "dry-run", "-o", out} + args,
            dir.path());
        QCOMPARE(r.exitCode, 2);
        for (const QString& part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void brokenTraceFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("renamed column")
            << "durations.csv"
            << "percentile_Average_75"
            << "p75" << QStringList{"durations.csv", "percentile_Average_75"};
        QTest::newRow("missing HashApp") << "invocations.csv"
                                         << "HashApp,"
                                         << "App," << QStringList{"invocations.csv", "HashApp"};
        QTest::newRow("empty file") << "memory.csv"
                                    << "*"
                                    << "" << QStringList{"memory.csv"};
    }
    void brokenTraceFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString trace = brokenTrace(dir, file, [&](QByteArray text) {
            return from == u"*" ? to.toUtf8() : text.replace(from.toUtf8(), to.toUtf8());
        });
        const QString out = dir.filePath(QStringLiteral("load.json"));
        const auto r = runTraceload(
            {"--batch", "loadgen", "--backend", "dry-run", "-t", trace, "-o", out}, dir.path());
        QCOMPARE(r.exitCode, 2);
        for (const QString& part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void malformedRowIsSkippedAndReported()
    {
        QTemporaryDir dir;
        // Line 3 of invocations.csv gets a negative count in its first slot.
        const QString trace = brokenTrace(dir, QStringLiteral("invocations.csv"), [](QByteArray t) {
            QList<QByteArray> lines = t.split('\n');
            QList<QByteArray> f = lines[2].split(',');
            f[4] = "-3";
            lines[2] = f.join(',');
            return lines.join('\n');
        });
        const QString out = dir.filePath(QStringLiteral("load.json"));
        auto r = runTraceload(
            {"--batch", "loadgen", "--backend", "dry-run", "-t", trace, "-o", out, "-dbg", "true"},
            dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 malformed rows skipped"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"invocations.csv:3"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"249 functions"), qPrintable(r.out));
        QVERIFY(QFile::exists(out));

        QFile::remove(out);
        r = runTraceload(
            {"--batch", "loadgen", "--backend", "dry-run", "-t", trace, "-o", out, "--strict"},
            dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"invocations.csv:3"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void outputThatCannotBeWrittenLeavesOldFileIntact()
    {
        QTemporaryDir dir;
        // A parent that is a regular file cannot hold the output (root ignores permissions,
        // so a read-only folder would not fail in CI).
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        writeText(blocker, "x");
        auto r = runTraceload(
            {"--batch", "loadgen", "--backend", "dry-run", "-o", blocker + "/load.json", "-d", "1"},
            dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"blocker"), qPrintable(r.err));

        r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-o",
                          dir.filePath("missing/load.json"), "-d", "1"},
                         dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"missing"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("missing")));

        const QString out = dir.filePath(QStringLiteral("load.json"));
        writeText(out, "previous");
        r = runTraceload(
            {"--batch", "loadgen", "--backend", "dry-run", "-o", out, "-p", "/nonexistent.json"},
            dir.path());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readText(out), QByteArray("previous"));
    }

    // With no flags at all: the seed's output path and the local backend, whose emulator
    // keeps serving until teardown; `invoke` with no flags finds both the load and the
    // emulator, from the same folder and after the seed's `cd invoker` alike.
    void defaultsOfLoadgenAndInvokeMeet()
    {
        QTemporaryDir dir;
        auto r = runTraceload({"--batch", "loadgen", "-d", "1", "-w", "0"}, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = dir.filePath(QStringLiteral("invoker/load.json"));
        QVERIFY(QFile::exists(out));
        const LoadSummary s = summarize(out);
        QVERIFY(!s.endpoints.isEmpty());
        for (const QString& e : s.endpoints)
            QVERIFY2(e.endsWith(u".local"), qPrintable(e));
        // Not CMake's build folder: the deployment has a folder of its own.
        QVERIFY(!QFile::exists(dir.filePath("build")));
        const QJsonObject record =
            QJsonDocument::fromJson(readText(dir.filePath("traceload-deploy/deployment.json")))
                .object();
        QCOMPARE(record["backend"].toString(), QStringLiteral("local"));
        QVERIFY(record["connect_to"].toString().startsWith(u"127.0.0.1:"));
        QVERIFY2(r.out.contains(u"teardown -b traceload-deploy"), qPrintable(r.out));
        // Each message once: the emulator's command line is shown before it runs, not again.
        QCOMPARE(r.out.count(u"traceload-function --listen"), 1);

        for (const QString& from : {QStringLiteral("invoker"), QString()}) {
            r = runTraceload({"--batch", "invoke", "-warmup", "0", "-duration", "1", "--speedup",
                              "60", "--quiet", "--out-dir", dir.filePath("run-" + from)},
                             dir.filePath(from));
            QVERIFY2(r.exitCode == 0, qPrintable(from + r.err + r.out));
            QVERIFY2(r.err.contains("connecting to 127.0.0.1:") &&
                         r.err.contains("traceload-deploy/deployment.json"),
                     qPrintable(r.err));
            const QJsonObject summary =
                QJsonDocument::fromJson(readText(dir.filePath("run-" + from + "/summary.json")))
                    .object();
            const QJsonObject counts = summary["counts"].toObject();
            QVERIFY2(
                r.out.startsWith("Issued / completed calls: 2403, 2403 of 2403 scheduled (error 0, "
                                 "timeout 0, not sent 0; measured: scheduled 2403, ok 2403)\n"),
                qPrintable(r.out));
            QVERIFY2(!r.out.contains("scheduled 2403: ok"), qPrintable(r.out)); // said once
            QCOMPARE(counts["scheduled"].toInt(), 2403); // the sample's first minute
            QCOMPARE(counts["ok"].toInt(), 2403);
            // Sped up on the local backend: the emulated functions are shortened too.
            QCOMPARE(summary["speedup"].toDouble(), 60.0);
            QCOMPARE(summary["execution_time_scale"].toDouble(), 60.0);
        }

        r = runTraceload({"--batch", "teardown"}, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("traceload-deploy/deployment.json")));
    }

    // The deployment never lands among CMake's binaries, also when named by hand.
    void aCMakeBuildFolderIsRefused()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("build/CMakeCache.txt"), "# CMake cache\n");
        const auto r = runTraceload({"--batch", "loadgen", "--backend", "dry-run", "-b", "build",
                                     "-d", "1", "-w", "0", "-o", dir.filePath("load.json")},
                                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("build: -b/--build: is a CMake build folder"), qPrintable(r.err));
        QCOMPARE(QDir(dir.filePath("build")).entryList(QDir::Files), QStringList{"CMakeCache.txt"});
        QVERIFY(!QFile::exists(dir.filePath("load.json")));
    }
};

QTEST_GUILESS_MAIN(TestLoadgenCli)
#include "test_loadgen_cli.moc"

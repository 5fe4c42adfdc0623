// End-to-end: `traceload --batch plot` writes the seed's six figures under the seed's file
// names, more figures for --mapping-in / --load / --run, in png/pdf/svg, and refuses bad
// inputs with exit code 2 naming the file (and writes nothing then).
#include "test_support.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload::test;

namespace {

const QStringList kSeedPngs = {
    QStringLiteral("function-profiles.png"),
    QStringLiteral("proxy-functions-cpu-utilization.png"),
    QStringLiteral("proxy-functions-duration.png"),
    QStringLiteral("proxy-functions-memory-utilization.png"),
    QStringLiteral("trace-functions-duration-utilization.png"),
    QStringLiteral("trace-functions-memory-utilization.png"),
};

const QStringList kRunStems = {
    QStringLiteral("run-cold-starts"),
    QStringLiteral("run-latency-cdf"),
    QStringLiteral("run-latency-over-time"),
    QStringLiteral("run-lateness"),
    QStringLiteral("run-rates"),
};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList withSuffix(QStringList stems, const QString& suffix)
{
    for (QString& s : stems)
        s += u'.' + suffix;
    return stems;
}

// The id (HashOwner + HashApp + HashFunction) of the sample trace's first function.
QString firstSampleFunctionId()
{
    const QList<QByteArray> lines = readText(sampleTraceDir() + "/invocations.csv").split('\n');
    const QList<QByteArray> header = lines.value(0).split(',');
    const QList<QByteArray> row = lines.value(1).split(',');
    return QString::fromLatin1(row.value(header.indexOf("HashOwner")) +
                               row.value(header.indexOf("HashApp")) +
                               row.value(header.indexOf("HashFunction")));
}

const QByteArray kLoad = R"([{"timestamp": [0, 100, 200], "endpoint": ["a", "b", "a"]},
                              {"timestamp": [5], "endpoint": ["b"]}])";

} // namespace

class TestPlotCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedFigures()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("figures/png");
        const ProcessResult r = runTraceload({"--batch", "plot", "-o", out});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesIn(out), kSeedPngs);
        for (const QString& name : kSeedPngs) {
            const QImage image(out + u'/' + name);
            QCOMPARE(image.size(), QSize(1200, 800));
        }
        QVERIFY(r.out.contains("function-profiles.png"));
    }

    // The seed's defaults: -o png in the working directory; seed-style flags.
    void defaultFolderAndSeedFlags()
    {
        QTemporaryDir dir;
        const ProcessResult r =
            runTraceload({"--batch", "plot", "-t", sampleTraceDir(), "-p", sampleProfile(), "-dbg",
                          "False", "--size", "640x400", "--dpi", "150"},
                         dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesIn(dir.filePath("png")), kSeedPngs);
        QCOMPARE(QImage(dir.filePath("png/function-profiles.png")).size(), QSize(640, 400));
        // Every figure written is listed (with -dbg false too), then how many went where.
        QCOMPARE(r.out.count(u'\n'), 7);
        QVERIFY2(r.out.endsWith(QStringLiteral("6 figure(s) written to png\n")), qPrintable(r.out));
    }

    void allInputs_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("svg") << QStringLiteral("svg");
    }
    void allInputs()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString mapping = dir.filePath("mapping.json");
        writeText(mapping, QStringLiteral(R"({"%1": {"proxy": "aes-go-10-10", "error": 0}})")
                               .arg(firstSampleFunctionId())
                               .toUtf8());
        const QString load = dir.filePath("load.json");
        writeText(load, kLoad);
        const QString out = dir.filePath("out");
        const ProcessResult r = runTraceload({"--batch", "plot", "-o", out, "--mapping-in", mapping,
                                              "--load", load, "--run", fixturesDir() + "/run",
                                              "--format", format, "--size", "800x600"});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QStringList stems = QStringList{"function-profiles",
                                        "proxy-functions-cpu-utilization",
                                        "proxy-functions-duration",
                                        "proxy-functions-memory-utilization",
                                        "trace-functions-duration-utilization",
                                        "trace-functions-memory-utilization",
                                        "mapping",
                                        "mapping-error",
                                        "load-invocations-per-slot"} +
                            kRunStems;
        QStringList expected = withSuffix(stems, format);
        expected.sort();
        QCOMPARE(filesIn(out), expected);
        for (const QString& name : filesIn(out))
            QVERIFY2(QFileInfo(out + u'/' + name).size() > 1000, qPrintable(name));
        QVERIFY2(!r.out.contains("(no data)"), qPrintable(r.out));
    }

    // Only a run asked for: the run's figures, not the bundled sample's.
    void runOnly()
    {
        QTemporaryDir dir;
        const ProcessResult r =
            runTraceload({"--batch", "plot", "-o", dir.path(), "--run", fixturesDir() + "/run"});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesIn(dir.path()), withSuffix(kRunStems, "png"));
    }

    void emptyLoadIsAnHonestFigure()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("load.json"), "[]");
        const ProcessResult r = runTraceload(
            {"--batch", "plot", "-o", dir.filePath("out"), "--load", dir.filePath("load.json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesIn(dir.filePath("out")), QStringList{"load-invocations-per-slot.png"});
        QVERIFY2(r.out.contains("(no data)"), qPrintable(r.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments"); // "%T" = the temporary folder
        QTest::addColumn<QString>("named");         // must appear in stderr ("%T" expanded)
        QTest::newRow("output folder under a file")
            << QStringList{"-o", "%T/file.txt/png"} << QStringLiteral("%T/file.txt/png");
        QTest::newRow("run folder without invocations.csv")
            << QStringList{"-o", "%T/out", "--run", "%T/emptyrun"}
            << QStringLiteral("%T/emptyrun/invocations.csv");
        QTest::newRow("missing trace")
            << QStringList{"-o", "%T/out", "-t", "%T/nothing"} << QStringLiteral("%T/nothing");
        QTest::newRow("missing profile") << QStringList{"-o", "%T/out", "-p", "%T/profile.json"}
                                         << QStringLiteral("%T/profile.json");
        QTest::newRow("malformed load") << QStringList{"-o", "%T/out", "--load", "%T/bad.json"}
                                        << QStringLiteral("%T/bad.json");
        QTest::newRow("mapping with an unknown function")
            << QStringList{"-o", "%T/out", "--mapping-in", "%T/mapping.json"}
            << QStringLiteral("%T/mapping.json");
        QTest::newRow("unknown format")
            << QStringList{"-o", "%T/out", "--format", "jpg"} << QStringLiteral("--format");
        QTest::newRow("bad size") << QStringList{"-o", "%T/out", "--size", "5x5"}
                                  << QStringLiteral("--size");
        QTest::newRow("bad dpi") << QStringList{"-o", "%T/out", "--dpi", "zero"}
                                 << QStringLiteral("dpi");
        QTest::newRow("bad bool") << QStringList{"-o", "%T/out", "-dbg", "maybe"}
                                  << QStringLiteral("dbg");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir dir;
        writeText(dir.filePath("file.txt"), "x");
        QDir().mkpath(dir.filePath("emptyrun"));
        writeText(dir.filePath("bad.json"),
                  "[{\"timestamp\": [3, 1], \"endpoint\": [\"a\", \"b\"]}]");
        writeText(dir.filePath("mapping.json"),
                  R"({"no-such-function": {"proxy": "aes-go-10-10"}})");
        for (QString& a : arguments)
            a.replace("%T", dir.path());
        named.replace("%T", dir.path());
        const ProcessResult r = runTraceload(QStringList{"--batch", "plot"} + arguments);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains("error"), qPrintable(r.err));
        QVERIFY2(filesIn(dir.filePath("out")).isEmpty(),
                 qPrintable(filesIn(dir.filePath("out")).join(' ')));
    }

    void help()
    {
        const ProcessResult r = runTraceload({"--batch", "plot", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--png_folder"));
        QVERIFY(r.out.contains("--run"));
    }

    // Every command's help names the command as one types it, not the binary's path, and
    // describes -dbg the same way; `--batch --help` (or `help`) lists the commands.
    void helpOfEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"loadgen", "deploy", "invoke", "teardown", "run", "plot"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpOfEveryCommand()
    {
        QFETCH(QString, command);
        const ProcessResult r = runTraceload({"--batch", command, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("Usage: traceload --batch %1 [options]\n").arg(command)),
                 qPrintable(r.out.left(200)));
        QVERIFY2(!r.out.contains(binary("traceload")), qPrintable(r.out.left(200)));
        if (command != u"teardown")
            QVERIFY2(r.out.simplified().contains(
                         "(default false; -dbg, -dbg true and -dbg=false all work)"),
                     qPrintable(r.out));
    }

    void batchHelpListsTheCommands_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
        QTest::newRow("help") << QStringLiteral("help");
    }
    void batchHelpListsTheCommands()
    {
        QFETCH(QString, word);
        const ProcessResult r = runTraceload({"--batch", word});
        QCOMPARE(r.exitCode, 0);
        for (const char* c : {"loadgen", "deploy", "invoke", "teardown", "run", "plot"})
            QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(c))),
                     qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlotCli)
#include "test_plot_cli.moc"

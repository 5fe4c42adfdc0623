// `traceload --batch loadgen` against what a hostile probe tried (issue 12): huge counts,
// outputs that clash, cannot be written or are devices, and failures after deploying.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace traceload::test;

namespace {

// A copy of the sample trace whose invocations.csv line `line` gets `edit` applied to its
// fields.
QString editedTrace(const QTemporaryDir& dir, int line,
                    const std::function<void(QList<QByteArray>&)>& edit)
{
    const QString trace = dir.filePath(QStringLiteral("trace"));
    for (const char* name : {"invocations.csv", "durations.csv", "memory.csv"}) {
        QByteArray text = readText(sampleTraceDir() + u'/' + QLatin1String(name));
        if (QByteArrayView(name) == "invocations.csv") {
            QList<QByteArray> lines = text.split('\n');
            QList<QByteArray> fields = lines[line - 1].split(',');
            edit(fields);
            lines[line - 1] = fields.join(',');
            text = lines.join('\n');
        }
        writeText(trace + u'/' + QLatin1String(name), text);
    }
    return trace;
}

QString makeFifo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("fifo.json"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

// The error a batch command ends with (progress lines come before it on stderr).
QString lastLine(const QString& text)
{
    return text.trimmed().split(u'\n').back();
}

QStringList loadgen(const QStringList& flags)
{
    return QStringList{"--batch", "loadgen", "-d", "1", "-w", "0"} + flags;
}

} // namespace

class TestLoadgenHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeCountIsRefusedWithItsPlace()
    {
        // Finding 3: 4294967295 invocations ended in std::bad_alloc, naming no file, and
        // left mapping.json behind.
        QTemporaryDir dir;
        const QString trace = editedTrace(dir, 2, [](QList<QByteArray>& f) {
            for (qsizetype i = 4; i < f.size(); ++i)
                f[i] = "4294967295";
        });
        const QString mapping = dir.filePath("mapping.json");
        const auto r = runTraceload(loadgen({"--backend", "dry-run", "-t", trace, "-o",
                                             dir.filePath("load.json"), "--mapping-out", mapping}),
                                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lastLine(r.err), "error: " + trace +
                                      "/invocations.csv:2: 540: the load would hold more than "
                                      "100000000 invocations, the limit of one load (replay a "
                                      "shorter window)");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void outputsAreCommittedTogether()
    {
        // Finding 4: a failed loadgen still replaced --mapping-out. The FIFO passes the checks
        // made up front and fails only when load.json is written, after everything else.
        QTemporaryDir dir;
        const QString mapping = dir.filePath("mapping.json");
        writeText(mapping, "previous");
        const QString fifo = makeFifo(dir);
        const auto r = runTraceload(loadgen({"--backend", "dry-run", "-o", fifo, "--mapping-out",
                                             mapping, "--summary-json", dir.filePath("s.json")}),
                                    dir.path());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lastLine(r.err), "error: " + fifo +
                                      ": is not a regular file (a pipe, socket or block "
                                      "device); refusing to replace it");
        QCOMPARE(readText(mapping), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"mapping.json"});
    }

    void badOutputsFailBeforeAnyWork_data()
    {
        QTest::addColumn<QString>("summary"); // relative to the temporary folder
        QTest::addColumn<QString>("message");
        // Finding 9: exited 0 with the summary in X.
        QTest::newRow("same path as -o")
            << "load.json"
            << "load.json: --summary-json: is also the output of -o; two outputs "
               "cannot be one file";
        // Finding 4: a trailing slash and a folder failed after the mapping was written.
        QTest::newRow("trailing slash") << "sub/"
                                        << "sub/: --summary-json: is a folder; an "
                                           "output must be a file";
        QTest::newRow("a folder") << "sub"
                                  << "sub: --summary-json: is a folder; an output must "
                                     "be a file";
    }
    void badOutputsFailBeforeAnyWork()
    {
        QFETCH(QString, summary);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir(dir.path()).mkdir("sub");
        const QString mapping = dir.filePath("mapping.json");
        writeText(mapping, "previous");
        const auto r = runTraceload(
            loadgen({"--backend", "dry-run", "-o", dir.filePath("load.json"), "--mapping-out",
                     mapping, "--summary-json", dir.filePath(summary)}),
            dir.path());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), "error: " + dir.filePath(message)); // before any progress
        QCOMPARE(r.out, QString()); // nothing was read, mapped or deployed
        QCOMPARE(readText(mapping), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"mapping.json"});
    }

    void aDeviceOutputStaysADevice()
    {
        // Finding 2: as root, -o /dev/null replaced the device with a regular file. A device
        // of our own (as root), else the system's, which a non-root user cannot replace.
        QTemporaryDir dir;
        QString null = dir.filePath("null");
        if (::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            null = QStringLiteral("/dev/null");
        const auto r = runTraceload(
            loadgen({"--backend", "dry-run", "-o", null, "--summary-json", null}), dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(null).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void aFailureAfterDeployingTearsDown()
    {
        // Finding 6: a failed loadgen --backend local left its emulator running, silently.
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        const auto r =
            runTraceload(loadgen({"--backend", "local", "-b", "build", "-o", fifo}), dir.path());
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.back(), "error: " + fifo +
                                   ": is not a regular file (a pipe, socket or block "
                                   "device); refusing to replace it");
        QCOMPARE(lines[lines.size() - 2], QStringLiteral("the command failed after deploying; "
                                                         "removed the local deployment it made "
                                                         "(250 services)"));
        QVERIFY(!QFile::exists(dir.filePath("build/deployment.json")));
        const QRegularExpressionMatch m =
            QRegularExpression("stopping the emulator \\(pid (\\d+)\\)")
                .match(QString::fromUtf8(readText(dir.filePath("build/deploy.log"))));
        QVERIFY2(m.hasMatch(), readText(dir.filePath("build/deploy.log")).constData());
        const QString exe =
            QFileInfo(QStringLiteral("/proc/%1/exe").arg(m.captured(1))).symLinkTarget();
        QVERIFY2(!exe.endsWith("traceload-function"), qPrintable(exe));
    }

    void skippedRowsNameTheirColumn()
    {
        // Finding 12: the README promises file, line, column and reason.
        QTemporaryDir dir;
        const QString trace = editedTrace(dir, 3, [](QList<QByteArray>& f) { f[4] = "-3"; });
        const QString summary = dir.filePath("s.json");
        const auto r = runTraceload(
            loadgen({"--backend", "dry-run", "-t", trace, "-o", dir.filePath("load.json"),
                     "--summary-json", summary, "-dbg", "true"}),
            dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("invocations.csv:3: 540: negative value: '-3'\n"),
                 qPrintable(r.out));
        const QJsonObject row = QJsonDocument::fromJson(readText(summary))
                                    .object()["trace"]
                                    .toObject()["skipped_rows"]
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(row["line"].toInt(), 3);
        QCOMPARE(row["column"].toString(), QStringLiteral("540"));
    }
};

QTEST_GUILESS_MAIN(TestLoadgenHardening)
#include "test_loadgen_hardening.moc"

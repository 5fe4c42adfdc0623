// Outputs and inputs that are not plain files, a full disk, and the checks made before a
// command starts (issue 12, findings 2, 4, 5, 9, 11 and the FIFO of 12).
#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/input_file.h"
#include "common/output_paths.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace traceload;

namespace {

// A character device of the memory driver (3 = null, 7 = full, 5 = zero) inside `dir`
// when this user may make one, else the system's own (which a non-root user cannot
// replace, so the test checks the same thing either way).
QString charDevice(const QTemporaryDir& dir, const char* name, unsigned minor)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return path;
    return QStringLiteral("/dev/") + QString::fromLatin1(name);
}

bool isCharDevice(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

QString makeFifo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("fifo"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

// The message of the InputError that `body` throws; fails the test when none is thrown.
template <typename F> InputError errorOf(F body)
{
    try {
        body();
    } catch (const InputError& e) {
        return e;
    }
    return InputError(QStringLiteral("<no error>"));
}

} // namespace

class TestOutputFiles : public QObject
{
    Q_OBJECT

private slots:
    void aCharacterDeviceIsWrittenNotReplaced()
    {
        QTemporaryDir dir;
        const QString null = charDevice(dir, "null", 3);
        writeFileAtomically(null, QByteArray("discarded\n"));
        QVERIFY2(isCharDevice(null), "the device was replaced by a regular file");
        writeFilesAtomically({{null,
                               [](QIODevice& out) {
                                   out.write("a");
                               }},
                              {dir.filePath("kept.txt"), [](QIODevice& out) {
                                   out.write("b");
                               }}});
        QVERIFY(isCharDevice(null));
        QCOMPARE(test::readText(dir.filePath("kept.txt")), QByteArray("b"));
    }

    void aFullDeviceNamesTheReason()
    {
        QTemporaryDir dir;
        const QString full = charDevice(dir, "full", 7);
        const InputError e = errorOf([&] { writeFileAtomically(full, QByteArray(100, 'x')); });
        QCOMPARE(e.file(), full);
        QCOMPARE(e.message(), QStringLiteral("cannot write: No space left on device"));
        QVERIFY(isCharDevice(full));
    }

    void aFileCutShortIsNotCommitted()
    {
        // A write limit stands in for a full disk: the data is buffered, the flush at commit
        // fails part way. QSaveFile alone would rename the cut file into place and succeed.
        QTemporaryDir dir;
        const QString path = dir.filePath("out.txt");
        test::writeText(path, "old\n");
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved = {};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = 4096;
        ::setrlimit(RLIMIT_FSIZE, &limited);
        const InputError small =
            errorOf([&] { writeFileAtomically(path, QByteArray(10000, 'x')); });
        const InputError large =
            errorOf([&] { writeFileAtomically(path, QByteArray(100000, 'x')); });
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QCOMPARE(small.file(), path);
        QCOMPARE(small.message(), QStringLiteral("cannot write: File too large"));
        QCOMPARE(large.message(), QStringLiteral("cannot write: File too large"));
        QCOMPARE(test::readText(path), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.txt"});
    }

    void aPipeOrFolderIsNotReplaced()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        const InputError e = errorOf([&] { writeFileAtomically(fifo, QByteArray("x")); });
        QCOMPARE(e.file(), fifo);
        QCOMPARE(e.message(), QStringLiteral("is not a regular file (a pipe, socket or block "
                                             "device); refusing to replace it"));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
        const InputError d = errorOf([&] { writeFileAtomically(dir.path(), QByteArray("x")); });
        QCOMPARE(d.message(), QStringLiteral("is a folder; an output must be a file"));
    }

    void aPipeOrDeviceIsNotRead()
    {
        // A FIFO without a writer would block the open forever; /dev/zero never ends.
        QTemporaryDir dir;
        QFile fifo(makeFifo(dir));
        const InputError e = errorOf([&] { openInputFile(fifo); });
        QCOMPARE(e.file(), fifo.fileName());
        QCOMPARE(e.message(),
                 QStringLiteral("is not a regular file (a pipe, socket or device is not read)"));
        QFile zero(QStringLiteral("/dev/zero"));
        QCOMPARE(errorOf([&] { openInputFile(zero); }).message(), e.message());
    }

    void outputsAreCheckedBeforeTheWork_data()
    {
        QTest::addColumn<QString>("first");  // -o
        QTest::addColumn<QString>("second"); // --summary-json
        QTest::addColumn<QString>("file");   // "" = the second path
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("same file") << "out.json"
                                   << "out.json" << QString() << "--summary-json"
                                   << "is also the output of -o; two outputs cannot be one file";
        QTest::newRow("same file, other spelling")
            << "out.json"
            << "./sub/../out.json" << QString() << "--summary-json"
            << "is also the output of -o; two outputs cannot be one file";
        QTest::newRow("trailing slash") << "out.json"
                                        << "x/" << QString() << "--summary-json"
                                        << "is a folder; an output must be a file";
        QTest::newRow("a folder") << "out.json"
                                  << "sub" << QString() << "--summary-json"
                                  << "is a folder; an output must be a file";
        QTest::newRow("missing folder") << "out.json"
                                        << "nope/s.json" << QString() << "--summary-json"
                                        << "output folder";
        QTest::newRow("unwritable folder") << "out.json"
                                           << "/proc/s.json"
                                           << "/proc/s.json"
                                           << "--summary-json"
                                           << "cannot create a file in /proc: ";
    }
    void outputsAreCheckedBeforeTheWork()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("sub"));
        const QString a = dir.filePath(first);
        const QString b = second.startsWith(u'/') ? second : dir.filePath(second);
        const InputError e = errorOf([&] {
            checkOutputs({{"-o", a}, {"--mapping-out", {}}, {"--summary-json", b}});
        });
        QCOMPARE(e.file(), file.isEmpty() ? b : file);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void devicesMayBeNamedTwice()
    {
        QTemporaryDir dir;
        const QString null = charDevice(dir, "null", 3);
        checkOutputs({{"-o", null}, {"--summary-json", null}});
    }

    // /proc takes no new file, not even from root, on a machine, in a container and in the
    // clean-root chroot alike (where /sys may be an ordinary, writable folder).
    void anUnwritableResultsFolderIsFoundFirst()
    {
        const InputError e = errorOf([] { checkWritableFolder("/proc", "--out-dir"); });
        QCOMPARE(e.file(), QStringLiteral("/proc"));
        QCOMPARE(e.field(), QStringLiteral("--out-dir"));
        QVERIFY2(e.message().startsWith("cannot create a file in /proc: "),
                 qPrintable(e.message()));
        QTemporaryDir dir;
        checkWritableFolder(dir.filePath("new/results"), "--out-dir");
        QVERIFY(QFileInfo(dir.filePath("new/results")).isDir());
        QCOMPARE(QDir(dir.filePath("new/results")).entryList(QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "test_output_files.moc"

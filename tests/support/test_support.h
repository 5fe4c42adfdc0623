#pragma once
// Helpers shared by the test suites (header-only, test code only).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace traceload::test {

// Where the sources, fixtures and built programs are: defined in test_paths.cpp, the one
// translation unit that carries the build's absolute paths, so that every other test object
// is the same in every checkout and ccache shares it between worktrees.
QString sampleDir();
QString fixturesDir();
QString binary(const QString& name);

// How many times slower the instrumented programs run under ThreadSanitizer (the `tsan`
// preset): the few tests whose load must be served in time scale their rate by it. 1 in
// every other build.
constexpr int kSanitizerSlowdown =
#if defined(__SANITIZE_THREAD__)
    10;
#else
    1;
#endif

inline QString sampleTraceDir()
{
    return sampleDir() + QStringLiteral("/trace");
}
inline QString sampleProfile()
{
    return sampleDir() + QStringLiteral("/profile.json");
}
inline QString sampleConfig()
{
    return sampleDir() + QStringLiteral("/config.json");
}

inline void writeText(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(text);
}

inline QByteArray readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// Runs build/bin/<program> with arguments in workDir (default: current), waiting at most
// timeoutMs. A program that does not finish is killed and reported as not finished.
inline ProcessResult runProgram(const QString& program, const QStringList& arguments,
                                const QString& workDir = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(binary(program), arguments);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// `--transport X` for the invoke and run suites, which CTest runs twice, with
// TRACELOAD_TEST_TRANSPORT=h2 and =grpc; nothing when it is unset (the default transport).
inline QStringList transportArgs()
{
    const QString t = qEnvironmentVariable("TRACELOAD_TEST_TRANSPORT");
    return t.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--transport"), t};
}
// What summary.json's options.transport says for that run ("h2" for auto).
inline std::string expectedTransport()
{
    const QString t = qEnvironmentVariable("TRACELOAD_TEST_TRANSPORT");
    return t.isEmpty() || t == u"auto" ? std::string("h2") : t.toStdString();
}

inline ProcessResult runTraceload(const QStringList& arguments, const QString& workDir = {},
                                  int timeoutMs = 120000)
{
    return runProgram(QStringLiteral("traceload"), arguments, workDir, timeoutMs);
}

} // namespace traceload::test

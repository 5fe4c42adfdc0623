#pragma once
// Test helper: puts the fake kubectl and kn of this folder first on PATH with a fresh
// state folder (FAKE_KUBE_STATE), and reads that state back. Header-only, test code only.

#include "test_support.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace traceload::test {

class FakeKube
{
public:
    // The behaviour variables of the fakes; cleared on construction and destruction.
    static QStringList behaviourVariables()
    {
        return {QStringLiteral("FAKE_KN_NOT_READY_POLLS"),
                QStringLiteral("FAKE_KN_NEVER_READY"),
                QStringLiteral("FAKE_KN_HANG"),
                QStringLiteral("FAKE_KN_GARBAGE"),
                QStringLiteral("FAKE_KN_EMPTY_TEXT"),
                QStringLiteral("FAKE_KUBECTL_FAIL_ON")};
    }

    // programs: which fakes to put on PATH (a test of a missing kn leaves it out).
    explicit FakeKube(const QStringList& programs = {QStringLiteral("kubectl"),
                                                     QStringLiteral("kn")})
        : m_oldPath(qgetenv("PATH"))
    {
        const QString source = test::fixturesDir() + QStringLiteral("/../support/fake_kube");
        QDir().mkpath(binDir());
        QDir().mkpath(stateDir());
        for (const QString& program : programs) {
            // Copied so that the executable bit does not depend on how the sources were
            // checked out.
            const QString to = binDir() + u'/' + program;
            QFile::copy(source + u'/' + program, to);
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        // PATH holds only the fakes and links to the basic tools they use, so that a real
        // kubectl or kn on this machine (/usr/bin/kubectl from the Cloud SDK, say) is never
        // found.
        for (const QString& tool : basicTools()) {
            const QString target = QStandardPaths::findExecutable(tool);
            if (!target.isEmpty() && !programs.contains(tool))
                QFile::link(target, binDir() + u'/' + tool);
        }
        qputenv("PATH", binDir().toLocal8Bit());
        qputenv("FAKE_KUBE_STATE", stateDir().toLocal8Bit());
        for (const QString& v : behaviourVariables())
            qunsetenv(v.toLatin1().constData());
    }
    ~FakeKube()
    {
        qputenv("PATH", m_oldPath);
        qunsetenv("FAKE_KUBE_STATE");
        for (const QString& v : behaviourVariables())
            qunsetenv(v.toLatin1().constData());
    }
    FakeKube(const FakeKube&) = delete;
    FakeKube& operator=(const FakeKube&) = delete;

    static QStringList basicTools()
    {
        return {QStringLiteral("bash"),  QStringLiteral("env"),  QStringLiteral("awk"),
                QStringLiteral("cp"),    QStringLiteral("date"), QStringLiteral("basename"),
                QStringLiteral("mkdir"), QStringLiteral("cat"),  QStringLiteral("rm"),
                QStringLiteral("sleep"), QStringLiteral("mawk"), QStringLiteral("gawk")};
    }

    static void set(const char* variable, const QByteArray& value) { qputenv(variable, value); }

    QString binDir() const { return m_dir.path() + QStringLiteral("/bin"); }
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }

    // Every call of the fakes, one line each ("kubectl apply -f FILE", "kn service list ...").
    QStringList commands() const
    {
        QFile f(stateDir() + QStringLiteral("/commands.log"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    int countCommands(const QString& exactLine) const { return int(commands().count(exactLine)); }
    int countCommandsContaining(const QString& part) const
    {
        int n = 0;
        for (const QString& c : commands())
            n += c.contains(part) ? 1 : 0;
        return n;
    }
    // The Knative services the fake cluster holds.
    QStringList services() const
    {
        return QDir(stateDir() + QStringLiteral("/services")).entryList(QDir::Files, QDir::Name);
    }
    void createService(const QString& name) const
    {
        QDir().mkpath(stateDir() + QStringLiteral("/services"));
        QFile f(stateDir() + QStringLiteral("/services/") + name);
        f.open(QIODevice::WriteOnly);
    }
    // Manifests applied (copies), oldest first.
    QStringList appliedFiles() const
    {
        const QDir dir(stateDir() + QStringLiteral("/applied"));
        QStringList files;
        for (const QString& f : dir.entryList(QDir::Files, QDir::Name))
            files << dir.filePath(f);
        return files;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};

} // namespace traceload::test

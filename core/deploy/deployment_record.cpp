#include "deployment_record.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace traceload {

namespace {

// Typed access to the record's keys, with errors naming the key path.
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    QString string(const QJsonObject& o, const QString& key, const QString& path,
                   bool required = false) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + key, Text::tr("missing"));
            return {};
        }
        if (!v.isString())
            fail(path + key, Text::tr("must be a string"));
        return v.toString();
    }
    qint64 integer(const QJsonObject& o, const QString& key, const QString& path) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        // Range first: converting a double beyond qint64 (1e82) is undefined (the fuzzer's
        // finding).
        const double d = v.toDouble();
        if (!v.isDouble() || !(d >= 0) || d >= 9223372036854775808.0 || d != std::floor(d))
            fail(path + key, Text::tr("must be a whole number >= 0"));
        return qint64(d);
    }
    bool boolean(const QJsonObject& o, const QString& key, const QString& path) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + key, Text::tr("must be true or false"));
        return v.toBool();
    }
    [[noreturn]] void fail(const QString& field, const QString& message) const
    {
        throw InputError(m_source, 0, field, message);
    }

private:
    QString m_source;
};

} // namespace

QStringList DeploymentRecord::readyServices() const
{
    QStringList names;
    for (const DeployedService& s : services)
        if (s.ready)
            names << s.name;
    return names;
}

QStringList DeploymentRecord::notReadyServices() const
{
    QStringList names;
    for (const DeployedService& s : services)
        if (!s.ready)
            names << s.name;
    return names;
}

QString DeploymentRecord::pathIn(const QString& buildDir)
{
    return QDir(buildDir).filePath(fileName());
}

QByteArray DeploymentRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("backend"), backend);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("created"), created);
    o.insert(QStringLiteral("connect_to"), connectTo);
    QJsonArray list;
    for (const DeployedService& s : services) {
        QJsonObject e;
        e.insert(QStringLiteral("name"), s.name);
        e.insert(QStringLiteral("proxy"), s.proxy);
        e.insert(QStringLiteral("endpoint"), s.endpoint);
        e.insert(QStringLiteral("applied"), s.applied);
        e.insert(QStringLiteral("ready"), s.ready);
        if (!s.reason.isEmpty())
            e.insert(QStringLiteral("reason"), s.reason);
        e.insert(QStringLiteral("trace_functions"), s.traceFunctions);
        list.append(e);
    }
    o.insert(QStringLiteral("services"), list);
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    if (!preDeploymentCommands.isEmpty())
        o.insert(QStringLiteral("pre_deployment_commands"),
                 QJsonArray::fromStringList(preDeploymentCommands));
    if (backend == u"local") {
        o.insert(QStringLiteral("emulator_pid"), emulatorPid);
        o.insert(QStringLiteral("emulator_port"), emulatorPort);
        o.insert(QStringLiteral("emulator_start_ticks"), emulatorStartTicks);
        o.insert(QStringLiteral("emulator_program"), emulatorProgram);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

DeploymentRecord DeploymentRecord::fromJson(const QByteArray& json, const QString& sourceName)
{
    const Reader r(sourceName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        r.fail({}, Text::tr("not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    if (!doc.isObject())
        r.fail({}, Text::tr("must be a JSON object"));
    const QJsonObject o = doc.object();

    DeploymentRecord rec;
    rec.backend = r.string(o, QStringLiteral("backend"), {}, true);
    rec.status = r.string(o, QStringLiteral("status"), {});
    rec.error = r.string(o, QStringLiteral("error"), {});
    rec.created = r.string(o, QStringLiteral("created"), {});
    rec.connectTo = r.string(o, QStringLiteral("connect_to"), {});
    const QJsonValue services = o.value(QStringLiteral("services"));
    if (!services.isArray())
        r.fail(QStringLiteral("services"), Text::tr("must be a list"));
    const QJsonArray list = services.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("services[%1].").arg(i);
        if (!list[i].isObject())
            r.fail(path.chopped(1), Text::tr("must be an object"));
        const QJsonObject e = list[i].toObject();
        DeployedService s;
        s.name = r.string(e, QStringLiteral("name"), path, true);
        s.proxy = r.string(e, QStringLiteral("proxy"), path);
        s.endpoint = r.string(e, QStringLiteral("endpoint"), path);
        s.applied = r.boolean(e, QStringLiteral("applied"), path);
        s.ready = r.boolean(e, QStringLiteral("ready"), path);
        s.reason = r.string(e, QStringLiteral("reason"), path);
        s.traceFunctions = int(r.integer(e, QStringLiteral("trace_functions"), path));
        rec.services.push_back(std::move(s));
    }
    const QJsonValue files = o.value(QStringLiteral("files"));
    if (!files.isUndefined() && !files.isArray())
        r.fail(QStringLiteral("files"), Text::tr("must be a list"));
    const QJsonArray fileList = files.toArray();
    for (qsizetype i = 0; i < fileList.size(); ++i) {
        if (!fileList[i].isString())
            r.fail(QStringLiteral("files[%1]").arg(i), Text::tr("must be a string"));
        rec.files << fileList[i].toString();
    }
    const QJsonArray commands = o.value(QStringLiteral("pre_deployment_commands")).toArray();
    for (const QJsonValue& c : commands)
        rec.preDeploymentCommands << c.toString();
    rec.emulatorPid = r.integer(o, QStringLiteral("emulator_pid"), {});
    rec.emulatorPort = int(r.integer(o, QStringLiteral("emulator_port"), {}));
    rec.emulatorStartTicks = r.integer(o, QStringLiteral("emulator_start_ticks"), {});
    rec.emulatorProgram = r.string(o, QStringLiteral("emulator_program"), {});
    return rec;
}

std::optional<DeploymentRecord> DeploymentRecord::read(const QString& buildDir)
{
    const QString path = pathIn(buildDir);
    QFile file(path);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return std::nullopt;
    openInputFile(file);
    return fromJson(file.readAll(), path);
}

void DeploymentRecord::write(const QString& buildDir) const
{
    writeFileAtomically(pathIn(buildDir), toJson());
}

void DeploymentRecord::remove(const QString& buildDir)
{
    QFile::remove(pathIn(buildDir));
}

} // namespace traceload

#include "workspace.h"

#include "common/atomic_file.h"
#include "common/input_error.h"
#include "common/json_input.h"
#include "common/text.h"

#include <QDir>
#include <QFileInfo>
#include <limits>

namespace traceload {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kFormatVersion = 1;

// Reads typed values out of one JSON object, naming the file and the JSON path on errors.
class Reader
{
public:
    Reader(const QString& file, const QDir& base) : m_file(file), m_base(base) {}

    static const Json* child(const Json& parent, const char* key)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return nullptr;
        return &*it;
    }
    [[noreturn]] void fail(const QString& path, const QString& message) const
    {
        throw InputError(m_file, 0, path, message);
    }
    void expect(const Json& value, bool ok, const QString& path, const char* what) const
    {
        if (!ok)
            fail(path, Text::tr("expected %1, found %2")
                           .arg(QString::fromLatin1(what), jsonTypeName(value)));
    }
    void read(const Json& parent, const QString& path, const char* key, QString& out) const
    {
        if (const Json* v = child(parent, key)) {
            expect(*v, v->is_string(), jsonPathKey(path, key), "a string");
            out = QString::fromStdString(v->get<std::string>());
        }
    }
    void readPath(const Json& parent, const QString& path, const char* key, QString& out) const
    {
        QString value = out;
        read(parent, path, key, value);
        if (value == out)
            return;
        out = value.isEmpty() || isBundled(value) || QDir::isAbsolutePath(value)
                  ? value
                  : QDir::cleanPath(m_base.absoluteFilePath(value));
    }
    void read(const Json& parent, const QString& path, const char* key, bool& out) const
    {
        if (const Json* v = child(parent, key)) {
            expect(*v, v->is_boolean(), jsonPathKey(path, key), "true or false");
            out = v->get<bool>();
        }
    }
    template <typename Int>
    void read(const Json& parent, const QString& path, const char* key, Int& out, long long min,
              long long max) const
    {
        if (const Json* v = child(parent, key)) {
            const QString at = jsonPathKey(path, key);
            expect(*v, v->is_number_integer(), at, "an integer");
            const bool isUnsigned = v->is_number_unsigned();
            const auto value = isUnsigned
                                   ? (long long)std::min<std::uint64_t>(
                                         v->get<std::uint64_t>(),
                                         std::uint64_t(std::numeric_limits<long long>::max()))
                                   : v->get<long long>();
            if (value < min || value > max)
                fail(at, Text::tr("%1 is outside [%2, %3]").arg(value).arg(min).arg(max));
            out = Int(value);
        }
    }
    void read(const Json& parent, const QString& path, const char* key, double& out, double min,
              double max) const
    {
        if (const Json* v = child(parent, key)) {
            const QString at = jsonPathKey(path, key);
            expect(*v, v->is_number(), at, "a number");
            const double value = v->get<double>();
            if (!(value >= min && value <= max))
                fail(at, Text::tr("%1 is outside [%2, %3]").arg(value).arg(min).arg(max));
            out = value;
        }
    }
    const Json* object(const Json& parent, const QString& path, const char* key) const
    {
        const Json* v = child(parent, key);
        if (v)
            expect(*v, v->is_object(), jsonPathKey(path, key), "an object");
        return v;
    }

private:
    QString m_file;
    QDir m_base;
};

QString storedPath(const QString& path, const QDir& base)
{
    if (path.isEmpty() || isBundled(path))
        return path;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = base.relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

std::string s(const QString& text)
{
    return text.toStdString();
}

} // namespace

Workspace Workspace::read(const QString& path)
{
    const QByteArray data = readInputFile(path);
    const Json root = parseJsonInput(data, path);
    const Reader r(path, QFileInfo(path).absoluteDir());
    r.expect(root, root.is_object(), QString(), "an object");
    int version = kFormatVersion;
    r.read(root, {}, "traceload_workspace", version, 1, 1'000'000);
    if (version > kFormatVersion)
        r.fail(QStringLiteral("traceload_workspace"),
               Text::tr("written by a newer TraceLoad (format %1; this one reads %2)")
                   .arg(version)
                   .arg(kFormatVersion));

    Workspace w;
    if (const Json* trace = r.object(root, {}, "trace")) {
        const QString at = QStringLiteral("trace");
        r.readPath(*trace, at, "path", w.tracePath);
        QString granularity = w.granularity == Granularity::Minute ? QStringLiteral("minute")
                                                                   : QStringLiteral("second");
        r.read(*trace, at, "granularity", granularity);
        if (granularity != u"minute" && granularity != u"second")
            r.fail(jsonPathKey(at, "granularity"),
                   Text::tr("\"%1\" is neither \"minute\" nor \"second\"").arg(granularity));
        w.granularity = granularity == u"minute" ? Granularity::Minute : Granularity::Second;
        r.read(*trace, at, "strict", w.strict);
        r.read(*trace, at, "day", w.traceDay, 0, TraceFileSet::kLastDay);
        QString appMemory = appMemoryRuleName(w.appMemory);
        r.read(*trace, at, "app_memory", appMemory);
        const std::optional<AppMemoryRule> rule = appMemoryRuleFromName(appMemory);
        if (!rule)
            r.fail(jsonPathKey(at, "app_memory"),
                   Text::tr("\"%1\" is neither \"split\" nor \"copy\"").arg(appMemory));
        w.appMemory = *rule;
    }
    r.readPath(root, {}, "profile", w.profilePath);
    r.readPath(root, {}, "config", w.configPath);

    if (const Json* mapping = r.object(root, {}, "mapping")) {
        const QString at = QStringLiteral("mapping");
        QString method = w.mapping.method == MappingMethod::Unique ? QStringLiteral("unique")
                                                                   : QStringLiteral("nearest");
        r.read(*mapping, at, "method", method);
        if (method != u"nearest" && method != u"unique")
            r.fail(jsonPathKey(at, "method"),
                   Text::tr("\"%1\" is neither \"nearest\" nor \"unique\"").arg(method));
        w.mapping.method = method == u"unique" ? MappingMethod::Unique : MappingMethod::Nearest;
        r.read(*mapping, at, "percentile", w.mapping.percentile, 0, 100);
        r.read(*mapping, at, "fallback_tolerance", w.mapping.fallbackTolerance, 0.0, 1e9);
        r.readPath(*mapping, at, "file", w.mappingIn);
        if (const Json* overrides = r.object(*mapping, at, "overrides")) {
            for (const auto& [id, proxy] : overrides->items()) {
                const QString key = jsonPathKey(jsonPathKey(at, "overrides"), id);
                r.expect(proxy, proxy.is_string(), key, "a proxy name");
                w.overrides[QString::fromStdString(id)] =
                    QString::fromStdString(proxy.get<std::string>());
            }
        }
    }
    if (const Json* load = r.object(root, {}, "load")) {
        const QString at = QStringLiteral("load");
        QString distribution = toString(w.load.distribution);
        r.read(*load, at, "distribution", distribution);
        const auto parsed = parseIatDistribution(distribution);
        if (!parsed)
            r.fail(jsonPathKey(at, "distribution"),
                   Text::tr("unknown distribution \"%1\" (use equidistant, uniform or exponential)")
                       .arg(distribution));
        w.load.distribution = *parsed;
        r.read(*load, at, "seed", w.load.seed, 0, std::numeric_limits<long long>::max());
        r.read(*load, at, "shift", w.load.shift);
        r.read(*load, at, "offset", w.load.offset, 0, 10'000'000);
        r.read(*load, at, "warmup", w.load.warmupSlots, 0, 10'000'000);
        r.read(*load, at, "duration", w.load.durationSlots, 1, 10'000'000);
        r.readPath(*load, at, "file", w.loadIn);
    }
    if (const Json* deploy = r.object(root, {}, "deploy")) {
        const QString at = QStringLiteral("deploy");
        r.read(*deploy, at, "backend", w.backend);
        if (!deploymentBackendNames().contains(w.backend))
            r.fail(jsonPathKey(at, "backend"),
                   Text::tr("unknown backend \"%1\" (use %2)")
                       .arg(w.backend, deploymentBackendNames().join(QStringLiteral(", "))));
        r.read(*deploy, at, "share_proxies", w.shareProxies);
        DeploySettings& d = w.deploy;
        r.readPath(*deploy, at, "build_dir", d.buildDir);
        r.read(*deploy, at, "jobs", d.jobs, 0, 1024);
        r.read(*deploy, at, "command_timeout_ms", d.commandTimeoutMs, 1, 86'400'000);
        r.read(*deploy, at, "delete_existing", d.deleteExisting);
        r.read(*deploy, at, "ready_timeout_s", d.readyTimeoutSeconds, 0, 86'400);
        r.read(*deploy, at, "poll_interval_ms", d.pollIntervalMs, 1, 3'600'000);
        r.readPath(*deploy, at, "emulator", d.emulatorProgram);
        r.read(*deploy, at, "work", d.work);
        if (d.work != u"sleep" && d.work != u"spin")
            r.fail(jsonPathKey(at, "work"),
                   Text::tr("\"%1\" is neither \"sleep\" nor \"spin\"").arg(d.work));
        r.read(*deploy, at, "cold_start_ms", d.coldStartMs, 0, 3'600'000);
        r.read(*deploy, at, "idle_timeout_s", d.idleTimeoutSeconds, 0, 86'400LL * 365);
        r.read(*deploy, at, "exit_after_idle_s", d.exitAfterIdleSeconds, 0, 86'400LL * 365);
    }
    if (const Json* run = r.object(root, {}, "run")) {
        const QString at = QStringLiteral("run");
        r.read(*run, at, "speedup", w.speedup, 1e-6, 1e6);
        r.read(*run, at, "grpc_timeout_ms", w.grpcTimeoutMs, 1, 86'400'000);
        if (const Json* thresholds = r.child(*run, "thresholds")) {
            const QString key = jsonPathKey(at, "thresholds");
            r.expect(*thresholds, thresholds->is_array(), key, "a list of strings");
            for (std::size_t i = 0; i < thresholds->size(); ++i) {
                const Json& t = (*thresholds)[i];
                r.expect(t, t.is_string(), jsonPathIndex(key, i), "a string");
                w.thresholds.append(QString::fromStdString(t.get<std::string>()));
            }
        }
        r.readPath(*run, at, "out_dir", w.outDir);
    }
    return w;
}

void Workspace::write(const QString& path) const
{
    const QDir base = QFileInfo(path).absoluteDir();
    Json overridesJson = Json::object();
    for (const auto& [id, proxy] : overrides)
        overridesJson[s(id)] = s(proxy);
    Json thresholdsJson = Json::array();
    for (const QString& t : thresholds)
        thresholdsJson.push_back(s(t));

    const Json root = {
        {"traceload_workspace", kFormatVersion},
        {"trace",
         {{"path", s(storedPath(tracePath, base))},
          {"granularity", granularity == Granularity::Minute ? "minute" : "second"},
          {"strict", strict},
          {"day", traceDay},
          {"app_memory", s(appMemoryRuleName(appMemory))}}},
        {"profile", s(storedPath(profilePath, base))},
        {"config", s(storedPath(configPath, base))},
        {"mapping",
         {{"method", mapping.method == MappingMethod::Unique ? "unique" : "nearest"},
          {"percentile", mapping.percentile},
          {"fallback_tolerance", mapping.fallbackTolerance},
          {"file", s(storedPath(mappingIn, base))},
          {"overrides", overridesJson}}},
        {"load",
         {{"distribution", s(toString(load.distribution))},
          {"seed", load.seed},
          {"shift", load.shift},
          {"offset", load.offset},
          {"warmup", load.warmupSlots},
          {"duration", load.durationSlots},
          {"file", s(storedPath(loadIn, base))}}},
        {"deploy",
         {{"backend", s(backend)},
          {"share_proxies", shareProxies},
          {"build_dir", s(storedPath(deploy.buildDir, base))},
          {"jobs", deploy.jobs},
          {"command_timeout_ms", deploy.commandTimeoutMs},
          {"delete_existing", deploy.deleteExisting},
          {"ready_timeout_s", deploy.readyTimeoutSeconds},
          {"poll_interval_ms", deploy.pollIntervalMs},
          {"emulator", s(storedPath(deploy.emulatorProgram, base))},
          {"work", s(deploy.work)},
          {"cold_start_ms", deploy.coldStartMs},
          {"idle_timeout_s", deploy.idleTimeoutSeconds},
          {"exit_after_idle_s", deploy.exitAfterIdleSeconds}}},
        {"run",
         {{"speedup", speedup},
          {"grpc_timeout_ms", grpcTimeoutMs},
          {"thresholds", thresholdsJson},
          {"out_dir", s(storedPath(outDir, base))}}},
    };
    writeFileAtomically(path, QByteArray::fromStdString(root.dump(2) + "\n"));
}

} // namespace traceload

#include "profile_reader.h"

#include "common/input_error.h"
#include "common/json_input.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace traceload {

namespace {
using Json = nlohmann::ordered_json;

const QString kBundledProfile = QStringLiteral(":/traceload/vswarm/profile.json");
const QString kBundledFolder = QStringLiteral(":/traceload/vswarm");

QString percentileKey(int percentile)
{
    return QStringLiteral("%1-percentile").arg(percentile);
}

class ProfileParser
{
public:
    ProfileParser(const QString& sourceName, const QString& baseDirectory)
        : m_source(sourceName), m_base(baseDirectory)
    {
    }

    ProxyCatalogue parse(const QByteArray& data)
    {
        const Json root = parseJsonInput(data, m_source);
        if (!root.is_object())
            throw InputError(m_source, 0, {},
                             Text::tr("expected an object keyed by proxy name, found %1")
                                 .arg(jsonTypeName(root)));
        if (root.empty())
            throw InputError(m_source, 0, {}, Text::tr("no proxy functions"));

        ProxyCatalogue catalogue;
        catalogue.sourceFile = m_source;
        catalogue.proxies.reserve(root.size());
        QHash<QString, QString> keyOfName;
        for (const auto& [key, entry] : root.items()) {
            const QString path = jsonPathKey({}, key);
            ProxyFunction proxy = parseProxy(path, entry);
            const auto previous = keyOfName.constFind(proxy.name);
            if (previous != keyOfName.constEnd())
                throw InputError(m_source, 0, jsonPathKey(path, "name"),
                                 Text::tr("proxy name \"%1\" is already used by entry \"%2\"")
                                     .arg(proxy.name, previous.value()));
            keyOfName.insert(proxy.name, path);
            catalogue.proxies.push_back(std::move(proxy));
        }
        return catalogue;
    }

private:
    ProxyFunction parseProxy(const QString& path, const Json& entry) const
    {
        if (!entry.is_object())
            throw InputError(m_source, 0, path,
                             Text::tr("expected an object, found %1").arg(jsonTypeName(entry)));
        ProxyFunction proxy;
        proxy.name = requiredString(path, entry, "name");
        if (proxy.name.isEmpty())
            throw InputError(m_source, 0, jsonPathKey(path, "name"), Text::tr("the name is empty"));
        if (entry.contains("yaml")) {
            proxy.yaml = requiredString(path, entry, "yaml");
            proxy.yamlPath = resolve(proxy.yaml);
        }
        if (entry.contains("cpu"))
            proxy.cpu = percentiles(path, entry, "cpu");
        proxy.memoryMb = percentiles(path, entry, "memory");
        proxy.durationMs = percentiles(path, entry, "duration");
        return proxy;
    }

    QString requiredString(const QString& path, const Json& entry, const char* key) const
    {
        const QString keyPath = jsonPathKey(path, key);
        const auto it = entry.find(key);
        if (it == entry.end())
            throw InputError(m_source, 0, keyPath, Text::tr("required key is missing"));
        if (!it->is_string())
            throw InputError(m_source, 0, keyPath,
                             Text::tr("expected a string, found %1").arg(jsonTypeName(*it)));
        return QString::fromStdString(it->get<std::string>());
    }

    PercentileMap percentiles(const QString& path, const Json& entry, const char* key) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})-percentile$"));
        const QString mapPath = jsonPathKey(path, key);
        const auto it = entry.find(key);
        if (it == entry.end())
            throw InputError(m_source, 0, mapPath, Text::tr("required key is missing"));
        if (!it->is_object())
            throw InputError(m_source, 0, mapPath,
                             Text::tr("expected an object of \"N-percentile\" values, found %1")
                                 .arg(jsonTypeName(*it)));
        PercentileMap map;
        for (const auto& [name, value] : it->items()) {
            const QString valuePath = jsonPathKey(mapPath, name);
            const auto match = pattern.match(QString::fromStdString(name));
            const int percentile = match.hasMatch() ? match.captured(1).toInt() : -1;
            if (percentile < 0 || percentile > 100)
                throw InputError(m_source, 0, valuePath,
                                 Text::tr("expected a key \"N-percentile\" with N from 0 to 100"));
            if (!value.is_number())
                throw InputError(m_source, 0, valuePath,
                                 Text::tr("expected a number, found %1").arg(jsonTypeName(value)));
            // Checked here, where the key path is known, rather than by whatever later
            // consumes the value (the emulator would blame the services.json it is given).
            const double number = value.get<double>();
            if (!std::isfinite(number) || number < 0)
                throw InputError(m_source, 0, valuePath,
                                 Text::tr("must be a number >= 0, found %1").arg(number));
            map[percentile] = number;
        }
        return map;
    }

    QString resolve(const QString& yaml) const
    {
        if (yaml.isEmpty())
            return {};
        if (m_base.isEmpty())
            return QDir::cleanPath(yaml);
        return QDir::cleanPath(QDir(m_base).absoluteFilePath(yaml));
    }

    const QString& m_source;
    const QString& m_base;
};
} // namespace

ProxyCatalogue ProfileReader::read(const QString& path)
{
    const QByteArray data = readInputFile(path);
    return parse(data, path, QFileInfo(path).absolutePath());
}

ProxyCatalogue ProfileReader::parse(const QByteArray& json, const QString& sourceName,
                                    const QString& baseDirectory)
{
    return ProfileParser(sourceName, baseDirectory).parse(json);
}

ProxyCatalogue ProfileReader::bundled(const QString& baseDirectory)
{
    // Without a folder, the yamls resolve inside the resource, where the bundled YAMLs are
    // (readable through QFile, and matching the bundled config.json's resolved paths).
    return parse(readInputFile(kBundledProfile), kBundledProfile,
                 baseDirectory.isEmpty() ? kBundledFolder : baseDirectory);
}

void validateForMapping(const ProxyCatalogue& catalogue, int percentile)
{
    if (percentile < 0 || percentile > 100)
        throw InputError(catalogue.sourceFile, 0, {},
                         Text::tr("percentile %1 is outside 0..100").arg(percentile));
    if (catalogue.proxies.empty())
        throw InputError(catalogue.sourceFile, 0, {}, Text::tr("no proxy functions"));
    const QString key = percentileKey(percentile);
    const auto check = [&](const ProxyFunction& proxy, const PercentileMap& map,
                           const char* mapName) {
        const QString path = jsonPathKey(jsonPathKey(proxy.name, mapName), key.toStdString());
        const auto value = percentileValue(map, percentile);
        if (!value)
            throw InputError(
                catalogue.sourceFile, 0, path,
                Text::tr("missing (mapping at percentile %1 needs it)").arg(percentile));
        if (!std::isfinite(*value) || *value <= 0)
            throw InputError(catalogue.sourceFile, 0, path,
                             Text::tr("must be a number > 0, found %1").arg(*value));
    };
    for (const ProxyFunction& proxy : catalogue.proxies) {
        check(proxy, proxy.memoryMb, "memory");
        check(proxy, proxy.durationMs, "duration");
    }
}

} // namespace traceload

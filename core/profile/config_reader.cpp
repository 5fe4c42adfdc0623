#include "common/input_error.h"
#include "common/json_input.h"
#include "common/text.h"
#include "profile_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace traceload {

namespace {
using Json = nlohmann::ordered_json;

// The commands are kept verbatim: they are the user's shell lines and run as written.
QStringList commands(const QString& source, const QString& entryPath, const Json& entry,
                     const char* key)
{
    const QString path = jsonPathKey(entryPath, key);
    const auto it = entry.find(key);
    if (it == entry.end() || it->is_null())
        return {};
    if (!it->is_array())
        throw InputError(source, 0, path,
                         Text::tr("expected a list of commands, found %1").arg(jsonTypeName(*it)));
    QStringList out;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json& command = (*it)[i];
        if (!command.is_string())
            throw InputError(source, 0, jsonPathIndex(path, i),
                             Text::tr("expected a string, found %1").arg(jsonTypeName(command)));
        out.append(QString::fromStdString(command.get<std::string>()));
    }
    return out;
}
} // namespace

ProxyConfig ConfigReader::read(const QString& path)
{
    const QByteArray data = readInputFile(path);
    const Json root = parseJsonInput(data, path);
    if (!root.is_array())
        throw InputError(
            path, 0, {},
            Text::tr("expected a list of {\"yaml-location\", \"predeployment-commands\", "
                     "\"postdeployment-commands\"} entries, found %1")
                .arg(jsonTypeName(root)));

    ProxyConfig config;
    config.sourceFile = path;
    config.directory = QFileInfo(path).absolutePath();
    const QDir folder(config.directory);
    config.entries.reserve(root.size());
    for (std::size_t i = 0; i < root.size(); ++i) {
        const Json& entry = root[i];
        const QString entryPath = jsonPathIndex({}, i);
        if (!entry.is_object())
            throw InputError(path, 0, entryPath,
                             Text::tr("expected an object, found %1").arg(jsonTypeName(entry)));
        const QString yamlKey = jsonPathKey(entryPath, "yaml-location");
        const auto yaml = entry.find("yaml-location");
        if (yaml == entry.end())
            throw InputError(path, 0, yamlKey, Text::tr("required key is missing"));
        if (!yaml->is_string())
            throw InputError(path, 0, yamlKey,
                             Text::tr("expected a string, found %1").arg(jsonTypeName(*yaml)));

        ProxyConfigEntry out;
        out.yamlLocation = QString::fromStdString(yaml->get<std::string>());
        if (out.yamlLocation.isEmpty())
            throw InputError(path, 0, yamlKey, Text::tr("the YAML location is empty"));
        out.yamlPath = QDir::cleanPath(folder.absoluteFilePath(out.yamlLocation));
        const QFileInfo yamlFile(out.yamlPath);
        if (!yamlFile.exists())
            throw InputError(path, 0, yamlKey,
                             Text::tr("YAML file %1 does not exist")
                                 .arg(QDir::toNativeSeparators(out.yamlPath)));
        if (yamlFile.isDir())
            throw InputError(path, 0, yamlKey,
                             Text::tr("%1 is a folder, not a YAML file")
                                 .arg(QDir::toNativeSeparators(out.yamlPath)));
        out.preDeploymentCommands = commands(path, entryPath, entry, "predeployment-commands");
        out.postDeploymentCommands = commands(path, entryPath, entry, "postdeployment-commands");
        config.entries.push_back(std::move(out));
    }
    return config;
}

} // namespace traceload

#pragma once

#include "common/percentile_map.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace traceload {

// One proxy function of a benchmark suite, as profiled in vSwarm's profile.json.
struct ProxyFunction
{
    QString name;
    QString yaml;     // as written in profile.json (relative to the profile's folder)
    QString yamlPath; // absolute, resolved against the profile's folder; empty if no yaml
    PercentileMap cpu;
    PercentileMap memoryMb;
    PercentileMap durationMs;
};

// All proxies of a profile.json, in file order (the order decides nearest-mapping ties).
struct ProxyCatalogue
{
    QString sourceFile; // the profile.json path, or ":/..." for the bundled one
    std::vector<ProxyFunction> proxies;

    int indexOf(const QString& name) const; // -1 if absent
};

// One entry of vSwarm's config.json.
struct ProxyConfigEntry
{
    QString yamlLocation; // as written
    QString yamlPath;     // absolute, resolved against the config's folder
    QStringList preDeploymentCommands;
    QStringList postDeploymentCommands;
};

struct ProxyConfig
{
    QString sourceFile;
    QString directory; // the config's folder: commands run there
    std::vector<ProxyConfigEntry> entries;

    // Entry whose yamlPath equals the given absolute path (after cleaning), or nullptr.
    const ProxyConfigEntry* findByYaml(const QString& absoluteYamlPath) const;
};

} // namespace traceload

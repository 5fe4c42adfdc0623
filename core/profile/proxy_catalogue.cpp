#include "proxy_catalogue.h"

#include <QDir>

namespace traceload {

int ProxyCatalogue::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < proxies.size(); ++i) {
        if (proxies[i].name == name)
            return int(i);
    }
    return -1;
}

const ProxyConfigEntry* ProxyConfig::findByYaml(const QString& absoluteYamlPath) const
{
    const QString wanted = QDir::cleanPath(absoluteYamlPath);
    for (const ProxyConfigEntry& entry : entries) {
        if (entry.yamlPath == wanted)
            return &entry;
    }
    return nullptr;
}

} // namespace traceload

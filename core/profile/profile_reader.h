#pragma once

#include "proxy_catalogue.h"

#include <QByteArray>

namespace traceload {

// Reads vSwarm's profile.json: an object keyed by proxy name, each with name, yaml, cpu,
// memory and duration maps ("75-percentile": value). Keeps file order. Throws InputError
// naming the file and the key path (e.g. "aes-go-10-10.memory.75-percentile").
class ProfileReader
{
public:
    static ProxyCatalogue read(const QString& path);
    // baseDirectory resolves the yaml paths.
    static ProxyCatalogue parse(const QByteArray& json, const QString& sourceName,
                                const QString& baseDirectory);
    // The bundled 191-function vSwarm profile (a resource). Its yaml paths resolve against
    // baseDirectory when given (e.g. a folder holding vSwarm's yamls/), else inside the
    // resource (":/traceload/vswarm/yamls/..."), where the bundled YAMLs are readable with
    // QFile and match the resolved paths of the bundled config.json.
    static ProxyCatalogue bundled(const QString& baseDirectory = {});
};

// Reads vSwarm's config.json: a list of {yaml-location, predeployment-commands,
// postdeployment-commands}. Throws InputError naming file and JSON path; a yaml-location
// that does not exist is an error naming the entry.
class ConfigReader
{
public:
    static ProxyConfig read(const QString& path);
};

// Checks that every proxy has the memory and duration percentile `percentile` and that
// the values are > 0 and finite. Throws InputError naming the profile and key.
void validateForMapping(const ProxyCatalogue& catalogue, int percentile);

} // namespace traceload

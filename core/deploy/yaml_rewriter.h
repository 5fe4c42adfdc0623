#pragma once

#include <QByteArray>
#include <QString>
#include <string>
#include <yaml-cpp/yaml.h>

namespace traceload {

// Renames a Knative service manifest: loads the proxy's YAML with yaml-cpp, sets
// metadata.name and emits it again with every other field preserved.
//
// yaml-cpp's own emitter drops the quotes of quoted scalars, which would turn
// `value: "1"` (a string, as Kubernetes requires for env values) into the integer 1; the
// emitter here writes scalars that were quoted in the source double-quoted, so every value
// keeps its YAML type. Comments and anchors are not kept (yaml-cpp does not model them).
class YamlRewriter
{
public:
    // In a multi-document file the document renamed is the Knative Service
    // (apiVersion serving.knative.dev/..., kind Service), else the only document with a
    // metadata map. Throws InputError naming sourceName (and the line of a syntax error).
    static QByteArray renameService(const QByteArray& yaml, const QString& newName,
                                    const QString& sourceName);

    // Reads a file (Qt resource paths too) and renames it.
    static QByteArray renameServiceFile(const QString& path, const QString& newName);

    // Emits a node tree keeping quoted scalars quoted (see above). Aliases are expanded;
    // an alias inside the node it names, or a tree that expands to more than
    // maxExpandedNodes nodes, throws InputError naming sourceName.
    static std::string emitYaml(const YAML::Node& node, const QString& sourceName);

    // Far above any proxy manifest (vSwarm's largest has a few hundred nodes), far below
    // what an "alias bomb" of a few hundred bytes expands to.
    static constexpr std::size_t maxExpandedNodes = 100'000;
};

} // namespace traceload

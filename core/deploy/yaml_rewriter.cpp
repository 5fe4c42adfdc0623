#include "yaml_rewriter.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QFile>
#include <vector>

namespace traceload {

namespace {

void emitNode(YAML::Emitter& out, const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out << YAML::Null;
        break;
    case YAML::NodeType::Scalar: {
        const std::string& tag = node.Tag();
        if (tag == "!") // quoted (or block) scalar in the source: a string whatever it reads
            out << YAML::DoubleQuoted << node.Scalar();
        else if (tag.empty() || tag == "?") // plain scalar: its type is resolved from its text
            out << node.Scalar();
        else
            out << YAML::VerbatimTag(tag) << node.Scalar();
        break;
    }
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node& item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto& pair : node) {
            out << YAML::Key;
            emitNode(out, pair.first);
            out << YAML::Value;
            emitNode(out, pair.second);
        }
        out << YAML::EndMap;
        break;
    }
}

bool isKnativeService(const YAML::Node& doc)
{
    if (!doc.IsMap())
        return false;
    const YAML::Node api = doc["apiVersion"];
    const YAML::Node kind = doc["kind"];
    return api && api.IsScalar() && api.Scalar().rfind("serving.knative.dev/", 0) == 0 && kind &&
           kind.IsScalar() && kind.Scalar() == "Service";
}

} // namespace

std::string YamlRewriter::emitYaml(const YAML::Node& node)
{
    YAML::Emitter out;
    emitNode(out, node);
    return out.c_str();
}

QByteArray YamlRewriter::renameService(const QByteArray& yaml, const QString& newName,
                                       const QString& sourceName)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        throw InputError(sourceName, e.mark.is_null() ? 0 : e.mark.line + 1, {},
                         Text::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    std::vector<size_t> knative, withMetadata;
    for (size_t i = 0; i < docs.size(); ++i) {
        if (isKnativeService(docs[i]))
            knative.push_back(i);
        else if (docs[i].IsMap() && docs[i]["metadata"] && docs[i]["metadata"].IsMap())
            withMetadata.push_back(i);
    }
    if (knative.size() > 1)
        throw InputError(sourceName, 0, {},
                         Text::tr("holds %1 Knative Services; a proxy YAML must define exactly one")
                             .arg(knative.size()));
    if (knative.empty() && withMetadata.size() != 1)
        throw InputError(sourceName, 0, QStringLiteral("metadata.name"),
                         Text::tr("no Knative Service (apiVersion serving.knative.dev/v1, kind "
                                  "Service) with a metadata map found"));
    const size_t target = knative.empty() ? withMetadata.front() : knative.front();
    if (!docs[target]["metadata"].IsMap())
        throw InputError(sourceName, 0, QStringLiteral("metadata"), Text::tr("must be a map"));
    docs[target]["metadata"]["name"] = newName.toStdString();

    std::string text;
    for (const YAML::Node& doc : docs) {
        if (doc.IsNull()) // a document of comments only
            continue;
        if (!text.empty())
            text += "---\n";
        text += emitYaml(doc);
        text += '\n';
    }
    return QByteArray::fromStdString(text);
}

QByteArray YamlRewriter::renameServiceFile(const QString& path, const QString& newName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {},
                         Text::tr("cannot read the proxy YAML: %1").arg(file.errorString()));
    return renameService(file.readAll(), newName, path);
}

} // namespace traceload

#include "yaml_rewriter.h"

#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QFile>
#include <sstream>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

namespace traceload {

namespace {

// Walks the node tree as the emitter sees it: with every alias expanded. A proxy YAML is a
// few hundred nodes; an alias that contains itself, or aliases nested into an exponential
// "alias bomb", would recurse forever or expand past any memory, so both are refused.
class TreeEmitter
{
public:
    TreeEmitter(YAML::Emitter& out, const QString& sourceName) : m_out(out), m_source(sourceName) {}

    void walk(const YAML::Node& node)
    {
        if (++m_nodes > YamlRewriter::maxExpandedNodes)
            throw InputError(m_source, 0, {},
                             Text::tr("expands to more than %1 nodes (aliases nested too deep)")
                                 .arg(YamlRewriter::maxExpandedNodes));
        for (const YAML::Node& ancestor : m_path)
            if (ancestor.is(node))
                throw InputError(m_source, node.Mark().line + 1, {},
                                 Text::tr("an alias refers to a node that contains it"));
        m_path.push_back(node);
        emitOne(node);
        m_path.pop_back();
    }

private:
    void emitOne(const YAML::Node& node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            m_out << YAML::Null;
            break;
        case YAML::NodeType::Scalar: {
            const std::string& tag = node.Tag();
            if (tag == "!") // quoted (or block) scalar in the source: a string whatever it reads
                m_out << YAML::DoubleQuoted << node.Scalar();
            else if (tag.empty() || tag == "?") // plain scalar: its type is resolved from its text
                m_out << node.Scalar();
            else
                m_out << YAML::VerbatimTag(tag) << node.Scalar();
            break;
        }
        case YAML::NodeType::Sequence:
            if (node.Style() == YAML::EmitterStyle::Flow)
                m_out << YAML::Flow;
            m_out << YAML::BeginSeq;
            for (const YAML::Node& item : node)
                walk(item);
            m_out << YAML::EndSeq;
            break;
        case YAML::NodeType::Map:
            if (node.Style() == YAML::EmitterStyle::Flow)
                m_out << YAML::Flow;
            m_out << YAML::BeginMap;
            for (const auto& pair : node) {
                m_out << YAML::Key;
                walk(pair.first);
                m_out << YAML::Value;
                walk(pair.second);
            }
            m_out << YAML::EndMap;
            break;
        }
    }

    YAML::Emitter& m_out;
    const QString& m_source;
    std::vector<YAML::Node> m_path; // the node being emitted and its ancestors
    std::size_t m_nodes = 0;
};

// yaml-cpp 0.7 never returns from a document that starts with a ',' outside brackets
// (found by fuzz_yaml): it emits null nodes without end. A first pass counts the parser's
// events and stops it past what the text could hold, before LoadAll builds any node.
class ProgressGuard : public YAML::EventHandler
{
public:
    ProgressGuard(std::size_t budget, const QString& sourceName)
        : m_budget(budget), m_source(sourceName)
    {
    }
    void OnDocumentStart(const YAML::Mark& mark) override { tick(mark); }
    void OnDocumentEnd() override { tick(m_mark); }
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { tick(mark); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { tick(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string&) override
    {
        tick(mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        tick(mark);
    }
    void OnSequenceEnd() override { tick(m_mark); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        tick(mark);
    }
    void OnMapEnd() override { tick(m_mark); }

private:
    void tick(const YAML::Mark& mark)
    {
        m_mark = mark;
        if (++m_events > m_budget)
            throw InputError(m_source, mark.is_null() ? 0 : mark.line + 1, {},
                             Text::tr("not valid YAML: the parser makes no progress here (a ',' "
                                      "outside brackets?)"));
    }

    std::size_t m_budget;
    const QString& m_source;
    std::size_t m_events = 0;
    YAML::Mark m_mark = YAML::Mark::null_mark();
};

// Every byte makes at most a few events (an empty value is one null); the budget is far
// above that and far below an endless loop.
void checkParserProgress(const std::string& text, const QString& sourceName)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    ProgressGuard guard(1000 + 8 * text.size(), sourceName);
    while (parser.HandleNextDocument(guard)) {
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

std::string YamlRewriter::emitYaml(const YAML::Node& node, const QString& sourceName)
{
    YAML::Emitter out;
    TreeEmitter(out, sourceName).walk(node);
    return out.c_str();
}

QByteArray YamlRewriter::renameService(const QByteArray& yaml, const QString& newName,
                                       const QString& sourceName)
{
    std::vector<YAML::Node> docs;
    const std::string source = yaml.toStdString();
    try {
        checkParserProgress(source, sourceName);
        docs = YAML::LoadAll(source);
    } catch (const YAML::DeepRecursion& e) {
        throw InputError(sourceName, e.mark.line + 1, {},
                         Text::tr("not valid YAML: nested too deep (%1 levels)").arg(e.depth()));
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
        text += emitYaml(doc, sourceName);
        text += '\n';
    }
    return QByteArray::fromStdString(text);
}

QByteArray YamlRewriter::renameServiceFile(const QString& path, const QString& newName)
{
    QFile file(path);
    openInputFile(file); // a FIFO or a device as the YAML is refused, not read forever
    return renameService(file.readAll(), newName, path);
}

} // namespace traceload

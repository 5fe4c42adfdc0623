#pragma once
// Comparing YAML trees in tests (header-only).

#include <QByteArray>
#include <QString>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace traceload::test {

// Structural equality of two YAML trees, including whether each scalar was quoted (its
// tag "!" vs "?"), so "1" and 1 differ. `why` names the first difference.
inline bool sameTree(const YAML::Node& a, const YAML::Node& b, const QString& path, QString& why)
{
    if (a.Type() != b.Type()) {
        why = QStringLiteral("%1: node types differ").arg(path);
        return false;
    }
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        if (a.Scalar() != b.Scalar() || a.Tag() != b.Tag()) {
            why =
                QStringLiteral("%1: '%2' (tag %3) vs '%4' (tag %5)")
                    .arg(path, QString::fromStdString(a.Scalar()), QString::fromStdString(a.Tag()),
                         QString::fromStdString(b.Scalar()), QString::fromStdString(b.Tag()));
            return false;
        }
        return true;
    case YAML::NodeType::Sequence:
        if (a.size() != b.size()) {
            why = QStringLiteral("%1: sequence sizes differ").arg(path);
            return false;
        }
        for (size_t i = 0; i < a.size(); ++i)
            if (!sameTree(a[i], b[i], QStringLiteral("%1[%2]").arg(path).arg(i), why))
                return false;
        return true;
    case YAML::NodeType::Map: {
        if (a.size() != b.size()) {
            why = QStringLiteral("%1: map sizes differ").arg(path);
            return false;
        }
        auto ib = b.begin();
        for (auto ia = a.begin(); ia != a.end(); ++ia, ++ib) { // same key order too
            const QString key = QString::fromStdString(ia->first.Scalar());
            if (ia->first.Scalar() != ib->first.Scalar()) {
                why = QStringLiteral("%1: key '%2' vs '%3'")
                          .arg(path, key, QString::fromStdString(ib->first.Scalar()));
                return false;
            }
            if (!sameTree(ia->second, ib->second, path + u'.' + key, why))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

inline std::vector<YAML::Node> yamlDocuments(const QByteArray& text)
{
    std::vector<YAML::Node> docs;
    for (const YAML::Node& d : YAML::LoadAll(text.toStdString()))
        if (!d.IsNull())
            docs.push_back(d);
    return docs;
}

} // namespace traceload::test

#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace traceload {

// One item of `kn service list -o json`.
struct KnativeServiceStatus
{
    QString name;       // metadata.name
    bool ready = false; // the condition of type Ready has status "True"
    QString url;        // status.url, e.g. http://name.default.example.com
    QString reason;     // the Ready condition's reason and message when not ready
};

// Parses `kn service list -o json`: a ServiceList object whose "items" are Knative
// Services with status.conditions and status.url. Older kn versions print the text
// "No services found." instead of an empty list even with -o json (knative/client#1273);
// that reads as no services. Anything else throws InputError naming `source` and, for
// JSON that is not a ServiceList, the key that is wrong.
std::vector<KnativeServiceStatus> parseKnativeServiceList(const QByteArray& output,
                                                          const QString& source);

// The endpoint the invoker dials: the URL without its scheme (as the seed strips
// "http://") and without a trailing slash.
QString endpointFromUrl(const QString& url);

} // namespace traceload

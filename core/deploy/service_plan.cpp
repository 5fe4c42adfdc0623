#include "service_plan.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace traceload {

namespace {

constexpr int kMaxLabel = 63;
constexpr int kShortHash = 8;

bool isLowerAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

void trimDashes(QString& text)
{
    while (text.startsWith(u'-'))
        text.remove(0, 1);
    while (text.endsWith(u'-'))
        text.chop(1);
}

// Lower case; every run of characters that may not appear becomes one '-'.
QString sanitize(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (isLowerAlnum(c.unicode()))
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    trimDashes(out);
    return out;
}

QString sha1Hex(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

const ProxyFunction& proxyOf(const MappingEntry& entry, const ProxyCatalogue& catalogue, int& index)
{
    index = entry.proxyIndex;
    if (index < 0 || index >= int(catalogue.proxies.size())) {
        index = -1;
        for (int p = 0; p < int(catalogue.proxies.size()); ++p)
            if (catalogue.proxies[std::size_t(p)].name == entry.proxyName)
                index = p;
    }
    if (index < 0)
        throw InputError(catalogue.sourceFile, 0, entry.traceId,
                         Text::tr("the mapping names proxy %1, which is not in the profile")
                             .arg(entry.proxyName));
    return catalogue.proxies[std::size_t(index)];
}

// The first name made by `candidate(attempt)` for attempt = 0, 1, ... that is not taken.
template <typename Candidate> QString firstFreeName(const QSet<QString>& taken, Candidate candidate)
{
    for (int attempt = 0;; ++attempt) {
        QString name = candidate(attempt);
        if (!taken.contains(name))
            return name;
    }
}

// A suffix from the hash, longer with every attempt; past the full hash (only for equal
// inputs, which a valid mapping does not have) a counter keeps names apart.
QString hashSuffix(const QString& hash, int attempt)
{
    const int length = kShortHash + 4 * attempt;
    if (length <= hash.size())
        return hash.left(length);
    return hash.left(kShortHash) + u'-' + QString::number(attempt);
}

} // namespace

QString dns1123Label(const QString& base, const QString& suffix)
{
    QString tail = sanitize(suffix);
    if (tail.size() > kMaxLabel - 2) {
        tail.truncate(kMaxLabel - 2); // leaves room for one letter and a '-'
        trimDashes(tail);
    }
    QString head = sanitize(base);
    if (head.isEmpty())
        head = QStringLiteral("fn");
    else if (!(head[0] >= u'a' && head[0] <= u'z'))
        head.prepend(QStringLiteral("fn-"));
    const int room = tail.isEmpty() ? kMaxLabel : kMaxLabel - 1 - int(tail.size());
    if (head.size() > room) {
        head.truncate(room);
        trimDashes(head);
    }
    return tail.isEmpty() ? head : head + u'-' + tail;
}

ServicePlan planServices(const Mapping& mapping, const ProxyCatalogue& catalogue, bool shareProxies)
{
    ServicePlan plan;
    plan.serviceOfFunction.resize(mapping.entries.size(), -1);
    QSet<QString> taken;
    QHash<int, int> serviceOfProxy;
    for (std::size_t f = 0; f < mapping.entries.size(); ++f) {
        const MappingEntry& entry = mapping.entries[f];
        int proxyIndex = -1;
        const ProxyFunction& proxy = proxyOf(entry, catalogue, proxyIndex);
        if (entry.fallback) {
            const QString hash = sha1Hex(entry.traceId);
            const QString name = firstFreeName(taken, [&](int attempt) {
                return dns1123Label(QStringLiteral("trace-function"), hashSuffix(hash, attempt));
            });
            taken.insert(name);
            plan.serviceOfFunction[f] = int(plan.services.size());
            plan.services.push_back(ServiceSpec{name, proxyIndex, {int(f)}, true});
            continue;
        }
        if (shareProxies) {
            const auto it = serviceOfProxy.constFind(proxyIndex);
            if (it != serviceOfProxy.constEnd()) {
                plan.services[std::size_t(*it)].traceFunctions.push_back(int(f));
                plan.serviceOfFunction[f] = *it;
                continue;
            }
        }
        // Per function: the suffix comes from the function id, so a function keeps its
        // service name from run to run. Shared: the proxy's own name, unless two proxies'
        // names clean up to the same label.
        const QString hash = sha1Hex(shareProxies ? proxy.name : entry.traceId);
        const QString name = firstFreeName(taken, [&](int attempt) {
            if (shareProxies)
                return dns1123Label(proxy.name,
                                    attempt == 0 ? QString() : hashSuffix(hash, attempt - 1));
            return dns1123Label(proxy.name, hashSuffix(hash, attempt));
        });
        taken.insert(name);
        const int service = int(plan.services.size());
        plan.services.push_back(ServiceSpec{name, proxyIndex, {int(f)}});
        plan.serviceOfFunction[f] = service;
        if (shareProxies)
            serviceOfProxy.insert(proxyIndex, service);
    }
    return plan;
}

std::vector<QString> Deployment::endpointOfFunction() const
{
    std::vector<QString> endpoints;
    endpoints.reserve(plan.serviceOfFunction.size());
    for (const int service : plan.serviceOfFunction)
        endpoints.push_back(service >= 0 && std::size_t(service) < serviceEndpoints.size()
                                ? serviceEndpoints[std::size_t(service)]
                                : QString());
    return endpoints;
}

Deployment dryRunDeployment(ServicePlan plan)
{
    Deployment deployment;
    deployment.backend = QStringLiteral("dry-run");
    deployment.serviceEndpoints.reserve(plan.services.size());
    for (const auto& service : plan.services)
        deployment.serviceEndpoints.push_back(service.name + QStringLiteral(".dry-run"));
    deployment.plan = std::move(plan);
    return deployment;
}

} // namespace traceload

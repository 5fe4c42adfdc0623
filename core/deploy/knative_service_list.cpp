#include "knative_service_list.h"

#include "common/input_error.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace traceload {

namespace {

QString preview(const QByteArray& output)
{
    QString text = QString::fromUtf8(output.left(120)).simplified();
    if (output.size() > 120)
        text += QStringLiteral("...");
    return text;
}

} // namespace

std::vector<KnativeServiceStatus> parseKnativeServiceList(const QByteArray& output,
                                                          const QString& source)
{
    const QByteArray trimmed = output.trimmed();
    if (trimmed.startsWith("No services found"))
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw InputError(source, 0, {},
                         Text::tr("printed something that is not a Knative service list (JSON "
                                  "expected): \"%1\"")
                             .arg(preview(trimmed)));
    const QJsonValue items = doc.object().value(QStringLiteral("items"));
    if (!items.isArray())
        throw InputError(source, 0, QStringLiteral("items"),
                         Text::tr("missing or not a list in the Knative service list"));

    std::vector<KnativeServiceStatus> services;
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list[i].toObject();
        KnativeServiceStatus s;
        s.name = item.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
        if (s.name.isEmpty())
            throw InputError(source, 0, QStringLiteral("items[%1].metadata.name").arg(i),
                             Text::tr("missing in the Knative service list"));
        const QJsonObject status = item.value(QStringLiteral("status")).toObject();
        s.url = status.value(QStringLiteral("url")).toString();
        const QJsonArray conditions = status.value(QStringLiteral("conditions")).toArray();
        for (const QJsonValue& c : conditions) {
            const QJsonObject condition = c.toObject();
            if (condition.value(QStringLiteral("type")).toString() != u"Ready")
                continue;
            s.ready = condition.value(QStringLiteral("status")).toString() == u"True";
            if (!s.ready) {
                const QString reason = condition.value(QStringLiteral("reason")).toString();
                const QString message = condition.value(QStringLiteral("message")).toString();
                s.reason = reason.isEmpty() || message.isEmpty()
                               ? reason + message
                               : QStringLiteral("%1: %2").arg(reason, message);
            }
        }
        if (s.reason.isEmpty() && !s.ready)
            s.reason = conditions.isEmpty() ? Text::tr("no status yet") : Text::tr("not Ready");
        services.push_back(std::move(s));
    }
    return services;
}

QString endpointFromUrl(const QString& url)
{
    QString endpoint = url.trimmed();
    const qsizetype scheme = endpoint.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        endpoint = endpoint.mid(scheme + 3);
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    return endpoint;
}

} // namespace traceload

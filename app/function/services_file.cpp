#include "services_file.h"

#include "common/input_error.h"
#include "common/input_file.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <nlohmann/json.hpp>

namespace traceload {

namespace {

using Json = nlohmann::json;

QString path(const std::string& service, const char* key, const std::string& sub = {})
{
    QString p = QString::fromStdString(service) + u'.' + QLatin1String(key);
    if (!sub.empty())
        p += u'.' + QString::fromStdString(sub);
    return p;
}

double nonNegativeNumber(const Json& value, const QString& source, const QString& key)
{
    if (!value.is_number())
        throw InputError(source, 0, key, Text::tr("must be a number"));
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < 0)
        throw InputError(source, 0, key, Text::tr("must be a finite number >= 0"));
    return v;
}

// "75-percentile" -> 75
int percentileOfKey(const std::string& key, const QString& source, const QString& where)
{
    const QString k = QString::fromStdString(key);
    const QString suffix = QStringLiteral("-percentile");
    bool ok = false;
    const int p = k.endsWith(suffix) ? k.chopped(suffix.size()).toInt(&ok) : 0;
    if (!ok || p < 0 || p > 100)
        throw InputError(source, 0, where,
                         Text::tr("key must be '<0..100>-percentile' (e.g. '75-percentile')"));
    return p;
}

PercentileMap percentiles(const Json& value, const QString& source, const std::string& service,
                          const char* key)
{
    if (!value.is_object())
        throw InputError(source, 0, path(service, key),
                         Text::tr("must be an object of percentiles (\"75-percentile\": value)"));
    if (value.empty())
        throw InputError(source, 0, path(service, key), Text::tr("has no percentiles"));
    PercentileMap map;
    for (const auto& [name, v] : value.items()) {
        const QString where = path(service, key, name);
        map[percentileOfKey(name, source, where)] = nonNegativeNumber(v, source, where);
    }
    return map;
}

qint64 lineOfOffset(const QByteArray& text, std::size_t offset)
{
    const qsizetype end = qMin<qsizetype>(qsizetype(offset), text.size());
    return 1 + text.left(end).count('\n');
}

} // namespace

std::vector<ServiceBehaviour> ServicesFile::read(const QString& path)
{
    QFile file(path);
    openInputFile(file);
    return parse(file.readAll(), path);
}

std::vector<ServiceBehaviour> ServicesFile::parse(const QByteArray& json, const QString& source)
{
    Json root;
    try {
        root = Json::parse(json.begin(), json.end());
    } catch (const Json::parse_error& e) {
        throw InputError(source, lineOfOffset(json, e.byte), {},
                         Text::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    if (!root.is_object())
        throw InputError(source, 0, {}, Text::tr("must be a JSON object keyed by service name"));

    std::vector<ServiceBehaviour> services;
    for (const auto& [name, entry] : root.items()) {
        const QString where = QString::fromStdString(name);
        if (name.empty())
            throw InputError(source, 0, QStringLiteral("\"\""),
                             Text::tr("a service name is empty"));
        if (!entry.is_object())
            throw InputError(source, 0, where, Text::tr("must be an object (duration, memory)"));
        ServiceBehaviour s;
        s.name = name;
        if (const auto it = entry.find("duration_ms"); it != entry.end())
            s.fixedDurationMs = nonNegativeNumber(*it, source, path(name, "duration_ms"));
        else if (const auto d = entry.find("duration"); d != entry.end())
            s.durationMs = percentiles(*d, source, name, "duration");
        else
            throw InputError(source, 0, where,
                             Text::tr("has neither 'duration' (percentiles) nor 'duration_ms'"));
        if (const auto it = entry.find("memory_mb"); it != entry.end())
            s.fixedMemoryMb = nonNegativeNumber(*it, source, path(name, "memory_mb"));
        else if (const auto m = entry.find("memory"); m != entry.end())
            s.memoryMb = percentiles(*m, source, name, "memory");
        services.push_back(std::move(s));
    }
    return services;
}

} // namespace traceload

#include "loadgen_report.h"

#include "cli_support.h"
#include "common/text.h"
#include "mapping/fallback.h"

#include <QCoreApplication>
#include <QDir>
#include <map>
#include <nlohmann/json.hpp>

namespace traceload::batch {

namespace {

QString displayPath(const QString& path)
{
    return path.startsWith(u':') ? Text::tr("%1 (bundled)").arg(path)
                                 : QDir::toNativeSeparators(path);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Skipped rows grouped by reason, so a file with 10,000 bad rows prints a few lines.
std::map<QString, int> countByReason(const std::vector<TraceIssue>& issues)
{
    std::map<QString, int> counts;
    for (const TraceIssue& i : issues)
        ++counts[i.file + QStringLiteral(": ") + i.reason];
    return counts;
}

QString methodName(MappingMethod m)
{
    return m == MappingMethod::Unique ? QStringLiteral("unique") : QStringLiteral("nearest");
}

nlohmann::ordered_json accuracyJson(const MappingAccuracy& a)
{
    return {{"median_duration_error", a.medianDurationError},
            {"median_memory_error", a.medianMemoryError},
            {"share_within_25_percent", a.shareWithin}};
}

} // namespace

void LoadgenReport::print(QTextStream& out, bool debug) const
{
    const TraceReport& r = trace->report;
    out << Text::tr("Trace      %1: %2 functions, %3 slots (using %4 from slot %5)\n")
               .arg(displayPath(tracePath))
               .arg(trace->functions.size())
               .arg(trace->totalSlots)
               .arg(trace->slotCount)
               .arg(trace->firstSlot);
    if (!r.skippedRows.empty())
        out << Text::tr("           %1 malformed rows skipped:\n").arg(r.skippedRows.size());
    for (const auto& [reason, count] : countByReason(r.skippedRows))
        out << QStringLiteral("             %1 x %2\n").arg(count).arg(reason);
    if (debug)
        for (const TraceIssue& i : r.skippedRows)
            out << QStringLiteral("             %1\n").arg(i.toString());
    if (!r.incompleteFunctions.empty()) {
        out << Text::tr("           %1 functions left out, not in every file:\n")
                   .arg(r.incompleteFunctions.size());
        for (const auto& [reason, count] : countByReason(r.incompleteFunctions))
            out << QStringLiteral("             %1 x %2\n").arg(count).arg(reason);
    }
    if (trace->files.day != 0)
        out << Text::tr("           day %1 of the release\n").arg(trace->files.day);
    if (r.memoryPerApplication)
        out << (r.appMemoryRule == AppMemoryRule::Split
                    ? Text::tr("           memory is per application (--app-memory split): each "
                               "function has its app's memory divided by the app's functions\n")
                    : Text::tr("           memory is per application (--app-memory copy): each "
                               "function has its app's memory\n"));

    out << Text::tr("Profile    %1: %2 proxy functions\n")
               .arg(displayPath(profilePath))
               .arg(catalogue->proxies.size());
    if (!configPath.isEmpty())
        out << Text::tr("Config     %1\n").arg(displayPath(configPath));

    const MappingErrorStats e = mapping->errorStats();
    const QString method =
        mapping->sourceFile.isEmpty()
            ? methodName(mapping->used)
            : Text::tr("from %1").arg(QDir::toNativeSeparators(mapping->sourceFile));
    out << Text::tr("Mapping    %1 at percentile %2, error mean %3, median %4, p90 %5, max %6\n")
               .arg(method)
               .arg(mapping->percentile)
               .arg(e.mean, 0, 'f', 3)
               .arg(e.median, 0, 'f', 3)
               .arg(e.p90, 0, 'f', 3)
               .arg(e.max, 0, 'f', 3);
    for (const QString& w : mapping->warnings)
        out << Text::tr("           warning: %1\n").arg(w);
    const auto accuracyLine = [](const MappingAccuracy& a) {
        return Text::tr("duration median %1 %, memory median %2 %, %3 % of functions within "
                        "25 % on both")
            .arg(100 * a.medianDurationError, 0, 'f', 1)
            .arg(100 * a.medianMemoryError, 0, 'f', 1)
            .arg(100 * a.shareWithin, 0, 'f', 1);
    };
    const MappingAccuracy proxiesOnly = mappingAccuracy(*mapping, 0.25, true);
    out << Text::tr("           relative error of the proxies: %1\n")
               .arg(accuracyLine(proxiesOnly));
    if (fallbackTolerance > 0) {
        const MappingAccuracy after = mappingAccuracy(*mapping, 0.25);
        out << Text::tr("Fallback   %1 functions off by more than %2 % get a trace function; "
                        "then: %3\n")
                   .arg(after.fallbacks)
                   .arg(100 * fallbackTolerance, 0, 'g', 6)
                   .arg(accuracyLine(after));
        if (debug) {
            for (const MappingEntry& entry : mapping->entries) {
                if (entry.fallback)
                    out << QStringLiteral("             %1 (not %2): %3\n")
                               .arg(entry.traceId, entry.proxyName,
                                    fallbackReason(entry, fallbackTolerance));
            }
        }
    }

    out << Text::tr("Services   %1 (%2 backend)\n")
               .arg(deployment->plan.services.size())
               .arg(deployment->backend);

    out << Text::tr("Load       %1, seed %2%3: %4 invocations in %5 slots (%6 warm-up)\n")
               .arg(toString(loadOptions->distribution))
               .arg(loadOptions->seed)
               .arg(loadOptions->shift ? QString() : Text::tr(", no shift"))
               .arg(load.total)
               .arg(load.invocationsPerSlot.size())
               .arg(loadOptions->warmupSlots);
    QStringList perSlot;
    for (const auto n : load.invocationsPerSlot)
        perSlot << QString::number(n);
    out << Text::tr("           per slot: %1\n").arg(perSlot.join(u' '));
    out << Text::tr("Written    %1\n").arg(QDir::toNativeSeparators(outputPath));
    out.flush();
}

QByteArray LoadgenReport::json() const
{
    using nlohmann::ordered_json;
    const MappingErrorStats e = mapping->errorStats();
    ordered_json j;
    j["inputs"] = {
        {"trace", utf8(tracePath)}, {"profile", utf8(profilePath)}, {"config", utf8(configPath)}};
    ordered_json skipped = ordered_json::array();
    for (const TraceIssue& i : trace->report.skippedRows)
        skipped.push_back({{"file", utf8(i.file)},
                           {"line", i.line},
                           {"column", utf8(i.column)},
                           {"reason", utf8(i.reason)}});
    ordered_json incomplete = ordered_json::array();
    for (const TraceIssue& i : trace->report.incompleteFunctions)
        incomplete.push_back({{"function", utf8(i.functionId)}, {"reason", utf8(i.reason)}});
    j["trace"] = {{"functions", trace->functions.size()},
                  {"total_slots", trace->totalSlots},
                  {"first_slot", trace->firstSlot},
                  {"slots_used", trace->slotCount},
                  {"day", trace->files.day},
                  {"memory_per_application", trace->report.memoryPerApplication},
                  {"app_memory", utf8(appMemoryRuleName(trace->report.appMemoryRule))},
                  {"skipped_rows", skipped},
                  {"incomplete_functions", incomplete}};
    ordered_json warnings = ordered_json::array();
    for (const QString& w : mapping->warnings)
        warnings.push_back(utf8(w));
    ordered_json fallbacks = ordered_json::array();
    for (const MappingEntry& entry : mapping->entries) {
        if (entry.fallback)
            fallbacks.push_back({{"function", utf8(entry.traceId)},
                                 {"proxy", utf8(entry.proxyName)},
                                 {"duration_error", entry.durationError},
                                 {"memory_error", entry.memoryError},
                                 {"reason", utf8(fallbackReason(entry, fallbackTolerance))}});
    }
    j["mapping"] = {{"requested", utf8(methodName(mapping->requested))},
                    {"used", utf8(methodName(mapping->used))},
                    {"percentile", mapping->percentile},
                    {"error",
                     {{"mean", e.mean},
                      {"median", e.median},
                      {"p90", e.p90},
                      {"max", e.max},
                      {"total", e.total}}},
                    {"warnings", warnings},
                    {"fallback_tolerance", fallbackTolerance},
                    {"fallbacks", fallbacks},
                    {"accuracy",
                     {{"proxies", accuracyJson(mappingAccuracy(*mapping, 0.25, true))},
                      {"with_fallback", accuracyJson(mappingAccuracy(*mapping, 0.25))}}}};
    j["deployment"] = {{"backend", utf8(deployment->backend)},
                       {"services", deployment->plan.services.size()}};
    j["load"] = {{"distribution", utf8(toString(loadOptions->distribution))},
                 {"seed", loadOptions->seed},
                 {"shift", loadOptions->shift},
                 {"granularity", trace->granularity == Granularity::Minute ? "minute" : "second"},
                 {"offset", trace->firstSlot},
                 {"warmup_slots", loadOptions->warmupSlots},
                 {"duration_slots", loadOptions->durationSlots},
                 {"invocations", load.total},
                 {"invocations_per_slot", load.invocationsPerSlot},
                 {"functions_invoked", load.functionsWithInvocations}};
    j["output"] = utf8(outputPath);
    return QByteArray::fromStdString(j.dump(2) + "\n");
}

} // namespace traceload::batch
